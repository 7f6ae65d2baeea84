import louvainModule from "graphology-communities-louvain";
import type { Attributes } from "graphology-types";
import { createRandom } from "../random.ts";
import type { CollaborationGraph } from "./collaboration-graph.ts";

// The package is CommonJS (`module.exports = louvain`) typed as `export default`: under NodeNext
// TypeScript takes the default import for the whole module, while Node hands over the function.
const louvain = louvainModule as unknown as typeof louvainModule.default;

export interface CommunityOptions {
  /** Seed of Louvain's random visiting order. Default 1. */
  seed?: number;
  /** Modularity resolution: above 1 favours more, smaller communities. Default 1. */
  resolution?: number;
}

export const COMMUNITY_DEFAULTS: Required<CommunityOptions> = {
  seed: 1,
  resolution: 1,
};

export interface CommunityResult {
  /** Community of every node, numbered from 1 by size: 1 is the largest. */
  assignment: Map<string, number>;
  count: number;
  /** Modularity of the partition; null when the graph has no edges and modularity is undefined. */
  modularity: number | null;
}

/**
 * Louvain communities (Blondel et al. 2008), edges weighted by `weight`, so organisations that
 * share many agreements stay together. Louvain starts each sweep over the nodes at a random one,
 * and where it starts changes the partition; the draw comes from the seeded random, so the same
 * graph and seed give the same partition. An isolated node is a community of its own.
 *
 * Louvain numbers communities arbitrarily; they are renumbered by size, descending, ties by the
 * smallest node id in the community, so the numbers say something and survive a rerun. They start
 * at 1, as people count: the number stored, answered by the API, shown in the views and written in
 * the exports is this one, so "community 1" is the same group everywhere.
 *
 * Cost: O(n + m) time per pass over the nodes; the passes and levels are few in practice, so
 * near-linear overall, though theory bounds them no better. O(c log c) more for the renumbering of
 * c communities; O(n + m) memory.
 */
export function communities<NodeAttributes extends Attributes>(
  graph: CollaborationGraph<NodeAttributes>,
  options: CommunityOptions = {},
): CommunityResult {
  // `??` rather than a spread, so that an option passed on as `undefined` still takes its default.
  const seed = options.seed ?? COMMUNITY_DEFAULTS.seed;
  const resolution = options.resolution ?? COMMUNITY_DEFAULTS.resolution;
  const random = createRandom(seed, "communities");
  const detailed = louvain.detailed(graph, { getEdgeWeight: "weight", resolution, rng: random.next });

  interface Community {
    size: number;
    smallestId: string;
    number: number;
  }
  const byLouvainId = new Map<number, Community>();
  graph.forEachNode((node) => {
    const id = detailed.communities[node] as number;
    const community = byLouvainId.get(id);
    if (community === undefined) byLouvainId.set(id, { size: 1, smallestId: node, number: 0 });
    else {
      community.size++;
      if (node < community.smallestId) community.smallestId = node;
    }
  });
  // Code-unit order, not localeCompare, so the numbering does not depend on the machine's locale.
  const ranked = [...byLouvainId.values()].sort(
    (a, b) => b.size - a.size || (a.smallestId < b.smallestId ? -1 : a.smallestId > b.smallestId ? 1 : 0),
  );
  ranked.forEach((community, index) => (community.number = index + 1));

  const assignment = new Map<string, number>();
  graph.forEachNode((node) => {
    assignment.set(node, (byLouvainId.get(detailed.communities[node] as number) as Community).number);
  });
  return {
    assignment,
    count: ranked.length,
    modularity: Number.isFinite(detailed.modularity) ? detailed.modularity : null,
  };
}
