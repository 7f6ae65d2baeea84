import { badInput } from "./api-error.ts";
import { read, type ApiContext } from "./api-context.ts";
import type { ChainRef, OrgRef, SegmentRef } from "./api-types.ts";
import { regionByCode } from "./region-by-code.ts";
import {
  evidenceIds,
  fittingInstitutionKinds,
  rankCandidates,
  withEvidence,
  type CandidateRows,
  type EvidenceDetail,
  type GapAnchors,
  type PartnerRow,
  type RankedCandidate,
  type RegionalRow,
  type ServingRow,
} from "./coverage-candidates.ts";
import type { CoverageReason, SegmentCoverage, ChainCoverage } from "../../contract/api-types.ts";

/** The answer's shape, as api.graphql writes it (contract/api-types.ts is generated from it). */
export type { CoverageReason, Candidate, CandidateEvidence, SegmentCoverage, ChainCoverage } from "../../contract/api-types.ts";

/** Candidates listed per uncovered segment, at most. */
export const maxCandidatesPerSegment = 10;

interface ChainHead {
  chain: ChainRef;
  segments: SegmentRef[];
  placeCode: string | null;
  regionInPlace: boolean;
  placeInRegion: boolean;
}

interface EnterpriseRow {
  enterprise: OrgRef;
  segmentIds: string[];
  partnered: boolean;
  prefectureCode: string | null;
  provinceCode: string | null;
}

/**
 * Coverage of chain `chainId` in region `regionCode` (the whole country when absent), exactly as
 * "Coverage, precisely" in DESIGN.md defines it. A chain with a place is judged only there: with
 * no region asked, in its place; in a region that contains its place, in its place; in a region
 * inside its place, in that region; in any other region, not at all (refused, naming the place).
 */
export function chainCoverage(context: ApiContext, chainId: string, regionCode: string | null, candidatesPerSegment = maxCandidatesPerSegment): Promise<ChainCoverage> {
  // Kept until the graph changes, like every answer here: "today" is in the key because it decides which agreements are live.
  return context.analytics.get(`coverage:${chainId}:${regionCode}:${candidatesPerSegment}:${context.today()}`, () =>
    computeChainCoverage(context, chainId, regionCode, candidatesPerSegment),
  );
}

/** The region a chain is judged in when `regionCode` is asked for; throws when the chain does not belong there. */
function judgedRegionCode(head: ChainHead, regionCode: string | null): string | null {
  if (head.placeCode === null) return regionCode;
  if (regionCode === null || head.placeInRegion) return head.placeCode;
  if (head.regionInPlace) return regionCode;
  throw badInput(
    `The chain "${head.chain.name}" belongs to region ${head.placeCode}: it is judged only there and in the regions inside it, not in ${regionCode}.`,
  );
}

