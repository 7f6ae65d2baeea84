import { strongestOrderOfLinks, type CollaborationLinkInput } from "../analytics/index.ts";
import { networkNodeLimit } from "../../contract/network-filter-params.ts";
import { oneEndScope } from "../model/index.ts";
import type { NetworkSummary, StoredNodeMetrics } from "./scope-metrics.ts";
import type { ScopedOrganization } from "./scope-networks.ts";

/** A stored organisation of a one-end network: the country's metrics, its place in this network, and whether it lies outside. */
export type OneEndNodeMetrics = StoredNodeMetrics & { outside: boolean };

/**
 * The network the explorer asks first, stored for each province: every link with at least one
 * end in the province, and the partners elsewhere those links reach (linkRule ONE_END). Each
 * organisation carries the whole country's metrics (`country`, by id), so its figures are the same
 * whichever province is looked at, and its place in this network's strongest-part order, which
 * answers any node limit as a prefix. Places past the API's largest limit are never read and not
 * kept. The network's own figures are its size and the country's communities and betweenness.
 *
 * Cost: each link belongs to at most two provinces, so O(m log m) over all of them for the orders
 * (strongestOrderOfLinks, without building a graph of each).
 */
export function oneEndScopes(
  organizations: readonly ScopedOrganization[],
  /** The country's links in byEnds order. */
  orderedLinks: readonly CollaborationLinkInput[],
  country: { summary: NetworkSummary; nodes: ReadonlyMap<string, StoredNodeMetrics> },
): { networks: (NetworkSummary & { scope: string })[]; organizations: (OneEndNodeMetrics & { scope: string })[] } {
  const provinceOf = new Map(organizations.map((org) => [org.id, org.regionCodes.find((code) => code.endsWith("0000"))]));
  const linksOf = new Map<string, CollaborationLinkInput[]>();
  const add = (province: string | undefined, link: CollaborationLinkInput) => {
    if (province === undefined) return;
    let list = linksOf.get(province);
    if (!list) linksOf.set(province, (list = []));
    list.push(link);
  };
  for (const link of orderedLinks) {
    const [source, target] = [provinceOf.get(link.source), provinceOf.get(link.target)];
    add(source, link);
    if (target !== source) add(target, link);
  }
  const result: ReturnType<typeof oneEndScopes> = { networks: [], organizations: [] };
  for (const [province, links] of [...linksOf].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const scope = oneEndScope(province);
    // In byEnds order already, as orderedLinks are: the order a graph of them would be built in.
    const order = strongestOrderOfLinks(links);
    result.networks.push({ ...country.summary, scope, totalNodes: order.size, totalLinks: links.length });
    for (const [orgId, place] of order) {
      if (place.groupEnd > networkNodeLimit.max) continue;
      result.organizations.push({ ...country.nodes.get(orgId)!, scope, rank: place.rank, groupEnd: place.groupEnd, outside: provinceOf.get(orgId) !== province });
    }
  }
  return result;
}
