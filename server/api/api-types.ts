/** The result shapes of server/graphql/api.graphql shared by several resolvers: generated from it into contract/api-types.ts. */
export type { AgreementSummary, ChainRef, ChainTargetRef, Evidence, OrgRef, RegionRef, SegmentRef, SourceRef } from "../../contract/api-types.ts";
