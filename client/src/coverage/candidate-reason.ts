import type { Candidate } from './coverage-queries';
import { t } from './coverage-messages';

// A candidate's reason and distance in a planner's words. The API names them with codes
// (api.graphql, Candidate); the words say what the code means for this gap, and a code this
// client does not know yet is shown as it is rather than hidden.

/** The reasons api.graphql documents, strongest (tier 1) first. */
export const CANDIDATE_REASONS = ['segment_partner', 'chain_partner', 'chain_alliance', 'regional_fit'] as const;
export type CandidateReason = (typeof CANDIDATE_REASONS)[number];

export const CANDIDATE_DISTANCES = ['same_prefecture', 'same_province', 'elsewhere'] as const;
export type CandidateDistance = (typeof CANDIDATE_DISTANCES)[number];

type ReasonFacts = Pick<Candidate, 'reason' | 'strength'> & {
  readonly institution: { readonly kind?: string | null };
  readonly evidence: readonly { readonly kind: string }[];
};

/** Why the institution is a candidate, e.g. "Has 2 agreements with enterprises of this segment". */
export function reasonText(candidate: ReasonFacts): string {
  const count = candidate.strength;
  switch (candidate.reason) {
    case 'segment_partner':
      return count === 1 ? t('reasonSegmentPartnerOne') : t('reasonSegmentPartnerMany', { count });
    case 'chain_partner':
      return count === 1 ? t('reasonChainPartnerOne') : t('reasonChainPartnerMany', { count });
    case 'chain_alliance':
      return chainServingText(candidate.evidence);
    case 'regional_fit':
      return regionalText(candidate.institution.kind);
    default:
      return candidate.reason;
  }
}

/**
 * Tier 3 holds alliances and agreements serving the chain alike; naming the one its evidence
 * shows is more useful to a planner than naming both every time.
 */
function chainServingText(evidence: readonly { readonly kind: string }[]): string {
  const alliances = evidence.some((item) => item.kind === 'alliance');
  const agreements = evidence.some((item) => item.kind === 'agreement');
  if (alliances && !agreements) return t('reasonChainAlliance');
  if (agreements && !alliances) return t('reasonChainAgreement');
  return t('reasonChainAllianceOrAgreement');
}

// Kinds as the register and the sample write them (vocational_college, technician_college,
// technical_school…, university, open_university).
const VOCATIONAL = /vocational|technician|technical|polytechnic/i;

function regionalText(kind: string | null | undefined): string {
  if (kind && VOCATIONAL.test(kind)) return t('reasonRegionalVocational');
  if (kind && /university/i.test(kind)) return t('reasonRegionalUniversity');
  return t('reasonRegionalOther');
}

/** Where the candidate lies relative to the gap: "Same prefecture", "Same province", "Elsewhere". */
export function distanceText(distance: string): string {
  switch (distance) {
    case 'same_prefecture':
      return t('distanceSamePrefecture');
    case 'same_province':
      return t('distanceSameProvince');
    case 'elsewhere':
      return t('distanceElsewhere');
    default:
      return distance;
  }
}
