import { buildCollaborationGraph, byEnds, networkMetrics, strongestPart, type CollaborationGraph } from "../analytics/index.ts";
import { strongestFirst, type Network, type NetworkLink, type NetworkNode, type OrganizationLabel } from "../model/index.ts";
import { read, type ApiContext } from "./api-context.ts";
import { needsAgreements, networkKey, normaliseNetworkFilter, oneEnd, type NetworkFilter, type NetworkFilterInput } from "./network-filter.ts";
import { oneEndNetwork } from "./one-end-network.ts";
import { computedNow, storedNetwork, storedScopeOf } from "./stored-metrics.ts";

// A type, not an interface: the graph builder takes any object with an id as node attributes.
type OrganizationRow = {
  id: string;
  name: string;
  nameZh: string | null;
  kind: string | null;
  regionCode: string | null;
  label: OrganizationLabel;
};

/** A whole filtered network with its metrics, as cached: the graph stays for cutting to a node limit. */
export interface FullNetwork {
  graph: CollaborationGraph;
  network: Network;
  nodeById: Map<string, NetworkNode>;
}

/**
 * The whole network under a filter, with every node's metrics, computed once per graph version and
 * filter. Cost: one read of the links (the COLLABORATES_WITH projection, or the agreements when the
 * filter is about agreements), then the analytics: Louvain and betweenness dominate (see
 * server/analytics/), exact betweenness up to a few thousand nodes and a sampled estimate above.
 */
export function fullNetwork(context: ApiContext, filter: NetworkFilter): Promise<FullNetwork> {
  return context.analytics.get(networkKey(filter), async () => {
    const params = {
      // Both ends in the regions: a one-end network is taken from the network without regions (oneEndNetwork).
      regionCodes: filter.regionCodes,
      labels: filter.labels,
      agreementTypes: filter.agreementTypes,
      chainIds: filter.chainIds,
      from: filter.from,
      to: filter.to,
      liveOnly: filter.liveOnly,
      today: context.today(),
    };
    const links = (await read<NetworkLink>(context, needsAgreements(filter) ? "network-agreement-links" : "network-collaborations", params)).sort(byEnds);
    const ids = [...new Set(links.flatMap((link) => [link.source, link.target]))].sort();
    // In id order, links by ends: the graph is built as the recompute builds it, so the seeded
    // sample of betweenness and Louvain's visiting order (and every figure) are the same.
    const organizations = (await read<OrganizationRow>(context, "network-organizations", { ids })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const graph = buildCollaborationGraph(organizations, links);
    const metrics = networkMetrics(graph);
    const nodes: NetworkNode[] = organizations.map((org) => {
      const m = metrics.nodes.get(org.id)!;
      return { ...org, degree: m.degree, weightedDegree: m.weightedDegree, betweenness: m.betweenness, community: m.community };
    });
    nodes.sort(strongestFirst);
    const network: Network = {
      nodes,
      links,
      truncated: false,
      totalNodes: nodes.length,
      totalLinks: links.length,
      betweenness: metrics.betweenness,
      communities: metrics.communities,
      modularity: metrics.modularity,
      ...computedNow,
    };
    return { graph, network, nodeById: new Map(nodes.map((n) => [n.id, n])) };
  });
}

/**
 * The network under a filter, cut to its strongest `limit` nodes (and the links among them) when
 * larger: read from the stored metrics when the recompute stores that network (the country's, a
 * province's or a prefecture's, nothing else filtered), else computed on request. Regions with
 * linkRule ONE_END keep every link of their organisations (oneEndNetwork).
 */
export async function network(context: ApiContext, input: NetworkFilterInput | null | undefined): Promise<Network> {
  const filter = normaliseNetworkFilter(input);
  if (oneEnd(filter)) return oneEndNetwork(context, filter, (frame) => fullNetwork(context, frame));
  const scope = storedScopeOf(filter);
  const stored = scope === null ? null : await storedNetwork(context, scope, filter.limit);
  if (stored) return stored;
  return computedNetwork(context, filter);
}

/** The network under a filter as computed on request (fullNetwork), cut to its limit. */
export async function computedNetwork(context: ApiContext, filter: NetworkFilter): Promise<Network> {
  const full = await fullNetwork(context, filter);
  if (full.network.nodes.length <= filter.limit) return full.network;
  // Cutting a large network sorts all its links: cached too, per limit.
  return context.analytics.get(`${networkKey(filter)}:limit=${filter.limit}`, async () => {
    const { keep } = strongestPart(full.graph, { limit: filter.limit });
    return {
      ...full.network,
      nodes: full.network.nodes.filter((n) => keep.has(n.id)),
      links: full.network.links.filter((l) => keep.has(l.source) && keep.has(l.target)),
      truncated: true,
    };
  });
}

/** The whole cooperation network, unfiltered: the frame of reference for one organisation's metrics. */
export function wholeNetwork(context: ApiContext): Promise<FullNetwork> {
  return fullNetwork(context, normaliseNetworkFilter(null));
}
