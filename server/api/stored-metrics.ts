import { countryScope, oneEndScope, strongestFirst, type Network, type NetworkLink, type NetworkNode } from "../model/index.ts";
import type { GraphState } from "./analytics-cache.ts";
import { read, type ApiContext } from "./api-context.ts";
import { needsAgreements, type NetworkFilter } from "./network-filter.ts";
import type { OrgRef } from "./api-types.ts";
import type { MetricsStatus } from "../../contract/api-types.ts";


/** How fresh stored metrics are, as an answer built on them says. */
export interface MetricsFreshness {
  /** True when the graph has changed since the metrics were computed: a recompute is due or running. */
  metricsStale: boolean;
  metricsComputedAt: string | null;
}

/** An answer computed on request is as fresh as the graph. */
export const computedNow: MetricsFreshness = { metricsStale: false, metricsComputedAt: null };

export function freshness(state: GraphState): MetricsFreshness {
  return { metricsStale: state.metricsGraphVersion !== state.version, metricsComputedAt: state.metricsComputedAt };
}

/**
 * The stored network a filter asks for, if any: the whole country's, or one region's (a province
 * or prefecture has one once the recompute has run), when nothing else filters. Any other filter
 * (labels, agreement types, chains, dates, several regions, links with one end in the regions) is
 * computed on request, or taken from the country's (oneEndNetwork).
 */
export function storedScopeOf(filter: NetworkFilter): string | null {
  if (filter.labels !== null || needsAgreements(filter) || filter.linkRule === "ONE_END") return null;
  if (filter.regionCodes === null) return countryScope;
  return filter.regionCodes.length === 1 ? filter.regionCodes[0]! : null;
}

interface StoredNetworkRow {
  summary: {
    totalNodes: number;
    totalLinks: number;
    communities: number;
    modularity: number | null;
    betweennessMethod: "exact" | "sampled";
    betweennessSampleSize: number | null;
  };
  nodes: NetworkNode[];
  /** Ids of the nodes that lie outside the province, in a one-end network (scope one-end:<code>). */
  outside: string[];
}

/**
 * A network read from the stored metrics, cut to `limit` by the stored strongest-part order, with
 * the links among its organisations; null when the published run has no such network (no run yet,
 * or a region with no link inside it, or one the recompute does not store).
 *
 * Cost: two indexed reads, proportional to the nodes returned and their links.
 */
export function storedNetwork(context: ApiContext, scope: string, limit: number): Promise<(Network & MetricsFreshness) | null> {
  // Kept like any answer: the cache's version moves when a recompute publishes, so no run is named in the key.
  return context.analytics.get(`stored-network:${scope}:${limit}`, async (state) => {
    if (state.metricsRun === null) return null;
    const [row] = await read<StoredNetworkRow>(context, "stored-network", { run: state.metricsRun, scope, limit });
    if (!row) return null;
    const nodes = row.nodes.sort(strongestFirst);
    let links = await read<NetworkLink>(context, "stored-network-links", { ids: nodes.map((n) => n.id) });
    if (scope.startsWith(oneEndScope(""))) {
      // Two partners elsewhere may be linked to each other: that link has no end inside.
      const outside = new Set(row.outside);
      for (const node of nodes) node.outsideRegions = outside.has(node.id);
      links = links.filter((link) => !(outside.has(link.source) && outside.has(link.target)));
    }
    const { summary } = row;
    return {
      nodes,
      links,
      truncated: summary.totalNodes > limit,
      totalNodes: summary.totalNodes,
      totalLinks: summary.totalLinks,
      betweenness: { method: summary.betweennessMethod, sampleSize: summary.betweennessSampleSize },
      communities: summary.communities,
      modularity: summary.modularity,
      ...freshness(state),
    };
  });
}

/** One organisation's stored metrics in the whole country's network. */
export interface StoredOrganization {
  organization: OrgRef;
  metrics: { degree: number; weightedDegree: number; betweenness: number; community: number; betweennessRank: number } | null;
  summary: { totalNodes: number; betweennessMethod: "exact" | "sampled"; betweennessSampleSize: number | null };
}

/** The organisations `ids` with their stored whole-country metrics; null when no run is published. */
export async function storedOrganizations(context: ApiContext, ids: string[]): Promise<{ rows: StoredOrganization[]; freshness: MetricsFreshness } | null> {
  const state = await context.analytics.readState();
  if (state.metricsRun === null) return null;
  const rows = await read<StoredOrganization>(context, "stored-organization-metrics", { run: state.metricsRun, ids });
  return rows.length === 0 && ids.length > 0 ? null : { rows, freshness: freshness(state) };
}

/** The most central organisations of a stored network; null when the run has no such network. */
export async function storedCentral(context: ApiContext, scope: string, limit: number): Promise<{ organization: OrgRef; betweenness: number; degree: number }[] | null> {
  const state = await context.analytics.readState();
  if (state.metricsRun === null) return null;
  const [[summary], central] = await Promise.all([
    read<StoredNetworkRow>(context, "stored-network", { run: state.metricsRun, scope, limit: 0 }),
    read<{ organization: OrgRef; betweenness: number; degree: number }>(context, "stored-central-organizations", { run: state.metricsRun, scope, limit }),
  ]);
  return summary ? central : null;
}

/**
 * The published run whose coverage cells may answer today, or null: cells judged liveness on the
 * day they were computed, so another day's are computed afresh.
 */
export function storedCoverageRun(state: GraphState, today: string): number | null {
  return state.metricsRun !== null && state.coverageFor === today ? state.metricsRun : null;
}

/**
 * What the database says of the stored metrics: stale when the graph changed since they were
 * computed; due (waiting) also when their coverage judged liveness on another day. A process that
 * runs the recompute adds its own progress (MetricsKeeper).
 */
export function storedStatus(state: GraphState, today: string): MetricsStatus {
  const stale = state.metricsGraphVersion !== state.version;
  return {
    state: stale || state.coverageFor !== today ? "waiting" : "idle",
    graphVersion: state.version,
    metricsGraphVersion: state.metricsGraphVersion,
    stale,
    computedAt: state.metricsComputedAt,
    lastDurationMs: null,
    phase: null,
    progress: null,
    lastError: null,
  };
}

/** The stored metrics' status: the recompute's own when this process runs it, else what the database says. */
export async function metricsStatus(context: ApiContext): Promise<MetricsStatus> {
  if (context.recompute) return context.recompute.status();
  return storedStatus(await context.analytics.readState(), context.today());
}
