import { badInput } from "./api-error.ts";
import { read, type ApiContext } from "./api-context.ts";
import type { ChainRef, OrgRef, SegmentRef } from "./api-types.ts";
import { regionByCode } from "./region-by-code.ts";
import type { CoverageReason, Candidate, SegmentCoverage, ChainCoverage } from "../../contract/api-types.ts";

/** The answer's shape, as api.graphql writes it (contract/api-types.ts is generated from it). */
export type { CoverageReason, Candidate, SegmentCoverage, ChainCoverage } from "../../contract/api-types.ts";

/** Candidates listed per uncovered segment. */
const candidatesPerSegment = 10;

/**
 * Coverage of chain `chainId` in region `regionCode` (the whole country when absent), exactly as
 * "Coverage, precisely" in DESIGN.md defines it. Three reads (segments, enterprises, serving
 * agreements and alliances) and one more for the candidates of the uncovered segments.
 */
export function chainCoverage(context: ApiContext, chainId: string, regionCode: string | null): Promise<ChainCoverage> {
  // Kept until the graph changes, like every answer here: "today" is in the key because it decides which agreements are live.
  return context.analytics.get(`coverage:${chainId}:${regionCode}:${context.today()}`, () => computeChainCoverage(context, chainId, regionCode));
}

async function computeChainCoverage(context: ApiContext, chainId: string, regionCode: string | null): Promise<ChainCoverage> {
  const region = regionCode === null ? null : await regionByCode(context, regionCode);
  const params = { chainId, regionCode, today: context.today() };
  const [head] = await read<{ chain: ChainRef; segments: SegmentRef[] }>(context, "chain-coverage-segments", params);
  if (!head) throw badInput(`No industry chain has the id "${chainId}".`);

  const enterprises = await read<{ enterprise: OrgRef; segmentIds: string[]; partnered: boolean }>(context, "chain-coverage-enterprises", params);
  const serving = await read<{ segmentId: string; kind: CoverageReason["kind"]; id: string; name: string | null }>(context, "chain-coverage-serving", params);

  const segments: SegmentCoverage[] = head.segments.map((segment) => {
    const here = enterprises.filter((row) => row.segmentIds.includes(segment.id));
    const partnered = here.filter((row) => row.partnered);
    const coveredBy: CoverageReason[] = [
      ...partnered.map((row) => ({ kind: "partnered_enterprise" as const, id: row.enterprise.id, name: row.enterprise.name })),
      ...serving.filter((row) => row.segmentId === segment.id).map(({ kind, id, name }) => ({ kind, id, name })),
    ];
    return { segment, covered: coveredBy.length > 0, enterprises: here.length, coveredEnterprises: partnered.length, coveredBy, candidates: [] };
  });

  const uncovered = segments.filter((s) => !s.covered);
  if (uncovered.length > 0) {
    const rows = await read<{ segmentId: string; candidates: Candidate[] }>(context, "coverage-candidates", {
      segmentIds: uncovered.map((s) => s.segment.id),
      regionCode,
      today: params.today,
      limit: candidatesPerSegment,
    });
    const bySegment = new Map(rows.map((row) => [row.segmentId, row.candidates]));
    for (const s of uncovered) s.candidates = bySegment.get(s.segment.id) ?? [];
  }

  const partneredCount = enterprises.filter((row) => row.partnered).length;
  const coveredCount = segments.length - uncovered.length;
  return {
    chain: head.chain,
    region,
    segmentCoverage: segments.length === 0 ? 0 : coveredCount / segments.length,
    enterpriseCoverage: enterprises.length === 0 ? 0 : partneredCount / enterprises.length,
    segmentCount: segments.length,
    coveredSegmentCount: coveredCount,
    enterpriseCount: enterprises.length,
    partneredEnterpriseCount: partneredCount,
    segments,
    uncoveredEnterprises: enterprises.filter((row) => !row.partnered).map((row) => row.enterprise),
  };
}
