import type { CollaborationLinkInput, NetworkMetricsOptions } from "../analytics/index.ts";
import { scopeMetrics, type NetworkSummary, type StoredNodeMetrics } from "./scope-metrics.ts";
import { scopeLinks, type ScopedOrganization } from "./scope-networks.ts";

/** What the recompute reads from the graph before computing. */
export interface MetricsSnapshot {
  organizations: ScopedOrganization[];
  links: CollaborationLinkInput[];
}

/** Every stored network's figures and its organisations' metrics, each tagged with its scope. */
export interface ComputedScopes {
  networks: (NetworkSummary & { scope: string })[];
  organizations: (StoredNodeMetrics & { scope: string })[];
}

/**
 * The metrics of every network the views read stored: the whole country, each province and each
 * prefecture with a link inside it. `onScope` hears each scope done, for a progress figure.
 *
 * Cost: the country's network dominates (see scopeMetrics); the regions' networks together hold
 * at most twice its links, each far smaller, and their betweenness is mostly exact (under 2,000
 * organisations), O(n·m) each.
 */
export function computeScopes(snapshot: MetricsSnapshot, options: NetworkMetricsOptions = {}, onScope?: (done: number, total: number) => void): ComputedScopes {
  const scopes = scopeLinks(snapshot.organizations, snapshot.links);
  const result: ComputedScopes = { networks: [], organizations: [] };
  let done = 0;
  for (const [scope, links] of scopes) {
    const { summary, nodes } = scopeMetrics(links, options);
    result.networks.push({ scope, ...summary });
    for (const node of nodes) result.organizations.push({ scope, ...node });
    onScope?.(++done, scopes.size);
  }
  return result;
}
