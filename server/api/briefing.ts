import { badInput } from "./api-error.ts";
import { read, type ApiContext } from "./api-context.ts";
import type { OrgRef, SourceRef } from "./api-types.ts";
import { chainCoverage } from "./chain-coverage.ts";
import { cellShares, coverageCells } from "./coverage-matrix.ts";
import { network } from "./network.ts";
import { storedCentral, storedCoverageRun } from "./stored-metrics.ts";
import { previousPeriod } from "./previous-period.ts";
import { regionByCode } from "./region-by-code.ts";
import { countryScope, type NetworkNode } from "../model/index.ts";
import type { BriefingFigure, Briefing, ChainGaps, ChainRef, SegmentRef } from "../../contract/api-types.ts";

/** The answer's shape, as api.graphql writes it (contract/api-types.ts is generated from it). */
export type { BriefingFigure, Briefing } from "../../contract/api-types.ts";

/**
 * How many of each list a one-page briefing shows, how many of a figure's agreements are looked at
 * for its sources, and how many sources each fact cites at most: few enough that the numbered
 * source list fits the printed page with everything else (at most 6 × 3 + 15 × 1 sources).
 */
export const briefingSizes = { partnerships: 5, central: 5, gaps: 5, sourcesPerFact: 1, factsPerFigure: 10, sourcesPerFigure: 3 } as const;

