import type { Attributes } from "graphology-types";
import type { CollaborationGraph } from "./collaboration-graph.ts";
import { degrees } from "./degree.ts";

export interface StrongestPartOptions {
  /** Most nodes to keep. Required: there is no sensible default size for a view. */
  limit: number;
}

export interface StrongestPart {
  keep: Set<string>;
  /** True when the limit left some node out. */
  truncated: boolean;
}

/**
 * The strongest part of a network within a node limit: its strongest links, taken in order until
 * their endpoints fill the limit. Links rank by weight (agreements shared), then by the weaker
 * endpoint's weighted degree, then the stronger one's, then by ids, so the choice is the same on
 * every run. Taking links rather than the nodes of highest degree matters: in a cooperation network
 * the hubs seldom sign with each other, so the top nodes alone would be a scatter of dots; the top
 * links are the backbone, and every node kept has at least one kept link. Isolated nodes (only in
 * a graph built with them) come last, by weighted degree.
 *
 * Cost: O(n + m log m) time — one sort of the links, after the O(n + m) degrees; O(n + m) memory.
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

  const degree = degrees(graph);
  const strength = (node: string) => degree.get(node)!.weightedDegree;
  const links: { source: string; target: string; weight: number; weaker: number; stronger: number }[] = [];
  graph.forEachEdge((_edge, attributes, source, target) => {
    const [a, b] = [strength(source), strength(target)];
    links.push({ source, target, weight: attributes.weight, weaker: Math.min(a, b), stronger: Math.max(a, b) });
  });
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  links.sort((x, y) => y.weight - x.weight || y.weaker - x.weaker || y.stronger - x.stronger || byId(x.source, y.source) || byId(x.target, y.target));

  const keep = new Set<string>();
  for (const link of links) {
    if (keep.size >= limit) break;
    const missing = Number(!keep.has(link.source)) + Number(!keep.has(link.target));
    if (keep.size + missing > limit) continue;
    keep.add(link.source);
    keep.add(link.target);
  }
  if (keep.size < limit) {
    const rest = graph.nodes().filter((node) => !keep.has(node));
    rest.sort((a, b) => strength(b) - strength(a) || byId(a, b));
    for (const node of rest.slice(0, limit - keep.size)) keep.add(node);
  }
  return { keep, truncated: true };
}
