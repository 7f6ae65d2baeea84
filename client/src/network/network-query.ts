import type { Network, NetworkFilter, NetworkLink, NetworkNode, SearchHit as ApiSearchHit } from '../../../contract/api-types.ts';

// The network explorer's GraphQL operations, each beside the shape of its answer (the API's types
// come from contract/api-types.ts, generated from api.graphql; a unit test validates each document).

export { organizationLabelValues as ORGANIZATION_LABELS, type OrganizationLabel } from '../../../contract/api-types.ts';

export interface NetworkNodeData extends Omit<NetworkNode, 'outsideRegions'> {
  /** Set on the client for nodes brought in by expanding, a search or a path: not part of the filtered network. */
  readonly added?: boolean;
  /** A partner outside the chosen regions (links with one end in them): drawn hollow. Absent on nodes built on the client. */
  readonly outsideRegions?: boolean;
}

/** The dates are optional: links built on the client (paths, expansions) may not know them. */
export type NetworkLinkData = Pick<NetworkLink, 'source' | 'target' | 'weight'> & Partial<Pick<NetworkLink, 'firstOn' | 'lastOn'>>;

export interface NetworkData extends Pick<Network, 'truncated' | 'totalNodes' | 'totalLinks'> {
  readonly nodes: readonly NetworkNodeData[];
  readonly links: readonly NetworkLinkData[];
}

/** The API's NetworkFilter input; absent fields do not filter. */
export type NetworkFilterVariables = NetworkFilter;

const NODE_FIELDS = 'id name nameZh label kind regionCode degree weightedDegree betweenness community outsideRegions';
const LINK_FIELDS = 'source target weight firstOn lastOn';

export const NETWORK_QUERY = /* GraphQL */ `query NetworkExplorer($filter: NetworkFilter) {
  network(filter: $filter) {
    truncated totalNodes totalLinks metricsStale metricsComputedAt
    nodes { ${NODE_FIELDS} }
    links { ${LINK_FIELDS} }
  }
}
`;

export type NetworkVariables = { readonly filter: NetworkFilterVariables };

/** Whether the figures came from stored metrics that predate the graph's last change, and when those were computed. */
export type MetricsFreshness = Pick<Network, 'metricsStale' | 'metricsComputedAt'>;

export interface NetworkResult {
  readonly network: NetworkData & MetricsFreshness;
}

/** The lists the filters offer: provinces (with their centres, for the geographic layout), chains, and the years that have agreements. */
export const FILTER_OPTIONS_QUERY = /* GraphQL */ `query NetworkFilterOptions {
  regions(where: { level: { eq: "province" } }, limit: 100, sort: [{ code: ASC }]) { code name nameZh lat lon }
  industryChains(limit: 500, sort: [{ name: ASC }]) { id name nameZh }
  timeline(interval: YEAR) { totals { period } }
}
`;

export interface RegionOption {
  readonly code: string;
  readonly name: string;
  readonly nameZh: string | null;
  readonly lat?: number | null;
  readonly lon?: number | null;
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

export type SearchHit = ApiSearchHit;

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