interface FigureRow {
  /** The region's agreements (a party in it, not rejected), all dates: what a central organisation's share is of. */
  regionAgreements: number;
  /** Those without a signing date: never counted live (DESIGN.md, "Live agreements at a date"). */
  undatedAgreements: number;
  liveAgreements: number;
  liveAgreementsBefore: number;
  newAgreements: number;
  newAgreementsBefore: number;
  endedAgreements: number;
  endedAgreementsBefore: number;
  liveAgreementIds: string[];
  newAgreementIds: string[];
  endedAgreementIds: string[];
  activeOrganizations: number;
  activeOrganizationsBefore: number;
  activeAgreementIds: string[];
  newPartnerships: number;
  newPartnershipsBefore: number;
  newPartnershipAgreementIds: string[];
  partneredEnterprises: number;
  partneredEnterprisesBefore: number;
  partneringAgreementIds: string[];
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The figures of a one-page briefing for a region and period: key figures against the previous
 * period of the same length, the partnerships that signed most, the most central organisations of
 * the region's network, and the chains with the biggest coverage gaps; every fact cites its sources.
 */
export async function briefing(context: ApiContext, regionCode: string | null, from: string, to: string): Promise<Briefing> {
  if (!isoDate.test(from) || !isoDate.test(to)) throw badInput("from and to must be dates written YYYY-MM-DD.");
  if (from > to) throw badInput(`The period is empty: from ${from} is after to ${to}.`);
  // A briefing is read, printed and read again: kept until the graph changes.
  return context.analytics.get(`briefing:${regionCode}:${from}:${to}:${context.today()}`, () => composeBriefing(context, regionCode, from, to));
}

async function composeBriefing(context: ApiContext, regionCode: string | null, from: string, to: string): Promise<Briefing> {
  const { previousFrom, previousTo } = previousPeriod(from, to);
  const period = { regionCode, from, to, previousFrom, previousTo };

  // The sections read independently of one another, all at once (the central organisations' reach
  // as soon as they are known); then one read for the sources of every fact they name, and one for
  // those sources.
  const centralRead = centralNodes(context, regionCode);
  const reachRead = centralRead.then((central) => centralReach(context, regionCode, central));
  reachRead.catch(() => undefined); // awaited below, unless another section failed first
  const [region, [f], pairs, central, gaps] = await Promise.all([
    regionCode === null ? null : regionByCode(context, regionCode),
    briefingFigures(context, period),
    read<{ a: OrgRef; b: OrgRef; agreementIds: string[] }>(context, "briefing-top-partnerships", { ...period, limit: briefingSizes.partnerships }),
    centralRead,
    weakestChains(context, regionCode),
  ]);
  const sourcesOf = await sourceIdsOf(context, [
    ...f!.liveAgreementIds,
    ...f!.newAgreementIds,
    ...f!.endedAgreementIds,
    ...f!.activeAgreementIds,
    ...f!.newPartnershipAgreementIds,
    ...f!.partneringAgreementIds,
    ...pairs.flatMap((p) => p.agreementIds),
    ...central.nodes.map((n) => n.id),
    ...gaps.flatMap((g) => [g.chain.id, ...g.uncoveredSegments.map((s) => s.id)]),
  ]);
  const cite = (ids: string[], most: number) => [...new Set(ids.flatMap((id) => sourcesOf.get(id) ?? []))].slice(0, most);
  const figure = (key: string, value: number, previous: number, ids: string[]): BriefingFigure => ({
    key,
    value,
    previous,
    change: value - previous,
    sourceIds: cite(ids, briefingSizes.sourcesPerFigure),
  });
  // Each figure cites the sources of (up to ten of) the agreements it counts or that make what it counts.
  const figures = [
    figure("liveAgreements", f!.liveAgreements, f!.liveAgreementsBefore, f!.liveAgreementIds),
    figure("newAgreements", f!.newAgreements, f!.newAgreementsBefore, f!.newAgreementIds),
    figure("endedAgreements", f!.endedAgreements, f!.endedAgreementsBefore, f!.endedAgreementIds),
    figure("activeOrganizations", f!.activeOrganizations, f!.activeOrganizationsBefore, f!.activeAgreementIds),
    figure("newPartnerships", f!.newPartnerships, f!.newPartnershipsBefore, f!.newPartnershipAgreementIds),
    figure("partneredEnterprises", f!.partneredEnterprises, f!.partneredEnterprisesBefore, f!.partneringAgreementIds),
  ];

  const topPartnerships = pairs.map((p) => ({
    a: p.a,
    b: p.b,
    agreements: p.agreementIds.length,
    sourceIds: cite(p.agreementIds, briefingSizes.sourcesPerFact),
  }));

  const reach = await reachRead;
  const centralOrganizations = central.nodes.map((n, index) => ({
    organization: { id: n.id, name: n.name, nameZh: n.nameZh, label: n.label, kind: n.kind, regionCode: n.regionCode },
    rank: index + 1,
    betweenness: n.betweenness,
    degree: n.degree,
    agreements: reach.get(n.id)?.agreements ?? 0,
    partnerGroups: reach.get(n.id)?.groups ?? 0,
    sourceIds: (sourcesOf.get(n.id) ?? []).slice(0, briefingSizes.sourcesPerFact),
  }));

  const coverageGaps = gaps.map((g) => {
    const uncovered = g.uncoveredSegments;
    return {
      chain: g.chain,
      segmentCoverage: g.segmentCoverage,
      enterpriseCoverage: g.enterpriseCoverage,
      uncoveredSegments: uncovered,
      uncoveredEnterpriseCount: g.uncoveredEnterpriseCount,
      sourceIds: cite([g.chain.id, ...uncovered.map((s) => s.id)], briefingSizes.sourcesPerFact),
    };
  });

  const cited = new Set([...figures, ...topPartnerships, ...centralOrganizations, ...coverageGaps].flatMap((fact) => fact.sourceIds));
  const sources = (await read<{ source: SourceRef }>(context, "sources-by-id", { ids: [...cited] })).map((r) => r.source);
  return {
    region,
    from,
    to,
    previousFrom,
    previousTo,
    regionAgreements: f!.regionAgreements,
    undatedAgreements: f!.undatedAgreements,
    figures,
    topPartnerships,
    centralOrganizations,
    coverageGaps,
    sources,
  };
}

type CentralNode = Pick<NetworkNode, "id" | "name" | "nameZh" | "label" | "kind" | "regionCode" | "betweenness" | "degree">;

/**
 * The most central organisations of the region's network (the whole country's when no region is
 * asked), most central first: from the stored metrics when the recompute stores that network (one
 * indexed read of the top ranks; `run` and `scope` name it), else from the network computed on
 * request, cut to its strongest 5,000, whose partner groups are counted here (`groups`).
 */
async function centralNodes(
  context: ApiContext,
  regionCode: string | null,
): Promise<{ nodes: CentralNode[]; run: number | string | null; scope: string; groups: Map<string, number> }> {
  const scope = regionCode ?? countryScope;
  const [stored, state] = await Promise.all([storedCentral(context, scope, briefingSizes.central), context.analytics.readState()]);
  if (stored && state.metricsRun !== null) {
    const nodes = stored.map((row) => ({ ...row.organization, label: row.organization.label as NetworkNode["label"], betweenness: row.betweenness, degree: row.degree }));
    return { nodes, run: state.metricsRun, scope, groups: new Map() };
  }
  const regionNetwork = await network(context, { regionCodes: regionCode === null ? null : [regionCode], limit: 5_000 });
  const nodes = [...regionNetwork.nodes].sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || (a.id < b.id ? -1 : 1)).slice(0, briefingSizes.central);
  return { nodes, run: null, scope, groups: partnerGroups(nodes.map((n) => n.id), regionNetwork.nodes, regionNetwork.links) };
}

