// Metrics computed when the graph changes and stored in the database, so that the views read them
// instead of computing on request.
export { computeScopeParts, type ComputedPart, type ComputedScopes, type MetricsSnapshot } from "./compute-scopes.ts";
export { MetricsKeeper, type MetricsKeeperOptions, type MetricsStatus } from "./metrics-keeper.ts";
export { recomputeMetrics, type RecomputeOptions, type RecomputeProgress, type RecomputeResult } from "./recompute-metrics.ts";
export { scopeMetrics, type NetworkSummary, type StoredNodeMetrics } from "./scope-metrics.ts";
export { scopeLinks, type ScopedOrganization } from "./scope-networks.ts";
