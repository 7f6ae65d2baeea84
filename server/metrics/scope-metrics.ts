import { buildCollaborationGraph, byEnds, networkMetrics, strongestOrderOfLinks, type CollaborationLinkInput, type NetworkMetricsOptions } from "../analytics/index.ts";
import type { Network } from "../model/index.ts";

/** One organisation's metrics in one network, as stored. */
export interface StoredNodeMetrics {
  orgId: string;
  degree: number;
  weightedDegree: number;
  betweenness: number;
  community: number;
  /** 1 + the organisations of the network with a higher betweenness. */
  betweennessRank: number;
  /** Its place in the network's strongest-part order (strongestOrder), and its group's end. */
  rank: number;
  groupEnd: number;
}

/** What a network says of itself, as stored. */
export type NetworkSummary = Pick<Network, "totalNodes" | "totalLinks" | "communities" | "modularity"> & {
  betweennessMethod: string;
  betweennessSampleSize: number | null;
};

/**
 * The metrics of one network from its links (organisations with no link are not in a network):
 * every organisation's degree, weighted degree, betweenness, community, betweenness rank and place
 * in the strongest part, and the network's own figures. The graph is built from the organisations
 * in id order and the links by ends, as `fullNetwork` builds it, so the seeded sample of
 * betweenness and Louvain's visiting order, and so every figure, equal a computation on read.
 *
 * Cost: that of networkMetrics (betweenness and Louvain dominate), plus O(n log n + m log m) for
 * the orders; O(n + m) memory.
 */
export function scopeMetrics(links: readonly CollaborationLinkInput[], options: NetworkMetricsOptions = {}): { summary: NetworkSummary; nodes: StoredNodeMetrics[] } {
  const ids = [...new Set(links.flatMap((link) => [link.source, link.target]))].sort();
  const ordered = [...links].sort(byEnds);
  const graph = buildCollaborationGraph(
    ids.map((id) => ({ id })),
    ordered,
  );
  const metrics = networkMetrics(graph, options);
  // The graph's strongestOrder, from its links: the same places without walking the graph's edges.
  const order = strongestOrderOfLinks(ordered);
  const byBetweenness = [...metrics.nodes.values()].map((m) => m.betweenness).sort((a, b) => b - a);
  const nodes = ids.map((orgId) => {
    const m = metrics.nodes.get(orgId)!;
    const place = order.get(orgId)!;
    return { orgId, ...m, betweennessRank: 1 + higherThan(byBetweenness, m.betweenness), rank: place.rank, groupEnd: place.groupEnd };
  });
  return {
    summary: {
      totalNodes: graph.order,
      totalLinks: links.length,
      communities: metrics.communities,
      modularity: metrics.modularity,
      betweennessMethod: metrics.betweenness.method,
      betweennessSampleSize: metrics.betweenness.sampleSize,
    },
    nodes,
  };
}

/** How many values of a list sorted high to low are above `value`: a binary search. */
function higherThan(descending: readonly number[], value: number): number {
  let low = 0;
  let high = descending.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (descending[mid]! > value) low = mid + 1;
    else high = mid;
  }
  return low;
}