/**
 * How many distinct groups (communities) the partners of each of `ids` belong to, in a network
 * computed on request: a reading of betweenness a leader can use ("connects 4 groups").
 */
export function partnerGroups(ids: readonly string[], nodes: readonly Pick<NetworkNode, "id" | "community">[], links: readonly { source: string; target: string }[]): Map<string, number> {
  const community = new Map(nodes.map((n) => [n.id, n.community]));
  const groups = new Map(ids.map((id) => [id, new Set<number>()]));
  for (const link of links) {
    for (const [self, other] of [
      [link.source, link.target],
      [link.target, link.source],
    ] as const) {
      const c = community.get(other);
      if (c !== undefined) groups.get(self)?.add(c);
    }
  }
  return new Map([...groups].map(([id, set]) => [id, set.size]));
}

/** Each central organisation's agreements in the region and the groups its partners belong to (one read). */
async function centralReach(
  context: ApiContext,
  regionCode: string | null,
  central: Awaited<ReturnType<typeof centralNodes>>,
): Promise<Map<string, { agreements: number; groups: number }>> {
  if (central.nodes.length === 0) return new Map();
  const rows = await read<{ id: string; agreements: number; groups: number | null }>(context, "briefing-central-reach", {
    ids: central.nodes.map((n) => n.id),
    regionCode,
    run: central.run,
    scope: central.scope,
  });
  return new Map(rows.map((row) => [row.id, { agreements: row.agreements, groups: row.groups ?? central.groups.get(row.id) ?? 0 }]));
}

/** The chains with the biggest coverage gaps in the region, weakest first, each with its full coverage. */
async function weakestChains(context: ApiContext, regionCode: string | null): Promise<GapFigures[]> {
  const chains = await read<{ chainId: string; segmentIds: string[] }>(context, "chains-judged-in", { regionCode });
  const stored = regionCode === null ? null : await storedGaps(context, regionCode, chains.map((c) => c.chainId));
  if (stored) return weakest(stored);
  // Rank the chains by the matrix's figures for this one region (two aggregate reads), then ask the
  // full coverage, with its uncovered segments, only of the chains that make the list.
  const ranked = regionCode === null ? null : (await coverageCells(context, [regionCode], chains.map((c) => c.chainId))).cells;
  const candidates = ranked
    ? ranked
        .filter((c) => c.coveredSegmentCount < c.segmentCount || c.partneredEnterpriseCount < c.enterpriseCount)
        .sort((a, b) => weakestFirst(a.segmentCoverage, b.segmentCoverage) || a.enterpriseCoverage - b.enterpriseCoverage || (a.chainId < b.chainId ? -1 : 1))
        .slice(0, briefingSizes.gaps)
        .map((c) => c.chainId)
    : chains.map((c) => c.chainId);
  // The coverages side by side, in the order asked. No candidates: the briefing names gaps, the gap list names who could fill them.
  const coverages = await Promise.all(candidates.map((chainId) => chainCoverage(context, chainId, regionCode, 0)));
  return weakest(
    coverages.map((c) => ({
      chain: c.chain,
      segmentCoverage: c.segmentCoverage,
      enterpriseCoverage: c.enterpriseCoverage,
      segmentCount: c.segmentCount,
      coveredSegmentCount: c.coveredSegmentCount,
      enterpriseCount: c.enterpriseCount,
      partneredEnterpriseCount: c.partneredEnterpriseCount,
      uncoveredSegments: c.segments.filter((s) => !s.covered).map((s) => s.segment),
      uncoveredEnterpriseCount: c.uncoveredEnterprises.length,
    })),
  );
}

