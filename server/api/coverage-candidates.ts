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
 * Ranking works on ids; `withEvidence` then fills in the names and sources of the evidence shown,
 * read once for all segments.
 *
 * Cost: linear in the rows given (an institution's ties to the chain's enterprises, the chain's
 * serving alliances and agreements, the region's institutions) per uncovered segment.
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

/** An institution's live agreements with enterprises of the chain (tiers 1 and 2). */
export interface PartnerRow extends PlacedInstitution {
  ties: { agreement: string; enterprise: string; segmentIds: string[] }[];
}

/** The alliances and live agreements serving the chain that an institution is in (tier 3). */
export interface ServingRow extends PlacedInstitution {
  facts: { kind: "alliance" | "agreement"; id: string }[];
}

/** An institution of a fitting kind in the region judged (tier 4). */
export interface RegionalRow extends PlacedInstitution {
  enterpriseAgreements: number;
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

/** A piece of evidence by id: an agreement (with the enterprise and its segment), an alliance, or the institution itself. */
export interface EvidenceRef {
  kind: "agreement" | "alliance" | "institution";
  id: string;
  enterpriseId: string | null;
  segmentId: string | null;
}

/** A candidate as ranked, its evidence still ids. */
export interface RankedCandidate extends Omit<Candidate, "evidence"> {
  evidence: EvidenceRef[];
}

export function distanceOf(place: { prefectureCode: string | null; provinceCode: string | null }, anchors: GapAnchors): CandidateDistance {
  if (place.prefectureCode !== null && anchors.prefectureCodes.has(place.prefectureCode)) return "same_prefecture";
  if (place.provinceCode !== null && anchors.provinceCodes.has(place.provinceCode)) return "same_province";
  return "elsewhere";
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The candidates for one uncovered segment, best first, at most `limit`. */
export function rankCandidates(segmentId: string, rows: CandidateRows, anchors: GapAnchors, limit: number): RankedCandidate[] {
  const best = new Map<string, { reason: CandidateReason; place: PlacedInstitution; evidence: Map<string, EvidenceRef>; strength?: number }>();
  const offer = (reason: CandidateReason, place: PlacedInstitution, evidence: EvidenceRef, strength?: number) => {
    const id = place.institution.id;
    const current = best.get(id);
    if (current && candidateTiers[current.reason] < candidateTiers[reason]) return;
    const entry = current && current.reason === reason ? current : { reason, place, evidence: new Map<string, EvidenceRef>(), strength };
    if (!entry.evidence.has(evidence.id)) entry.evidence.set(evidence.id, evidence);
    best.set(id, entry);
  };

  for (const row of rows.partners) {
    for (const tie of row.ties) {
      const own = tie.segmentIds.includes(segmentId);
      offer(own ? "segment_partner" : "chain_partner", row, { kind: "agreement", id: tie.agreement, enterpriseId: tie.enterprise, segmentId: own ? segmentId : (tie.segmentIds[0] ?? null) });
    }
  }
  for (const row of rows.serving) {
    for (const fact of row.facts) offer("chain_alliance", row, { kind: fact.kind, id: fact.id, enterpriseId: null, segmentId: null });
  }
  for (const row of rows.regional) {
    offer("regional_fit", row, { kind: "institution", id: row.institution.id, enterpriseId: null, segmentId: null }, row.enterpriseAgreements);
  }

  const candidates: RankedCandidate[] = [...best.values()].map(({ reason, place, evidence, strength }) => {
    const facts = [...evidence.values()].sort(byId);
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
      byId(a.institution, b.institution),
  );
  return candidates.slice(0, limit);
}

/** The ids whose names and sources `withEvidence` needs, for one read. */
export function evidenceIds(candidates: readonly RankedCandidate[]): { agreementIds: string[]; allianceIds: string[]; organizationIds: string[] } {
  const agreements = new Set<string>();
  const alliances = new Set<string>();
  const organizations = new Set<string>();
  for (const candidate of candidates) {
    for (const e of candidate.evidence) {
      if (e.kind === "agreement") agreements.add(e.id);
      else if (e.kind === "alliance") alliances.add(e.id);
      else organizations.add(e.id);
      if (e.enterpriseId) organizations.add(e.enterpriseId);
    }
  }
  return { agreementIds: [...agreements].sort(), allianceIds: [...alliances].sort(), organizationIds: [...organizations].sort() };
}

/** What the evidence read returns per id. */
export interface EvidenceDetail {
  kind: "agreement" | "alliance" | "organization";
  id: string;
  name: string | null;
  org: OrgRef | null;
  sources: SourceRef[];
}

/** A ranked candidate with its evidence's names, enterprises, segments and sources filled in. */
export function withEvidence(candidate: RankedCandidate, details: readonly EvidenceDetail[], segments: ReadonlyMap<string, SegmentRef>): Candidate {
  const key = (kind: string, id: string) => `${kind}\u0000${id}`;
  const found = new Map(details.map((d) => [key(d.kind, d.id), d]));
  const evidence: CandidateEvidence[] = candidate.evidence.map((e) => {
    const detail = found.get(key(e.kind === "institution" ? "organization" : e.kind, e.id));
    return {
      kind: e.kind,
      id: e.id,
      name: detail?.name ?? null,
      enterprise: e.enterpriseId ? (found.get(key("organization", e.enterpriseId))?.org ?? null) : null,
      segment: e.segmentId ? (segments.get(e.segmentId) ?? null) : null,
      sources: detail?.sources ?? [],
    };
  });
  return { ...candidate, evidence };
}
