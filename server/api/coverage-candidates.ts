import type { Candidate, CandidateEvidence, OrgRef, SegmentRef, SourceRef } from "../../contract/api-types.ts";

/**
 * The candidate model of DESIGN.md ("Coverage, precisely"): for an uncovered segment, the
 * institutions that could fill it, each listed once under its strongest reason.
 *
 * | tier | reason          | evidence                                                            |
 * | 1    | segment_partner | live agreements with enterprises operating in this segment          |
 * | 2    | chain_partner   | live agreements with enterprises of other segments of the chain     |
 * | 3    | chain_alliance  | alliances (members) or live agreements (parties) serving the chain  |
 * |      |                 | or one of its segments                                              |
 * | 4    | regional_fit    | a vocational college or university in the region judged (only when  |
 * |      |                 | there is one)                                                       |
 *
 * Ranked by tier, then distance (same prefecture as the segment's enterprises in the region, or
 * as the region itself; then same province; then elsewhere), then strength (how many facts of its
 * reason it has; for tier 4, its live agreements with enterprises), then id.
 *
 * Cost: linear in the rows given (every live agreement of the chain's enterprises with
 * institutions, the chain's serving alliances and agreements, the region's institutions).
 */
export type CandidateReason = "segment_partner" | "chain_partner" | "chain_alliance" | "regional_fit";
export type CandidateDistance = "same_prefecture" | "same_province" | "elsewhere";

export const candidateTiers: Readonly<Record<CandidateReason, number>> = { segment_partner: 1, chain_partner: 2, chain_alliance: 3, regional_fit: 4 };
const distanceRank: Readonly<Record<CandidateDistance, number>> = { same_prefecture: 0, same_province: 1, elsewhere: 2 };

/** Institution kinds that fit a manufacturing segment: vocational colleges and universities, not adult colleges or departments. */
export const fittingInstitutionKinds = ["vocational_college", "technician_college", "junior_college", "university"];

/** Evidence shown per candidate; strength counts it all. */
export const evidencePerCandidate = 5;

/** An institution and where it lies. */
export interface PlacedInstitution {
  institution: OrgRef;
  prefectureCode: string | null;
  provinceCode: string | null;
  inRegion: boolean;
}

/** A live agreement of an institution with an enterprise of the chain (tiers 1 and 2). */
export interface PartnerRow extends PlacedInstitution {
  agreement: { id: string; type: string | null; name: string | null };
  enterprise: OrgRef;
  /** The enterprise's segments of the chain. */
  segments: SegmentRef[];
  sources: SourceRef[];
}

/** An alliance or live agreement serving the chain that an institution is in (tier 3). */
export interface ServingRow extends PlacedInstitution {
  kind: "alliance" | "agreement";
  id: string;
  name: string | null;
  sources: SourceRef[];
}

/** An institution of a fitting kind in the region judged (tier 4). */
export interface RegionalRow extends PlacedInstitution {
  enterpriseAgreements: number;
  sources: SourceRef[];
}

export interface CandidateRows {
  partners: readonly PartnerRow[];
  serving: readonly ServingRow[];
  regional: readonly RegionalRow[];
}

/** Where distance is measured from: the prefectures and provinces of the segment's enterprises in the region, and of the region itself. */
export interface GapAnchors {
  prefectureCodes: ReadonlySet<string>;
  provinceCodes: ReadonlySet<string>;
}

export function distanceOf(place: { prefectureCode: string | null; provinceCode: string | null }, anchors: GapAnchors): CandidateDistance {
  if (place.prefectureCode !== null && anchors.prefectureCodes.has(place.prefectureCode)) return "same_prefecture";
  if (place.provinceCode !== null && anchors.provinceCodes.has(place.provinceCode)) return "same_province";
  return "elsewhere";
}

/** The candidates for one uncovered segment, best first, at most `limit`. */
export function rankCandidates(segmentId: string, rows: CandidateRows, anchors: GapAnchors, limit: number): Candidate[] {
  const best = new Map<string, { reason: CandidateReason; place: PlacedInstitution; evidence: Map<string, CandidateEvidence>; strength?: number }>();
  const offer = (reason: CandidateReason, place: PlacedInstitution, evidence: CandidateEvidence | null, strength?: number) => {
    const id = place.institution.id;
    const current = best.get(id);
    if (current && candidateTiers[current.reason] < candidateTiers[reason]) return;
    const entry = current && current.reason === reason ? current : { reason, place, evidence: new Map<string, CandidateEvidence>(), strength };
    if (evidence) entry.evidence.set(`${evidence.kind}:${evidence.id}`, evidence);
    best.set(id, entry);
  };

  for (const row of rows.partners) {
    const own = row.segments.find((s) => s.id === segmentId);
    const segment = own ?? row.segments[0] ?? null;
    offer(own ? "segment_partner" : "chain_partner", row, {
      kind: "agreement",
      id: row.agreement.id,
      name: row.agreement.name,
      enterprise: row.enterprise,
      segment,
      sources: row.sources,
    });
  }
  for (const row of rows.serving) {
    offer("chain_alliance", row, { kind: row.kind, id: row.id, name: row.name, enterprise: null, segment: null, sources: row.sources });
  }
  for (const row of rows.regional) {
    offer("regional_fit", row, { kind: "institution", id: row.institution.id, name: row.institution.name, enterprise: null, segment: null, sources: row.sources }, row.enterpriseAgreements);
  }

  const candidates: Candidate[] = [...best.values()].map(({ reason, place, evidence, strength }) => {
    const facts = [...evidence.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return {
      institution: place.institution,
      reason,
      tier: candidateTiers[reason],
      distance: distanceOf(place, anchors),
      strength: strength ?? facts.length,
      evidence: facts.slice(0, evidencePerCandidate),
      agreements: reason === "segment_partner" ? facts.length : 0,
      inRegion: place.inRegion,
    };
  });
  candidates.sort(
    (a, b) =>
      a.tier - b.tier ||
      distanceRank[a.distance as CandidateDistance] - distanceRank[b.distance as CandidateDistance] ||
      b.strength - a.strength ||
      (a.institution.id < b.institution.id ? -1 : a.institution.id > b.institution.id ? 1 : 0),
  );
  return candidates.slice(0, limit);
}
