// The review page's GraphQL operations beside the shapes of their answers.

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

export type ReviewDecision = 'APPROVE' | 'CORRECT' | 'REJECT';

export interface Correction {
  readonly type?: string;
  readonly title?: string;
  readonly signedOn?: string;
  readonly endsOn?: string;
  readonly status?: string;
}

export interface ReviewAgreement {
  readonly id: string;
  readonly type: string;
  readonly title: string | null;
  readonly signedOn: string | null;
  readonly endsOn: string | null;
  readonly status: string | null;
  readonly reviewStatus: string | null;
  readonly parties: readonly { readonly id: string; readonly name: string; readonly nameZh: string | null; readonly label: string }[];
}

export interface ReviewEvidence {
  readonly source: { readonly id: string; readonly url: string | null; readonly title: string | null; readonly publisher: string | null; readonly publishedOn: string | null };
  readonly quote: string | null;
  readonly confidence: number | null;
}

export interface ReviewItem {
  readonly agreement: ReviewAgreement;
  readonly evidence: readonly ReviewEvidence[];
  readonly confidence: number | null;
}

export interface ReviewQueueResult {
  readonly reviewQueue: readonly ReviewItem[];
}

export type ReviewVariables = { readonly id: string; readonly decision: ReviewDecision; readonly correction: Correction | null };

export interface ReviewAgreementResult {
  readonly reviewAgreement: { readonly id: string; readonly reviewStatus: string };
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
