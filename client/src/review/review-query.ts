import type * as Api from '../../../contract/api-types.ts';

// The review page's GraphQL operations beside the shapes of their answers (the API's generated
// types, contract/api-types.ts, cut to the fields each operation asks for).

export const REVIEW_QUEUE_QUERY = /* GraphQL */ `query ReviewQueue($limit: Int) {
  reviewQueue(limit: $limit) {
    agreement {
      id type title signedOn endsOn status reviewStatus
      parties { id name nameZh label }
    }
    evidence {
      source { id url title publisher publishedOn }
      quote
      confidence
    }
    confidence
  }
}
`;

export const REVIEW_AGREEMENT_MUTATION = /* GraphQL */ `mutation ReviewAgreement($id: ID!, $decision: ReviewDecision!, $correction: AgreementCorrection) {
  reviewAgreement(id: $id, decision: $decision, correction: $correction) { id type title signedOn endsOn status reviewStatus }
}
`;

export type ReviewDecision = Api.ReviewDecision;

export type Correction = Api.AgreementCorrection;

export interface ReviewAgreement extends Pick<Api.AgreementSummary, 'id' | 'type' | 'title' | 'signedOn' | 'endsOn' | 'status' | 'reviewStatus'> {
  readonly parties: readonly Pick<Api.OrgRef, 'id' | 'name' | 'nameZh' | 'label'>[];
}

export interface ReviewEvidence extends Pick<Api.Evidence, 'quote' | 'confidence'> {
  readonly source: Pick<Api.SourceRef, 'id' | 'url' | 'title' | 'publisher' | 'publishedOn'>;
}

export interface ReviewItem extends Omit<Api.ReviewItem, 'agreement' | 'evidence'> {
  readonly agreement: ReviewAgreement;
  readonly evidence: readonly ReviewEvidence[];
}

export interface ReviewQueueResult {
  readonly reviewQueue: readonly ReviewItem[];
}

export type ReviewVariables = { readonly id: string; readonly decision: ReviewDecision; readonly correction: Correction | null };

export interface ReviewAgreementResult {
  readonly reviewAgreement: Pick<Api.ReviewedAgreement, 'id' | 'reviewStatus'>;
}

/**
 * The fields of a correction form that differ from the agreement as it stands, trimmed; empty
 * fields are left out (the API keeps absent fields as they are). Null when nothing changed.
 */
export function correctionOf(agreement: ReviewAgreement, form: Readonly<Record<keyof Correction, string>>): Correction | null {
  const changed: Record<string, string> = {};
  for (const key of ['type', 'title', 'signedOn', 'endsOn', 'status'] as const) {
    const value = form[key].trim();
    if (value !== '' && value !== (agreement[key] ?? '')) changed[key] = value;
  }
  return Object.keys(changed).length === 0 ? null : changed;
}
