import type { CollaborationLinkInput, NetworkMetricsOptions } from "../analytics/index.ts";
import { countryScope } from "../model/index.ts";
import { scopeMetrics, type NetworkSummary, type StoredNodeMetrics } from "./scope-metrics.ts";
import { scopeLinks, type ScopedOrganization } from "./scope-networks.ts";
import { oneEndScopes, type OneEndNodeMetrics } from "./one-end-scopes.ts";

/** What the recompute reads from the graph before computing. */
export interface MetricsSnapshot {
  organizations: ScopedOrganization[];
  links: CollaborationLinkInput[];
}

/** Every stored network's figures and its organisations' metrics, each tagged with its scope. */
export interface ComputedScopes {
  networks: (NetworkSummary & { scope: string })[];
  /** `outside` only in a province's one-end network (oneEndScopes). */
  organizations: (StoredNodeMetrics & { scope: string; outside?: OneEndNodeMetrics["outside"] })[];
}

/**
 * The metrics of every network the views read stored: the whole country, each province and each
 * prefecture with a link inside it, and each province's links with one end inside (oneEndScopes).
 * `onScope` hears each scope done, for a progress figure.
 *
 * Cost: the country's network dominates (see scopeMetrics); the regions' networks together hold
 * at most twice its links, each far smaller, and their betweenness is mostly exact (under 2,000
 * organisations), O(n·m) each.
 */
export function computeScopes(snapshot: MetricsSnapshot, options: NetworkMetricsOptions = {}, onScope?: (done: number, total: number) => void): ComputedScopes {
  const scopes = scopeLinks(snapshot.organizations, snapshot.links);
  const result: ComputedScopes = { networks: [], organizations: [] };
  let done = 0;
  let country: Parameters<typeof oneEndScopes>[2] | undefined;
  for (const [scope, links] of scopes) {
    const { summary, nodes } = scopeMetrics(links, options);
    if (scope === countryScope) country = { summary, nodes: new Map(nodes.map((node) => [node.orgId, node])) };
    result.networks.push({ scope, ...summary });
    for (const node of nodes) result.organizations.push({ scope, ...node });
    onScope?.(++done, scopes.size + 1);
  }
  const oneEnd = oneEndScopes(snapshot.organizations, scopes.get(countryScope)!, country!);
  result.networks.push(...oneEnd.networks);
  result.organizations.push(...oneEnd.organizations);
  onScope?.(done + 1, scopes.size + 1);
  return result;
}
