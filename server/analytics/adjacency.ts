import type { Attributes } from "graphology-types";
import type { CollaborationGraph } from "./collaboration-graph.ts";

/**
 * The graph's neighbourhoods in compressed sparse row form: the neighbours of node `i` are
 * `neighbors[offsets[i]]` up to `neighbors[offsets[i + 1]]`, as indices into `keys`. Traversals
 * over it touch only typed arrays, which is what lets a breadth-first search over a million links
 * run without allocating.
 */
export interface Adjacency {
  /** Node keys in the graph's own order; index `i` is node `keys[i]`. */
  keys: string[];
  offsets: Int32Array;
  neighbors: Int32Array;
}

/**
 * Cost: O(n + m) time; O(n + m) memory (4(n + 1) + 8m bytes of typed arrays, plus the key array
 * and a key → index map while building).
 */
export function adjacency<NodeAttributes extends Attributes>(graph: CollaborationGraph<NodeAttributes>): Adjacency {
  const keys = graph.nodes();
  const n = keys.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(keys[i] as string, i);

  // Endpoints are read from the graph once, then both passes of the counting sort run on them.
  const m = graph.size;
  const ends = new Int32Array(2 * m);
  let e = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    ends[e++] = index.get(source) as number;
    ends[e++] = index.get(target) as number;
  });

  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < 2 * m; i++) {
    const slot = (ends[i] as number) + 1;
    offsets[slot] = (offsets[slot] as number) + 1;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);

  const fill = offsets.slice(0, n);
  const neighbors = new Int32Array(2 * m);
  for (let i = 0; i < 2 * m; i += 2) {
    const a = ends[i] as number;
    const b = ends[i + 1] as number;
    const at = fill[a] as number;
    const bt = fill[b] as number;
    neighbors[at] = b;
    neighbors[bt] = a;
    fill[a] = at + 1;
    fill[b] = bt + 1;
  }
  return { keys, offsets, neighbors };
}
