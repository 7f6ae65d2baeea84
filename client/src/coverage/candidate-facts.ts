import { displayName } from '../i18n/display-name';
import { evidenceItem, evidenceLine, type EvidenceItem } from './candidate-evidence';
import { distanceText, reasonText } from './candidate-reason';
import type { Candidate } from './coverage-queries';
import { profileHref } from './profile-href';

/** A region code as a name in the reader's language (the code itself when the name is unknown). */
export type RegionName = (code: string | null | undefined) => string;

/**
 * One candidate as the detail's table, the gap list and their CSV files show it, so all of them
 * say the same thing in the reader's language.
 */
export interface CandidateFacts {
  readonly institution: { readonly id: string; readonly name: string; readonly href: string };
  readonly region: string;
  /** The reason's code (segment_partner…) and its words. */
  readonly reasonCode: string;
  readonly reason: string;
  readonly tier: number;
  readonly distanceCode: string;
  readonly distance: string;
  readonly strength: number;
  readonly agreements: number;
  readonly inRegion: boolean;
  readonly evidence: readonly EvidenceItem[];
}

export function candidateFacts(candidate: Candidate, regionName: RegionName, search: string = window.location.search): CandidateFacts {
  return {
    institution: { id: candidate.institution.id, name: displayName(candidate.institution), href: profileHref(candidate.institution.id, search) },
    region: regionName(candidate.institution.regionCode),
    reasonCode: candidate.reason,
    reason: reasonText(candidate),
    tier: candidate.tier,
    distanceCode: candidate.distance,
    distance: distanceText(candidate.distance),
    strength: candidate.strength,
    agreements: candidate.agreements,
    inRegion: candidate.inRegion,
    evidence: candidate.evidence.map((evidence) => evidenceItem(evidence, search)),
  };
}

/** The evidence columns of a CSV row: the facts in words, their ids, and every source's address. */
export function evidenceColumns(facts: CandidateFacts | null): [string, string, string] {
  if (facts === null) return ['', '', ''];
  return [
    facts.evidence.map(evidenceLine).join('; '),
    facts.evidence.map((item) => item.id).join(' | '),
    [...new Set(facts.evidence.flatMap((item) => item.sources.map((source) => source.href)))].join(' | '),
  ];
}