async function computeChainCoverage(context: ApiContext, chainId: string, requestedRegion: string | null, candidatesPerSegment: number): Promise<ChainCoverage> {
  const today = context.today();
  // The region asked and the chain's segments together: an unknown region code is refused by name
  // (before an unknown chain: the segments read does not fail, its emptiness is judged after).
  const [requested, [head]] = await Promise.all([
    requestedRegion === null ? null : regionByCode(context, requestedRegion),
    read<ChainHead>(context, "chain-coverage-segments", { chainId, regionCode: requestedRegion }),
  ]);
  if (!head) throw badInput(`No industry chain has the id "${chainId}".`);
  const regionCode = judgedRegionCode(head, requestedRegion);
  const params = { chainId, regionCode, today };

  // The region judged in (when it is not the one asked), the enterprises and what serves the chain: all at once.
  const [region, enterprises, serving] = await Promise.all([
    regionCode === null ? null : regionCode === requestedRegion ? requested : regionByCode(context, regionCode),
    read<EnterpriseRow>(context, "chain-coverage-enterprises", params),
    read<{ segmentId: string; kind: CoverageReason["kind"]; id: string; name: string | null }>(context, "chain-coverage-serving", params),
  ]);

  const segments: SegmentCoverage[] = head.segments.map((segment) => {
    const here = enterprises.filter((row) => row.segmentIds.includes(segment.id));
    const partnered = here.filter((row) => row.partnered);
    const coveredBy: CoverageReason[] = [
      ...partnered.map((row) => ({ kind: "partnered_enterprise" as const, id: row.enterprise.id, name: row.enterprise.name })),
      ...serving.filter((row) => row.segmentId === segment.id).map(({ kind, id, name }) => ({ kind, id, name })),
    ];
    return {
      segment,
      covered: coveredBy.length > 0,
      enterprises: here.length,
      coveredEnterprises: partnered.length,
      unpartneredEnterprises: here.filter((row) => !row.partnered).map((row) => row.enterprise),
      coveredBy,
      candidates: [],
    };
  });

  const uncovered = segments.filter((s) => !s.covered);
  if (uncovered.length > 0 && candidatesPerSegment > 0) {
    // The candidates' rows and the region's place, all at once.
    const [rows, regionAnchor] = await Promise.all([
      candidateRows(context, params),
      regionCode === null ? null : read<{ prefectureCode: string | null; provinceCode: string | null }>(context, "region-ancestry", { code: regionCode }).then((r) => r[0]),
    ]);
    const ranked = new Map<string, RankedCandidate[]>();
    for (const s of uncovered) {
      const own = enterprises.filter((row) => row.segmentIds.includes(s.segment.id));
      ranked.set(s.segment.id, rankCandidates(s.segment.id, rows, anchorsOf([...own, ...(regionAnchor ? [regionAnchor] : [])]), candidatesPerSegment));
    }
    // One read for the names and sources of every piece of evidence shown.
    const all = [...ranked.values()].flat();
    const details = all.length === 0 ? [] : await read<EvidenceDetail>(context, "coverage-candidate-evidence", evidenceIds(all));
    const segmentsById = new Map(head.segments.map((segment) => [segment.id, segment]));
    for (const s of uncovered) s.candidates = (ranked.get(s.segment.id) ?? []).map((candidate) => withEvidence(candidate, details, segmentsById));
  }

  const partneredCount = enterprises.filter((row) => row.partnered).length;
  const coveredCount = segments.length - uncovered.length;
  return {
    chain: head.chain,
    region,
    segmentCoverage: segments.length === 0 ? null : coveredCount / segments.length,
    enterpriseCoverage: enterprises.length === 0 ? 0 : partneredCount / enterprises.length,
    segmentsRecorded: segments.length > 0,
    segmentCount: segments.length,
    coveredSegmentCount: coveredCount,
    enterpriseCount: enterprises.length,
    partneredEnterpriseCount: partneredCount,
    segments,
    uncoveredEnterprises: enterprises.filter((row) => !row.partnered).map((row) => row.enterprise),
  };
}

/** The three reads behind every tier of candidates, once per chain and region, all at once. */
async function candidateRows(context: ApiContext, params: { chainId: string; regionCode: string | null; today: string }): Promise<CandidateRows> {
  const regionCode = params.regionCode;
  const [partners, serving, regional] = await Promise.all([
    read<PartnerRow>(context, "coverage-candidates-chain-partners", params),
    read<ServingRow>(context, "coverage-candidates-chain-alliances", params),
    // The region's schools are the same for every chain: read once per region (a gap list asks every chain).
    regionCode === null
      ? []
      : context.analytics.get(`regional-fit:${regionCode}:${params.today}`, async () =>
          (await read<Omit<RegionalRow, "inRegion">>(context, "coverage-candidates-regional-fit", { regionCode, today: params.today, kinds: fittingInstitutionKinds })).map(
            (row): RegionalRow => ({ ...row, inRegion: true }),
          ),
        ),
  ]);
  return { partners, serving, regional };
}

function anchorsOf(places: readonly { prefectureCode: string | null; provinceCode: string | null }[]): GapAnchors {
  return {
    prefectureCodes: new Set(places.flatMap((p) => (p.prefectureCode ? [p.prefectureCode] : []))),
    provinceCodes: new Set(places.flatMap((p) => (p.provinceCode ? [p.provinceCode] : []))),
  };
}
