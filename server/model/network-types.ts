/**
 * The cooperation network as the API, the exports and the dashboard see it: organisations as
 * nodes, weighted collaboration links between them (weight = agreements the two share under the
 * filter), and the metrics of each node computed over the whole filtered network.
 */

export type OrganizationLabel = "Institution" | "Enterprise" | "Government";

export interface NetworkNode {
  id: string;
  name: string;
  nameZh: string | null;
  label: OrganizationLabel;
  kind: string | null;
  regionCode: string | null;
  /** Partners in the filtered network. */
  degree: number;
  /** Agreements shared with those partners (sum of link weights). */
  weightedDegree: number;
  /** Share of shortest paths through this node, normalised to [0, 1]; an estimate when `betweenness.method` is "sampled". */
  betweenness: number;
  /** Louvain community, numbered from 0 by size (0 is the largest). */
  community: number;
}

export interface NetworkLink {
  source: string;
  target: string;
  /** Agreements the two organisations share under the filter. */
  weight: number;
  firstOn: string | null;
  lastOn: string | null;
}

export interface BetweennessMethod {
  method: "exact" | "sampled";
  /** Source nodes sampled, when the estimate is sampled. */
  sampleSize: number | null;
}

export interface Network {
  nodes: NetworkNode[];
  links: NetworkLink[];
  /** True when the node limit cut the network down to its strongest part. */
  truncated: boolean;
  /** Nodes and links of the whole filtered network, before the limit. */
  totalNodes: number;
  totalLinks: number;
  betweenness: BetweennessMethod;
  communities: number;
  modularity: number | null;
}
