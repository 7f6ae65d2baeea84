import type { Attributes } from "graphology-types";
import type { CollaborationGraph, CollaborationLinkInput } from "./collaboration-graph.ts";
import { strongestOrderOfLinks } from "./strongest-link-order.ts";

export interface StrongestPartOptions {
  /** Most nodes to keep. Required: there is no sensible default size for a view. */
  limit: number;
}

export interface StrongestPart {
  keep: Set<string>;
  /** True when the limit left some node out. */
  truncated: boolean;
}

/** Where a node enters the strongest part: its place, and the last place of the link that brings it in. */
export interface StrongestPlace {
  /** 1 for the first node taken. */
  rank: number;
  /** The rank of the last node its link brought in (its own rank for a node taken alone). */
  groupEnd: number;
}

/**
 * Every node of a network in the order its strongest links bring it in. Links rank by weight
 * (agreements shared), then by the weaker endpoint's weighted degree, then the stronger one's, then
 * by ids, so the order is the same on every run; a link brings in those of its two endpoints not
 * yet taken, together. Isolated nodes (only in a graph built with them) come last, by weighted
 * degree, each on its own.
 *
 * Taking links rather than the nodes of highest degree matters: in a cooperation network the hubs
 * seldom sign with each other, so the top nodes alone would be a scatter of dots; the top links are
 * the backbone, and every node has a partner among those taken before it or with it.
 *
 * Because it is one order, the strongest part for any limit is a prefix of it: the recompute stores
 * each node's place, and a request cuts at its limit without reading the links.
 *
 * Cost: O(n log n + m log m) time — one sort of the ids and one of the links (strongestOrderOfLinks,
 * over the graph's edges); O(n + m) memory.
 */
export function strongestOrder<NodeAttributes extends Attributes>(graph: CollaborationGraph<NodeAttributes>): Map<string, StrongestPlace> {
  // The graph's edges are its links already merged, in the order they were added: the order in
  // which strengths are summed, as degrees() sums them.
  const links: CollaborationLinkInput[] = [];
  graph.forEachEdge((_edge, { weight }, source, target) => links.push({ source, target, weight }));
  return strongestOrderOfLinks(links, graph.nodes());
}

/**
 * The strongest part of a network within a node limit: the nodes of `strongestOrder` whose whole
 * group fits, so a link's two new endpoints are kept together or not at all (the limit may so be
 * one short).
 *
 * Cost: that of `strongestOrder`.
 */
export function strongestPart<NodeAttributes extends Attributes>(
  graph: CollaborationGraph<NodeAttributes>,
  options: StrongestPartOptions,
): StrongestPart {
  const { limit } = options;
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError(`strongestPart: limit must be a whole number ≥ 0, not ${limit}`);
  }
  if (graph.order <= limit) return { keep: new Set(graph.nodes()), truncated: false };
  const keep = new Set<string>();
  for (const [node, place] of strongestOrder(graph)) if (place.groupEnd <= limit) keep.add(node);
  return { keep, truncated: true };
}
