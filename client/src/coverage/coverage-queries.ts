// The coverage view's GraphQL operations, each beside the shape of its answer (written by hand,
// as in api/queries.ts: a renamed field shows up as a validation error, not a silent undefined).

export interface ChainRef {
  readonly id: string;
  readonly name: string;
  readonly nameZh: string | null;
  readonly scope: string | null;
  readonly regionCode: string | null;
}

export interface RegionRef {
  readonly code: string;
  readonly name: string;
  readonly nameZh: string | null;
  readonly level: string | null;
}

export interface OrgRef {
  readonly id: string;
  readonly name: string;
  readonly nameZh: string | null;
  readonly label: string;
  readonly kind: string | null;
  readonly regionCode: string | null;
}

export interface SegmentRef {
  readonly id: string;
  readonly name: string;
  readonly nameZh: string | null;
  readonly stage: string | null;
  readonly order: number | null;
}

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

export interface CoverageCell {
  readonly chainId: string;
  readonly regionCode: string;
  readonly segmentCoverage: number;
  readonly enterpriseCoverage: number;
  readonly segmentCount: number;
  readonly coveredSegmentCount: number;
  readonly enterpriseCount: number;
  readonly partneredEnterpriseCount: number;
}

export interface CoverageMatrix {
  readonly regionLevel: string;
  readonly chains: readonly ChainRef[];
  readonly regions: readonly RegionRef[];
  readonly cells: readonly CoverageCell[];
}

export interface CoverageMatrixResult {
  readonly coverageMatrix: CoverageMatrix;
}

const ORG_FIELDS = 'id name nameZh label kind regionCode';

export const CHAIN_COVERAGE_QUERY = /* GraphQL */ `query ChainCoverage($chainId: ID!, $regionCode: String) {
  chainCoverage(chainId: $chainId, regionCode: $regionCode) {
    chain { id name nameZh scope regionCode }
    region { code name nameZh level }
    segmentCoverage enterpriseCoverage
    segmentCount coveredSegmentCount enterpriseCount partneredEnterpriseCount
    segments {
      segment { id name nameZh stage order }
      covered enterprises coveredEnterprises
      coveredBy { kind id name }
      candidates { institution { ${ORG_FIELDS} } agreements inRegion }
    }
    uncoveredEnterprises { ${ORG_FIELDS} }
  }
}
`;

export type ChainCoverageVariables = { readonly chainId: string; readonly regionCode: string | null };

export type CoverageReasonKind = 'partnered_enterprise' | 'serving_agreement' | 'serving_alliance';

export interface CoverageReason {
  readonly kind: CoverageReasonKind | string;
  readonly id: string;
  readonly name: string | null;
}

export interface Candidate {
  readonly institution: OrgRef;
  readonly agreements: number;
  readonly inRegion: boolean;
}

export interface SegmentCoverage {
  readonly segment: SegmentRef;
  readonly covered: boolean;
  readonly enterprises: number;
  readonly coveredEnterprises: number;
  readonly coveredBy: readonly CoverageReason[];
  readonly candidates: readonly Candidate[];
}

export interface ChainCoverage {
  readonly chain: ChainRef;
  readonly region: RegionRef | null;
  readonly segmentCoverage: number;
  readonly enterpriseCoverage: number;
  readonly segmentCount: number;
  readonly coveredSegmentCount: number;
  readonly enterpriseCount: number;
  readonly partneredEnterpriseCount: number;
  readonly segments: readonly SegmentCoverage[];
  readonly uncoveredEnterprises: readonly OrgRef[];
}

export interface ChainCoverageResult {
  readonly chainCoverage: ChainCoverage;
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
