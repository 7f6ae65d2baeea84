import { buildCollaborationGraph, byEnds, strongestPart } from "../analytics/index.ts";
import { countryScope, oneEndScope, strongestFirst, type Network, type NetworkLink, type NetworkNode } from "../model/index.ts";
import { read, type ApiContext } from "./api-context.ts";
import { networkKey, withoutRegions, type NetworkFilter } from "./network-filter.ts";
import { computedNow, freshness, storedNetwork, storedScopeOf, type MetricsFreshness } from "./stored-metrics.ts";
import type { StoredOrganization } from "./stored-metrics.ts";
import type { FullNetwork } from "./network.ts";

/** How the frame network (the filter without its regions) is had: computed, cached by the caller. */
export type FrameNetwork = (filter: NetworkFilter) => Promise<FullNetwork>;

interface StoredSummaryRow {
  summary: { totalNodes: number; communities: number; modularity: number | null; betweennessMethod: "exact" | "sampled"; betweennessSampleSize: number | null };
}

/**
 * The network of some regions with one end of each link inside (linkRule ONE_END): the regions'
 * organisations, every link they have, and the partners elsewhere those links reach (marked
 * outsideRegions), cut to the strongest `limit` nodes. A node's metrics are those of the network
 * the filter gives without its regions, so an organisation has the same figures (and community)
 * whichever regions are looked at: with no other filter, the whole country's, read from the stored
 * metrics when a run is published; else that network computed on request (cached, shared by every
 * choice of regions).
 *
 * Cost, stored: one province's is read as stored, like its own network (storedNetwork); for others,
 * one indexed read of the regions' members, one of their links (from each member by
 * its id), the strongest part over those links (O(m log m)), and one indexed read of the kept
 * organisations' stored metrics. Computed: the frame network's cost once per graph version and
 * filter, then O(n + m) for the regions' part.
 */
export function oneEndNetwork(context: ApiContext, filter: NetworkFilter, frameNetwork: FrameNetwork): Promise<Network> {
  return context.analytics.get(`one-end:${networkKey(filter)}:limit=${filter.limit}`, async (state) => {
    const members = () => read<{ id: string }>(context, "network-region-members", { regionCodes: filter.regionCodes }).then((rows) => new Set(rows.map((row) => row.id)));
    const frame = withoutRegions(filter);
    if (storedScopeOf(frame) === countryScope && state.metricsRun !== null) {
      // One province, as the explorer asks first: its one-end network is stored whole (oneEndScopes).
      const province = filter.regionCodes?.length === 1 ? await storedNetwork(context, oneEndScope(filter.regionCodes[0]!), filter.limit) : null;
      if (province) return province;
      const stored = await storedOneEnd(context, state.metricsRun, await members(), filter.limit);
      if (stored) return { ...stored, ...freshness(state) };
    }
    // Computed: the regions' members and the frame network are read side by side.
    const [inside, full] = await Promise.all([members(), frameNetwork(frame)]);
    const links = full.network.links.filter((link) => inside.has(link.source) || inside.has(link.target));
    const { keep, truncated, order } = cut(links, filter.limit);
    const nodes = [...keep].map((id) => ({ ...full.nodeById.get(id)!, outsideRegions: !inside.has(id) })).sort(strongestFirst);
    return {
      nodes,
      links: links.filter((link) => keep.has(link.source) && keep.has(link.target)),
      truncated,
      totalNodes: order,
      totalLinks: links.length,
      betweenness: full.network.betweenness,
      communities: full.network.communities,
      modularity: full.network.modularity,
      ...computedNow,
    };
  });
}

/** The strongest part of the network the links make, within `limit` nodes; `order` is its whole size. */
function cut(links: readonly NetworkLink[], limit: number): { keep: Set<string>; truncated: boolean; order: number } {
  const ids = [...new Set(links.flatMap((link) => [link.source, link.target]))].sort();
  const graph = buildCollaborationGraph(
    ids.map((id) => ({ id })),
    [...links].sort(byEnds),
  );
  return { ...strongestPart(graph, { limit }), order: graph.order };
}

/**
 * The one-end network with the stored whole-country metrics of run `run`; null when the run has
 * no country network (then it is computed). An organisation the run does not know (it gained its
 * first link since) shows with no metrics: the answer says the figures are stale.
 */
async function storedOneEnd(context: ApiContext, run: number, inside: ReadonlySet<string>, limit: number): Promise<Omit<Network, keyof MetricsFreshness> | null> {
  const [links, [summaryRow]] = await Promise.all([
    read<NetworkLink>(context, "network-one-end-links", { ids: [...inside] }),
    read<StoredSummaryRow>(context, "stored-network", { run, scope: countryScope, limit: 0 }),
  ]);
  if (!summaryRow) return null;
  const { keep, truncated, order } = cut(links, limit);
  const rows = await read<StoredOrganization>(context, "stored-organization-metrics", { run, ids: [...keep].sort() });
  const nodes: NetworkNode[] = rows.map(({ organization, metrics }) => ({
    ...organization,
    label: organization.label as NetworkNode["label"],
    degree: metrics?.degree ?? 0,
    weightedDegree: metrics?.weightedDegree ?? 0,
    betweenness: metrics?.betweenness ?? 0,
    community: metrics?.community ?? -1,
    outsideRegions: !inside.has(organization.id),
  }));
  nodes.sort(strongestFirst);
  const { summary } = summaryRow;
  return {
    nodes,
    links: links.filter((link) => keep.has(link.source) && keep.has(link.target)).sort(byEnds),
    truncated,
    totalNodes: order,
    totalLinks: links.length,
    betweenness: { method: summary.betweennessMethod, sampleSize: summary.betweennessSampleSize },
    communities: summary.communities,
    modularity: summary.modularity,
  };
}