/** A chain's gap in a region, as a briefing names it: a gap list's figures, with its uncovered segments and enterprises counted. */
type GapFigures = Omit<ChainGaps, "segmentsRecorded" | "uncoveredSegments" | "unpartneredEnterprises"> & {
  uncoveredSegments: SegmentRef[];
  uncoveredEnterpriseCount: number;
};

/** The chains with a gap, weakest first, as many as a briefing shows. */
function weakest(gaps: GapFigures[]): GapFigures[] {
  return gaps
    .filter((g) => g.coveredSegmentCount < g.segmentCount || g.partneredEnterpriseCount < g.enterpriseCount)
    .sort((a, b) => weakestFirst(a.segmentCoverage, b.segmentCoverage) || a.enterpriseCoverage - b.enterpriseCoverage || (a.chain.id < b.chain.id ? -1 : 1))
    .slice(0, briefingSizes.gaps);
}

/**
 * Every judged chain's gap in the region from the stored coverage cells (one read), when the
 * recompute stores the region's cells for today; null otherwise. A cell counts what chainCoverage
 * counts (DESIGN.md: "Coverage, precisely"), and stores the segments it covers.
 */
async function storedGaps(context: ApiContext, regionCode: string, chainIds: string[]): Promise<GapFigures[] | null> {
  const run = storedCoverageRun(await context.analytics.readState(), context.today());
  if (run === null) return null;
  const rows = await read<{
    chain: ChainRef;
    segments: SegmentRef[];
    cell: { segmentCount: number; coveredSegmentCount: number; enterpriseCount: number; partneredEnterpriseCount: number; coveredSegmentIds: string[] | null };
  }>(context, "stored-gap-cells", { run, regionCode, chainIds });
  // Stored cells cover every judged chain of a province or prefecture, or none (another region).
  if (rows.length === 0 || rows.some((row) => row.cell.coveredSegmentIds === null)) return null;
  return rows.map(({ chain, segments, cell }) => {
    const covered = new Set(cell.coveredSegmentIds);
    return {
      chain,
      ...cellShares(cell),
      uncoveredSegments: segments.filter((s) => !covered.has(s.id)),
      uncoveredEnterpriseCount: cell.enterpriseCount - cell.partneredEnterpriseCount,
    };
  });
}

/**
 * The key figures in two reads at once, the agreements' part in one and the other three parts of
 * briefing-figures in the other: the parts are independent walks over the region's organisations,
 * so the database runs them side by side, and the agreements' walk costs about what the other
 * three cost together (at national scale, for the busiest province).
 */
async function briefingFigures(context: ApiContext, period: Record<string, string | null>): Promise<FigureRow[]> {
  const figures = (parts: string[]) => read<FigureRow>(context, "briefing-figures", { ...period, sampleSize: briefingSizes.factsPerFigure, parts });
  const [[agreements], [others]] = await Promise.all([figures(["agreements"]), figures(["organizations", "partnerships", "enterprises"])]);
  return [
    {
      ...others!,
      regionAgreements: agreements!.regionAgreements,
      undatedAgreements: agreements!.undatedAgreements,
      liveAgreements: agreements!.liveAgreements,
      liveAgreementsBefore: agreements!.liveAgreementsBefore,
      newAgreements: agreements!.newAgreements,
      newAgreementsBefore: agreements!.newAgreementsBefore,
      endedAgreements: agreements!.endedAgreements,
      endedAgreementsBefore: agreements!.endedAgreementsBefore,
      liveAgreementIds: agreements!.liveAgreementIds,
      newAgreementIds: agreements!.newAgreementIds,
      endedAgreementIds: agreements!.endedAgreementIds,
    },
  ];
}

/** Segment coverage, weakest first; a chain without recorded segments (null) after every figure. */
export function weakestFirst(a: number | null, b: number | null): number {
  return (a ?? 2) - (b ?? 2);
}

/** The sources that state each fact (agreement, organisation, chain, segment) by id. */
async function sourceIdsOf(context: ApiContext, ids: string[]): Promise<Map<string, string[]>> {
  if (ids.length === 0) return new Map();
  const rows = await read<{ id: string; sourceIds: string[] }>(context, "source-ids-of-facts", { ids: [...new Set(ids)], perFact: briefingSizes.sourcesPerFigure });
  return new Map(rows.map((row) => [row.id, row.sourceIds]));
}
