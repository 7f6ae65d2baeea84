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

/** Some scopes' results, and how many of all the parts are done with it. */
export interface ComputedPart extends ComputedScopes {
  done: number;
  total: number;
}

/**
 * The metrics of every network the views read stored: the whole country, each province and each
 * prefecture with a link inside it, and each province's links with one end inside (oneEndScopes).
 * Yielded part by part, so the recompute writes what is done while the rest is computed: the
 * country first, then the one-end networks (which take the country's metrics), then each region.
 *
 * Cost: the country's network dominates (see scopeMetrics); the regions' networks together hold
 * at most twice its links, each far smaller, and their betweenness is mostly exact (under 2,000
 * organisations), O(n·m) each.
 */
export function* computeScopeParts(snapshot: MetricsSnapshot, options: NetworkMetricsOptions = {}): Generator<ComputedPart> {
  const scopes = scopeLinks(snapshot.organizations, snapshot.links);
  const total = scopes.size + 1;
  let done = 0;
  const stored = (scope: string, { summary, nodes }: ReturnType<typeof scopeMetrics>): ComputedPart => ({
    networks: [{ scope, ...summary }],
    organizations: nodes.map((node) => ({ scope, ...node })),
    done: ++done,
    total,
  });

  const countryLinks = scopes.get(countryScope)!;
  const country = scopeMetrics(countryLinks, options);
  yield stored(countryScope, country);
  const countryNodes = new Map(country.nodes.map((node) => [node.orgId, node]));
  yield { ...oneEndScopes(snapshot.organizations, countryLinks, { summary: country.summary, nodes: countryNodes }), done: ++done, total };
  for (const [scope, links] of scopes) {
    if (scope !== countryScope) yield stored(scope, scopeMetrics(links, options));
  }
}
