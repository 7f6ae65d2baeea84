/**
 * The cooperation network as the API, the exports and the dashboard see it: organisations as
 * nodes, weighted collaboration links between them (weight = agreements the two share under the
 * filter), and the metrics of each node computed over the whole filtered network.
 *
 * The shapes are api.graphql's (contract/api-types.ts, generated from it), narrowed where the
 * schema says only "String": a node's label and the betweenness method take a few values.
 */
import type * as Api from "../../contract/api-types.ts";

export type OrganizationLabel = "Institution" | "Enterprise" | "Government";

/**
 * An organisation with its metrics: degree (partners in the filtered network), weighted degree
 * (agreements shared with them), betweenness (share of shortest paths through it, in [0, 1]; an
 * estimate when `betweenness.method` is "sampled") and Louvain community (numbered from 1 by size:
 * 1 is the largest; -1 for none). `outsideRegions` is set only on a partner outside a one-end
 * network's regions (the API answers false for every other node).
 */
export interface NetworkNode extends Omit<Api.NetworkNode, "label" | "outsideRegions"> {
  label: OrganizationLabel;
  outsideRegions?: boolean;
}

/** Two organisations and the agreements they share under the filter (weight), first and last signed. */
export type NetworkLink = Api.NetworkLink;

export interface BetweennessMethod extends Omit<Api.BetweennessMethod, "method"> {
  method: "exact" | "sampled";
}

export interface Network extends Omit<Api.Network, "nodes" | "betweenness"> {
  nodes: NetworkNode[];
  betweenness: BetweennessMethod;
}

/** The whole country's network, as the stored metrics name its scope (a region's is its code). */
export const countryScope = "country";

/** The scope a province's one-end network is stored under (linkRule ONE_END), beside its own, which keeps both ends. */
export function oneEndScope(provinceCode: string): string {
  return `one-end:${provinceCode}`;
}

/** Nodes strongest first: weighted degree, then degree, then id (the order a network's nodes come in). */
export function strongestFirst(a: NetworkNode, b: NetworkNode): number {
  return b.weightedDegree - a.weightedDegree || b.degree - a.degree || (a.id < b.id ? -1 : 1);
}
