import type * as Api from '../../../contract/api-types.ts';
import type { ChainRef } from '../../../contract/api-types.ts';

// The coverage view's GraphQL operations, each beside the shape of its answer: the API's types,
// generated from api.graphql into contract/api-types.ts, cut to the fields each operation asks for
// (a unit test validates every operation against the schema).

export type {
  ChainRef,
  OrgRef,
  SegmentRef,
  SourceRef,
  CoverageCell,
  Candidate,
  CandidateEvidence,
  ChainGaps,
  SegmentGap,
} from '../../../contract/api-types.ts';

/** A region as the coverage view asks for it: no coordinates. */
export type RegionRef = Pick<Api.RegionRef, 'code' | 'name' | 'nameZh' | 'level'>;

/** The chains to choose from and the provinces (for the prefecture level and the region list). */
export const COVERAGE_CATALOGUE_QUERY = /* GraphQL */ `query CoverageCatalogue {
  industryChains(sort: [{ name: ASC }], limit: 1000) { id name nameZh scope regionCode }
  regions(where: { level: { eq: "province" } }, sort: [{ code: ASC }], limit: 100) { code name nameZh level }
}
`;

export interface CoverageCatalogueResult {
  readonly industryChains: readonly ChainRef[];
  readonly regions: readonly RegionRef[];
}

export const COVERAGE_MATRIX_QUERY = /* GraphQL */ `query CoverageMatrix($regionLevel: String!, $withinRegion: String) {
  coverageMatrix(regionLevel: $regionLevel, withinRegion: $withinRegion) {
    regionLevel
    chains { id name nameZh scope regionCode }
    regions { code name nameZh level }
    cells {
      chainId regionCode segmentCoverage enterpriseCoverage
      segmentCount coveredSegmentCount enterpriseCount partneredEnterpriseCount
    }
  }
}
`;

export type CoverageMatrixVariables = { readonly regionLevel: string; readonly withinRegion: string | null };

export interface CoverageMatrix extends Omit<Api.CoverageMatrix, 'regions'> {
  readonly regions: readonly RegionRef[];
}

export interface CoverageMatrixResult {
  readonly coverageMatrix: CoverageMatrix;
}

const ORG_FIELDS = 'id name nameZh label kind regionCode';

/** A candidate with its reason, distance and the facts behind it, each with its sources' addresses. */
const CANDIDATE_FIELDS = `institution { ${ORG_FIELDS} }
      reason tier distance strength agreements inRegion
      evidence {
        kind id name
        enterprise { ${ORG_FIELDS} }
        segment { id name nameZh stage order }
        sources { id kind url title publisher publishedOn }
      }`;

export const CHAIN_COVERAGE_QUERY = /* GraphQL */ `query ChainCoverage($chainId: ID!, $regionCode: String) {
  chainCoverage(chainId: $chainId, regionCode: $regionCode) {
    chain { id name nameZh scope regionCode }
    region { code name nameZh level }
    segmentCoverage enterpriseCoverage segmentsRecorded
    segmentCount coveredSegmentCount enterpriseCount partneredEnterpriseCount
    segments {
      segment { id name nameZh stage order }
      covered enterprises coveredEnterprises
      coveredBy { kind id name }
      candidates { ${CANDIDATE_FIELDS} }
    }
    uncoveredEnterprises { ${ORG_FIELDS} }
  }
}
`;

export type ChainCoverageVariables = { readonly chainId: string; readonly regionCode: string | null };

export type CoverageReasonKind = 'partnered_enterprise' | 'serving_agreement' | 'serving_alliance';

/** Its `kind` is a CoverageReasonKind (api.graphql documents the values of the String). */
export type CoverageReason = Api.CoverageReason;

/** A segment as the detail asks for it: its enterprises are counted, not listed (the gap list lists them). */
export type SegmentCoverage = Omit<Api.SegmentCoverage, 'unpartneredEnterprises'>;

export interface ChainCoverage extends Omit<Api.ChainCoverage, 'region' | 'segments'> {
  readonly region: RegionRef | null;
  readonly segments: readonly SegmentCoverage[];
}

export interface ChainCoverageResult {
  readonly chainCoverage: ChainCoverage;
}

/**
 * A planner's gap list for one region: every chain judged there with its uncovered segments, their
 * enterprises and best candidates, and its enterprises without a partner. The same list downloads
 * as a workbook from `gapWorkbookHref`.
 */
export const GAP_LIST_QUERY = /* GraphQL */ `query GapList($regionCode: String!) {
  gapList(regionCode: $regionCode, candidatesPerSegment: 3) {
    region { code name nameZh level }
    chains {
      chain { id name nameZh scope regionCode }
      segmentsRecorded segmentCoverage enterpriseCoverage
      segmentCount coveredSegmentCount enterpriseCount partneredEnterpriseCount
      uncoveredSegments {
        segment { id name nameZh stage order }
        enterprises { ${ORG_FIELDS} }
        candidates { ${CANDIDATE_FIELDS} }
      }
      unpartneredEnterprises { ${ORG_FIELDS} }
    }
  }
}
`;

export type GapListVariables = { readonly regionCode: string };

export interface GapList extends Omit<Api.GapList, 'region'> {
  readonly region: RegionRef;
}

export interface GapListResult {
  readonly gapList: GapList;
}

/** Names of the regions that organisations of the detail sit in (cities and counties too). */
export const REGION_NAMES_QUERY = /* GraphQL */ `query RegionNames($codes: [ID!]!) {
  regions(where: { code: { in: $codes } }, limit: 1000) { code name nameZh level }
}
`;

export type RegionNamesVariables = { readonly codes: readonly string[] };

export interface RegionNamesResult {
  readonly regions: readonly RegionRef[];
}
