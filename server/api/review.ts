import { changeGraph } from "../db/index.ts";
import { agreementTypes } from "../model/index.ts";
import { badInput } from "./api-error.ts";
import { read, type ApiContext } from "./api-context.ts";
import { agreementSummaries } from "./agreement-summaries.ts";
import type { ReviewDecision, AgreementCorrection, ReviewItem } from "../../contract/api-types.ts";

/** The answer's shape, as api.graphql writes it (contract/api-types.ts is generated from it). */
export type { ReviewDecision, AgreementCorrection, ReviewItem } from "../../contract/api-types.ts";

export const reviewQueueLimits = { default: 50, max: 200 } as const;

/** Extracted agreements awaiting review, least confident first, with the quotes that state them. */
export async function reviewQueue(context: ApiContext, limit: number): Promise<ReviewItem[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > reviewQueueLimits.max) {
    throw badInput(`reviewQueue's limit must be between 1 and ${reviewQueueLimits.max}, not ${limit}.`);
  }
  const rows = await read<{ id: string; confidence: number | null }>(context, "review-queue", { limit });
  const summaries = new Map((await agreementSummaries(context, rows.map((r) => r.id))).map((a) => [a.id, a]));
  return rows.flatMap((row) => {
    const agreement = summaries.get(row.id);
    return agreement ? [{ agreement, evidence: agreement.sources, confidence: row.confidence }] : [];
  });
}

const statusOf: Record<ReviewDecision, string> = { APPROVE: "approved", CORRECT: "corrected", REJECT: "rejected" };
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function checkCorrection(decision: ReviewDecision, correction: AgreementCorrection | null | undefined): AgreementCorrection | null {
  const given = Object.entries(correction ?? {}).filter(([, value]) => value !== null && value !== undefined);
  if (decision !== "CORRECT") {
    if (given.length > 0) throw badInput(`A correction goes with the decision CORRECT, not ${decision}.`);
    return null;
  }
  if (given.length === 0) throw badInput("CORRECT needs a correction with at least one field.");
  const c = correction!;
  if (c.type && !(agreementTypes as readonly string[]).includes(c.type)) throw badInput(`Unknown agreement type "${c.type}": use one of ${agreementTypes.join(", ")}.`);
  for (const field of ["signedOn", "endsOn"] as const) {
    if (c[field] && !isoDate.test(c[field]!)) throw badInput(`${field} must be a date written YYYY-MM-DD, not "${c[field]}".`);
  }
  return { type: c.type ?? null, title: c.title ?? null, signedOn: c.signedOn ?? null, endsOn: c.endsOn ?? null, status: c.status ?? null };
}

/**
 * A reviewer's decision on an agreement, in one write transaction: the corrected fields and review
 * status, the COLLABORATES_WITH links of its parties (a rejected agreement no longer counts), and
 * the graph's change counter, so cached analytics are recomputed.
 */
export async function reviewAgreement(
  context: ApiContext,
  id: string,
  decision: ReviewDecision,
  correction: AgreementCorrection | null | undefined,
  reviewer: string | null,
) {
  const checked = checkCorrection(decision, correction);
  const { result: agreement } = await changeGraph(
    context.database,
    async (tx) => {
      const { rows } = await tx.run<{ agreement: Record<string, unknown> }>("review-agreement", { id, correction: checked, reviewStatus: statusOf[decision], reviewer });
      const agreement = rows[0]?.agreement ?? null;
      return { result: agreement, changed: agreement !== null, touchedAgreements: agreement ? [id] : [] };
    },
    { timeoutMs: context.limits.queryTimeoutMs, onChanged: context.onGraphChanged },
  );
  if (!agreement) throw badInput(`No agreement has the id "${id}".`);
  return agreement;
}
