import { read, type ApiContext } from "./api-context.ts";
import { agreementSummaries } from "./agreement-summaries.ts";
import { wholeNetwork } from "./network.ts";
import type { Network, NetworkLink, NetworkNode } from "../model/index.ts";
import { computedNow, storedOrganizations, type MetricsFreshness } from "./stored-metrics.ts";
import type { Partner, OrgProfile } from "../../contract/api-types.ts";

/** The answer's shape, as api.graphql writes it (contract/api-types.ts is generated from it). */
export type { Partner, OrgProfile } from "../../contract/api-types.ts";

/** Most agreements listed on a profile, most recent first; most partners in the list and the ego network. */
export const profileLimits = { agreements: 500, partners: 200 } as const;

/**
 * One organisation: its facts, agreements with their sources and quotes, partners, chains, its
 * metrics in the whole network, and its ego network (it, its strongest partners, the links among
 * them, each node with its whole-network metrics). Null for an unknown id.
 */
export function orgProfile(context: ApiContext, id: string): Promise<OrgProfile | null> {
  return context.analytics.get(`profile:${id}`, () => computeOrgProfile(context, id));
}

async function computeOrgProfile(context: ApiContext, id: string): Promise<OrgProfile | null> {
  // The organisation, its agreements (their ids, then their summaries) and its partners are read
  // together: none needs another's answer, and an unknown id costs two empty reads more. The
  // agreements are awaited at the end; until then a failure of theirs is only noted as handled: the
  // await below still throws it, unless something else has failed first.
  const headRead = read<Omit<OrgProfile, "agreements" | "partners" | "metrics" | "egoNetwork">>(context, "org-profile", { id });
  const agreementsRead = agreementsOf(context, id);
  agreementsRead.catch(() => undefined);
  const [[head], partners] = await Promise.all([headRead, read<Partner>(context, "org-partners", { id, limit: profileLimits.partners })]);
  if (!head) return null;

  const egoIds = [id, ...partners.map((p) => p.organization.id)];
  const [links, frame] = await Promise.all([read<NetworkLink>(context, "ego-links", { ids: egoIds }), metricsFrame(context, egoIds)]);
  const own = frame.nodeById.get(id);
  const metrics = {
    degree: own?.degree ?? 0,
    weightedDegree: own?.weightedDegree ?? 0,
    betweenness: own?.betweenness ?? 0,
    community: own?.community ?? -1,
    betweennessRank: own ? frame.betweennessRank(own) : frame.totalNodes + 1,
    betweennessMethod: frame.betweenness,
    metricsStale: frame.metricsStale,
  };
  const egoNodes = egoIds.flatMap((nodeId) => {
    const node = frame.nodeById.get(nodeId);
    if (node) return [node];
    // An organisation with no partners is not in the whole network; it still heads its own ego network.
    return nodeId === id ? [{ ...head.organization, label: head.organization.label as "Institution", degree: 0, weightedDegree: 0, betweenness: 0, community: -1 }] : [];
  });
  const egoNetwork: Network & OrgProfile["egoNetwork"] = {
    // No regions chose this network: no partner is outside them.
    nodes: egoNodes.map((node) => ({ ...node, outsideRegions: false })),
    links,
    truncated: partners.length >= profileLimits.partners,
    totalNodes: egoNodes.length,
    totalLinks: links.length,
    betweenness: frame.betweenness,
    communities: new Set(egoNodes.map((n) => n.community)).size,
    modularity: null,
    metricsStale: frame.metricsStale,
    metricsComputedAt: frame.metricsComputedAt,
  };
  return { ...head, agreements: await agreementsRead, partners, metrics, egoNetwork };
}

/** The organisation's most recent agreements with their summaries. */
async function agreementsOf(context: ApiContext, id: string) {
  const agreementIds = (await read<{ id: string }>(context, "org-agreement-ids", { id, limit: profileLimits.agreements })).map((r) => r.id);
  return agreementSummaries(context, agreementIds);
}

/** The whole network's metrics of some organisations: what a profile frames its organisation with. */
interface MetricsFrame extends MetricsFreshness {
  nodeById: Map<string, NetworkNode>;
  betweenness: Network["betweenness"];
  totalNodes: number;
  betweennessRank(node: NetworkNode): number;
}

/**
 * The whole-country metrics of `ids`: read from the stored metrics when a recompute has published
 * them (one indexed read), else from the whole network computed on request.
 */
async function metricsFrame(context: ApiContext, ids: string[]): Promise<MetricsFrame> {
  const stored = await storedOrganizations(context, ids);
  if (stored) {
    const ranks = new Map<string, number>();
    const nodeById = new Map<string, NetworkNode>();
    for (const row of stored.rows) {
      if (!row.metrics) continue;
      const { betweennessRank, ...metrics } = row.metrics;
      nodeById.set(row.organization.id, { ...row.organization, label: row.organization.label as NetworkNode["label"], ...metrics });
      ranks.set(row.organization.id, betweennessRank);
    }
    const summary = stored.rows[0]!.summary;
    return {
      nodeById,
      betweenness: { method: summary.betweennessMethod, sampleSize: summary.betweennessSampleSize },
      totalNodes: summary.totalNodes,
      betweennessRank: (node) => ranks.get(node.id)!,
      ...stored.freshness,
    };
  }
  const whole = await wholeNetwork(context);
  return {
    nodeById: whole.nodeById,
    betweenness: whole.network.betweenness,
    totalNodes: whole.network.nodes.length,
    betweennessRank: (own) => 1 + whole.network.nodes.filter((n) => n.betweenness > own.betweenness).length,
    ...computedNow,
  };
}
