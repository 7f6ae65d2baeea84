export { adjacency, type Adjacency } from "./adjacency.ts";
export {
  betweenness,
  BETWEENNESS_DEFAULTS,
  type BetweennessOptions,
  type BetweennessResult,
} from "./betweenness.ts";
export {
  buildCollaborationGraph,
  byEnds,
  type CollaborationGraph,
  type CollaborationLinkInput,
  type CollaborationNodeInput,
  type WeightedEdge,
} from "./collaboration-graph.ts";
export { communities, COMMUNITY_DEFAULTS, type CommunityOptions, type CommunityResult } from "./communities.ts";
export { degrees, type NodeDegree } from "./degree.ts";
export {
  networkMetrics,
  type NetworkMetrics,
  type NetworkMetricsOptions,
  type NodeMetrics,
} from "./network-metrics.ts";
export { strongestOrderOfLinks } from "./strongest-link-order.ts";
export { strongestOrder, strongestPart, type StrongestPart, type StrongestPartOptions, type StrongestPlace } from "./strongest-part.ts";
