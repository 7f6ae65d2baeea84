// The network explorer's GraphQL operations, each beside the shape of its answer (written by
// hand, as in api/queries.ts, so a renamed field fails loudly as a validation error).

/** The three kinds of organisation a network node can be. */
export type OrganizationLabel = 'Institution' | 'Enterprise' | 'Government';

export const ORGANIZATION_LABELS: readonly OrganizationLabel[] = ['Institution', 'Enterprise', 'Government'];

export interface NetworkNodeData {
  readonly id: string;
  readonly name: string;
  readonly nameZh: string | null;
  readonly label: string;
  readonly kind: string | null;
  readonly regionCode: string | null;
  readonly degree: number;
  readonly weightedDegree: number;
  readonly betweenness: number;
  readonly community: number;
  /** Set on the client for nodes brought in by expanding, a search or a path: not part of the filtered network. */
  readonly added?: boolean;
}

export interface NetworkLinkData {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
  readonly firstOn?: string | null;
  readonly lastOn?: string | null;
}

export interface NetworkData {
  readonly nodes: readonly NetworkNodeData[];
  readonly links: readonly NetworkLinkData[];
  readonly truncated: boolean;
  readonly totalNodes: number;
  readonly totalLinks: number;
}

/** The API's NetworkFilter input; absent fields do not filter. */
export type NetworkFilterVariables = {
  readonly regionCodes?: readonly string[];
  readonly labels?: readonly OrganizationLabel[];
  readonly agreementTypes?: readonly string[];
  readonly chainIds?: readonly string[];
  readonly from?: string;
  readonly to?: string;
  readonly liveOnly?: boolean;
  readonly limit?: number;
};

const NODE_FIELDS = 'id name nameZh label kind regionCode degree weightedDegree betweenness community';
const LINK_FIELDS = 'source target weight firstOn lastOn';

export const NETWORK_QUERY = /* GraphQL */ `query NetworkExplorer($filter: NetworkFilter) {
  network(filter: $filter) {
    truncated totalNodes totalLinks
    nodes { ${NODE_FIELDS} }
    links { ${LINK_FIELDS} }
  }
}
`;

export type NetworkVariables = { readonly filter: NetworkFilterVariables };

export interface NetworkResult {
  readonly network: NetworkData;
}

/** The lists the filters offer: provinces, chains, and the years that have agreements. */
export const FILTER_OPTIONS_QUERY = /* GraphQL */ `query NetworkFilterOptions {
  regions(where: { level: { eq: "province" } }, limit: 100, sort: [{ code: ASC }]) { code name nameZh }
  industryChains(limit: 500, sort: [{ name: ASC }]) { id name nameZh }
  timeline(interval: YEAR) { totals { period } }
}
`;

export interface RegionOption {
  readonly code: string;
  readonly name: string;
  readonly nameZh: string | null;
}

export interface ChainOption {
  readonly id: string;
  readonly name: string;
  readonly nameZh: string | null;
}

export interface FilterOptionsResult {
  readonly regions: readonly RegionOption[];
  readonly industryChains: readonly ChainOption[];
  readonly timeline: { readonly totals: readonly { readonly period: string }[] };
}

export const SEARCH_QUERY = /* GraphQL */ `query NetworkSearch($text: String!, $limit: Int) {
  search(text: $text, limit: $limit) { id kind name nameZh regionCode score }
}
`;

export type SearchVariables = { readonly text: string; readonly limit: number };

export interface SearchHit {
  readonly id: string;
  /** Institution, Enterprise, Government, Alliance or IndustryChain. */
  readonly kind: string;
  readonly name: string;
  readonly nameZh: string | null;
  readonly regionCode: string | null;
  readonly score: number;
}

export interface SearchResult {
  readonly search: readonly SearchHit[];
}

export const PATH_QUERY = /* GraphQL */ `query NetworkPath($fromId: ID!, $toId: ID!, $maxHops: Int) {
  path(fromId: $fromId, toId: $toId, maxHops: $maxHops) {
    hops
    from { id name nameZh label }
    to { id name nameZh label }
    paths {
      nodes { id name nameZh label kind regionCode }
      steps { source target weight }
    }
  }
}
`;

export type PathVariables = { readonly fromId: string; readonly toId: string; readonly maxHops: number };

export interface PathOrgRef {
  readonly id: string;
  readonly name: string;
  readonly nameZh: string | null;
  readonly label: string;
  readonly kind?: string | null;
  readonly regionCode?: string | null;
}

export interface PathData {
  readonly hops: number | null;
  readonly from: PathOrgRef | null;
  readonly to: PathOrgRef | null;
  readonly paths: readonly {
    readonly nodes: readonly PathOrgRef[];
    readonly steps: readonly { readonly source: string; readonly target: string; readonly weight: number }[];
  }[];
}

export interface PathResult {
  readonly path: PathData;
}

export const EGO_NETWORK_QUERY = /* GraphQL */ `query NetworkEgo($id: ID!) {
  orgProfile(id: $id) {
    egoNetwork {
      truncated totalNodes totalLinks
      nodes { ${NODE_FIELDS} }
      links { ${LINK_FIELDS} }
    }
  }
}
`;

export type EgoNetworkVariables = { readonly id: string };

export interface EgoNetworkResult {
  readonly orgProfile: { readonly egoNetwork: NetworkData } | null;
}
