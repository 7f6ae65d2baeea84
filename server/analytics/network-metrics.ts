import type { Attributes } from "graphology-types";
import type { Network, NetworkNode } from "../model/index.ts";
import { betweenness, type BetweennessOptions } from "./betweenness.ts";
import type { CollaborationGraph } from "./collaboration-graph.ts";
import { communities, type CommunityOptions } from "./communities.ts";
import { degrees } from "./degree.ts";

export interface NetworkMetricsOptions {
  /** Passed to `betweenness`; its defaults apply. */
  betweenness?: BetweennessOptions;
  /** Passed to `communities`; its defaults apply. */
  communities?: CommunityOptions;
}

export type NodeMetrics = Pick<NetworkNode, "degree" | "weightedDegree" | "betweenness" | "community">;

export type NetworkMetrics = Pick<Network, "betweenness" | "communities" | "modularity"> & {
  nodes: Map<string, NodeMetrics>;
};

/**
 * Every per-node metric of the network view, and the network-wide fields that say how they were
 * computed, in the shapes of `NetworkNode` and `Network`.
 *
 * Cost: the sum of its parts — dominated by betweenness, O(nm) exact or O(s(n + m)) for s sampled
 * sources, and Louvain, about O(m log n); O(n + m) memory.
 */
export function networkMetrics<NodeAttributes extends Attributes>(
  graph: CollaborationGraph<NodeAttributes>,
  options: NetworkMetricsOptions = {},
): NetworkMetrics {
  const degree = degrees(graph);
  const between = betweenness(graph, options.betweenness);
  const partition = communities(graph, options.communities);

  const nodes = new Map<string, NodeMetrics>();
  for (const [node, { degree: partners, weightedDegree }] of degree) {
    nodes.set(node, {
      degree: partners,
      weightedDegree,
      betweenness: between.values.get(node) as number,
      community: partition.assignment.get(node) as number,
    });
  }
  return {
    nodes,
    betweenness: { method: between.method, sampleSize: between.sampleSize },
    communities: partition.count,
    modularity: partition.modularity,
  };
}
