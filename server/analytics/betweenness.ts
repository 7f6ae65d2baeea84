import type { Attributes } from "graphology-types";
import { createRandom } from "../random.ts";
import { adjacency, type Adjacency } from "./adjacency.ts";
import type { CollaborationGraph } from "./collaboration-graph.ts";

export interface BetweennessOptions {
  /** Largest graph, in nodes, measured exactly; above it the measure is sampled. Default 2,000. */
  exactUpTo?: number;
  /** Most source nodes of the sampled measure. Default 128. */
  sampleSize?: number;
  /**
   * Node and link visits the sampled measure may spend, one search costing about n + 2m: a graph so
   * large that `sampleSize` searches would pass it gets fewer sources (never under 16), so a
   * national graph still answers in seconds. The sources used are reported. Default 50,000,000.
   */
  workBudget?: number;
  /** Seed of the source sample. Default 1. */
  seed?: number;
}

export const BETWEENNESS_DEFAULTS: Required<BetweennessOptions> = {
  exactUpTo: 2_000,
  sampleSize: 128,
  workBudget: 50_000_000,
  seed: 1,
};

/** Fewest sources a budget may cut a sample to: below this the estimate says little. */
const minimumSample = 16;

export interface BetweennessResult {
  /** Normalised to [0, 1]: the share of the pairs of other nodes whose shortest paths pass through the node. */
  values: Map<string, number>;
  method: "exact" | "sampled";
  /** Source nodes sampled; null when the measure is exact. */
  sampleSize: number | null;
}

/**
 * Betweenness centrality over hop counts (Brandes 2001). Edge weights are deliberately not used
 * as lengths: a weight counts shared agreements, and a strong tie is not a long distance, so
 * reading it as one would route shortest paths around the closest partners.
 *
 * Up to `exactUpTo` nodes every node is a source. Above it the estimate of Brandes & Pich (2007):
 * `sampleSize` distinct sources drawn uniformly with the seeded random, their dependencies scaled
 * by n/k — unbiased (up to the clamp to 1 below), and the exact value itself when the sample
 * covers every node, which is then reported as "exact". Values are divided by (n-1)(n-2)/2, the pairs of other nodes in an undirected
 * graph, so they lie in [0, 1] (0 for n < 3).
 *
 * Cost: O(s(n + m)) time for s sources (s = n when exact, so O(nm)); O(n + m) memory, typed arrays
 * allocated once — a source's search allocates nothing.
 */
export function betweenness<NodeAttributes extends Attributes>(
  graph: CollaborationGraph<NodeAttributes>,
  options: BetweennessOptions = {},
): BetweennessResult {
  // `??` rather than a spread, so that an option passed on as `undefined` still takes its default.
  const exactUpTo = options.exactUpTo ?? BETWEENNESS_DEFAULTS.exactUpTo;
  const largestSample = options.sampleSize ?? BETWEENNESS_DEFAULTS.sampleSize;
  const workBudget = options.workBudget ?? BETWEENNESS_DEFAULTS.workBudget;
  const seed = options.seed ?? BETWEENNESS_DEFAULTS.seed;
  if (!Number.isInteger(largestSample) || largestSample < 1) {
    throw new RangeError(`betweenness: sampleSize must be a positive whole number, not ${largestSample}`);
  }
  if (graph.type !== "undirected" || graph.multi) {
    // Parallel edges would multiply path counts, and a directed graph has ordered pairs to divide
    // by: the normalisation below holds for a simple undirected graph only.
    throw new TypeError("betweenness: expects a simple undirected graph");
  }

  const graphAdjacency = adjacency(graph);
  const n = graphAdjacency.keys.length;
  const searchCost = n + 2 * graph.size;
  const sampleSize = Math.min(largestSample, Math.max(minimumSample, Math.floor(workBudget / Math.max(1, searchCost))));
  const sampled = n > exactUpTo && sampleSize < n;
  const sources = sampled ? sampleSources(n, sampleSize, seed) : allSources(n);
  const totals = dependencies(graphAdjacency, sources);

  const pairs = ((n - 1) * (n - 2)) / 2;
  // Each unordered pair is counted once from each end when every node is a source, hence the 2.
  const scale = n < 3 ? 0 : n / sources.length / (2 * pairs);
  const values = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    // A sample can overshoot the exact bound by up to n/(n-1); the contract promises [0, 1].
    values.set(graphAdjacency.keys[i] as string, Math.min(1, (totals[i] as number) * scale));
  }
  return sampled ? { values, method: "sampled", sampleSize } : { values, method: "exact", sampleSize: null };
}

function allSources(n: number): Int32Array {
  const sources = new Int32Array(n);
  for (let i = 0; i < n; i++) sources[i] = i;
  return sources;
}

/** `k` distinct indices below `n`, uniformly: the first `k` steps of a Fisher–Yates shuffle. */
function sampleSources(n: number, k: number, seed: number): Int32Array {
  const random = createRandom(seed, "betweenness");
  const indices = allSources(n);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random.next() * (n - i));
    const swap = indices[i] as number;
    indices[i] = indices[j] as number;
    indices[j] = swap;
  }
  return indices.slice(0, k);
}

/**
 * For every node, the sum over `sources` of its dependency (Brandes' δ): the share of the
 * shortest paths from the source that pass through it. Breadth-first search, since every edge
 * is one hop; the search queue, read backwards, is the order of non-increasing distance that the
 * accumulation needs, and predecessors are found again by distance instead of being stored.
 *
 * Exported so that the benchmark can time a few sources of the exact measure on a graph too
 * large to measure exactly, and estimate the whole from them.
 */
export function dependencies({ offsets, neighbors }: Adjacency, sources: Int32Array): Float64Array {
  const n = offsets.length - 1;
  const distance = new Int32Array(n).fill(-1);
  // Path counts grow exponentially with distance in dense graphs; a float does not overflow.
  const paths = new Float64Array(n);
  const delta = new Float64Array(n);
  const queue = new Int32Array(n);
  const totals = new Float64Array(n);

  for (let s = 0; s < sources.length; s++) {
    const source = sources[s] as number;
    distance[source] = 0;
    paths[source] = 1;
    queue[0] = source;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++] as number;
      const next = (distance[v] as number) + 1;
      const pathsV = paths[v] as number;
      const end = offsets[v + 1] as number;
      for (let j = offsets[v] as number; j < end; j++) {
        const w = neighbors[j] as number;
        if (distance[w] === -1) {
          distance[w] = next;
          queue[tail++] = w;
        }
        if (distance[w] === next) paths[w] = (paths[w] as number) + pathsV;
      }
    }

    for (let q = tail - 1; q > 0; q--) {
      const w = queue[q] as number;
      const share = (1 + (delta[w] as number)) / (paths[w] as number);
      const previous = (distance[w] as number) - 1;
      const end = offsets[w + 1] as number;
      for (let j = offsets[w] as number; j < end; j++) {
        const v = neighbors[j] as number;
        if (distance[v] === previous) delta[v] = (delta[v] as number) + (paths[v] as number) * share;
      }
      totals[w] = (totals[w] as number) + (delta[w] as number);
    }

    // Only the nodes this search reached were touched, so only they are reset.
    for (let q = 0; q < tail; q++) {
      const v = queue[q] as number;
      distance[v] = -1;
      paths[v] = 0;
      delta[v] = 0;
    }
  }
  return totals;
}
