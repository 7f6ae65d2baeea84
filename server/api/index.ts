// The API's operations (one file each) and their context, for the GraphQL resolvers, the HTTP routes and the commands.
// Other folders import from here; files inside the folder import each other directly.
export { AnalyticsCache, type GraphState } from "./analytics-cache.ts";
export { isoToday, type ApiContext } from "./api-context.ts";
export { defaultLimits, type ApiLimits } from "./api-limits.ts";
export { briefing } from "./briefing.ts";
export { chainCoverage } from "./chain-coverage.ts";
export { coverageCells, coverageMatrix } from "./coverage-matrix.ts";
export { gapList, defaultCandidatesPerGap, type GapList, type ChainGaps, type SegmentGap } from "./gap-list.ts";
export { asHeavyWork, HeavyWork, serverBusyCode, type HeavyWorkLimits } from "./heavy-work.ts";
export { badInput } from "./api-error.ts";
export type { NetworkFilterInput } from "./network-filter.ts";
export { network, wholeNetwork } from "./network.ts";
export { orgProfile } from "./org-profile.ts";
export { regionFigures, type RegionFigures } from "./region-figures.ts";
export { reviewAgreement, reviewQueue, type AgreementCorrection, type ReviewDecision } from "./review.ts";
export { search } from "./search.ts";
export { metricsStatus, storedStatus } from "./stored-metrics.ts";
export { shortestPaths } from "./shortest-paths.ts";
export type { TimelineInterval } from "./timeline-periods.ts";
export { timeline, type TimelineFilterInput } from "./timeline.ts";
