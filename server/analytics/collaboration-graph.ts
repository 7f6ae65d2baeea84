import { UndirectedGraph } from "graphology";
import type { Attributes } from "graphology-types";

/** What every analytic here reads from an edge: the agreements the two organisations share. */
export interface WeightedEdge extends Attributes {
  weight: number;
}

/** Organisations keyed by id, one edge per collaborating pair. */
export type CollaborationGraph<NodeAttributes extends Attributes = Attributes> = UndirectedGraph<
  NodeAttributes,
  WeightedEdge
>;

export interface CollaborationNodeInput {
  id: string;
  [attribute: string]: unknown;
}

export interface CollaborationLinkInput {
  source: string;
  target: string;
  weight: number;
}

/**
 * The collaboration network as a simple undirected graph: node key = id, node attributes = the
 * rest of the node, edge attribute `weight`.
 *
 * Links to an id that is not among the nodes are skipped (a filter may drop one party of an
 * agreement), and so are links from a node to itself, which say nothing about collaboration
 * between organisations. Repeated links, in either direction, become one edge whose weight is
 * their sum. A node id given twice merges its attributes.
 *
 * Cost: O(n + m) time; memory is the graph itself, one attribute object per node and per edge.
 */
export function buildCollaborationGraph<NodeAttributes extends Attributes = Attributes>(
  nodes: readonly CollaborationNodeInput[],
  links: readonly CollaborationLinkInput[],
): CollaborationGraph<NodeAttributes> {
  const graph: CollaborationGraph<NodeAttributes> = new UndirectedGraph({ allowSelfLoops: false });
  for (const { id, ...attributes } of nodes) graph.mergeNode(id, attributes as NodeAttributes);

  for (let i = 0; i < links.length; i++) {
    const { source, target, weight } = links[i] as CollaborationLinkInput;
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    // A repeated link adds to the edge's own attribute object: nothing listens to the graph while
    // it is being built, and so a repeat allocates nothing.
    const edge = graph.edge(source, target);
    if (edge === undefined) graph.addEdge(source, target, { weight });
    else graph.getEdgeAttributes(edge).weight += weight;
  }
  return graph;
}

/** Links by source, then target: the order every network's graph is built in, so seeded analytics repeat. */
export function byEnds(a: CollaborationLinkInput, b: CollaborationLinkInput): number {
  return a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : 0;
}
