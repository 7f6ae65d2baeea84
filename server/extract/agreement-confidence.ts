import { agreementConfidenceModel } from "./agreement-confidence-model.ts";
import { predictProbability, type LogisticModel } from "./logistic-regression.ts";
import type { ExtractedAgreement, ExtractedOrganization } from "./types.ts";

/**
 * What an agreement's confidence is: the probability that it is right (type, parties and date as
 * the gold has them), from a logistic regression over what the rules saw, fitted on the dev split
 * of the real-article corpus (`atlas train-confidence`). The rules' own score orders readings
 * well within one kind but not across kinds: on dev, readings with two parties were right far more
 * often than the rules said, and those with a party the lexicon did not know far less.
 */

/** The features the model reads, in its order. */
export const confidenceFeatureNames = ["rules", "twoParties", "other", "unknownParty"] as const;

/**
 * `rules`: the rules' score; `twoParties`: exactly two parties; `other`: a plain cooperation
 * agreement of no named kind; `unknownParty`: a party whose own reading is weak (its confidence
 * below 0.7): in English one known only from a list or a partnership phrase, in Chinese a name
 * with neither a legal form nor a place (洋河数控).
 */
export function confidenceFeatures(agreement: Pick<ExtractedAgreement, "confidence" | "parties" | "type">, organizations: readonly Pick<ExtractedOrganization, "name" | "confidence">[]): number[] {
  const confidenceOf = new Map(organizations.map((o) => [o.name, o.confidence]));
  const weakest = Math.min(...agreement.parties.map((p) => confidenceOf.get(p) ?? 0));
  return [agreement.confidence, agreement.parties.length === 2 ? 1 : 0, agreement.type === "other" ? 1 : 0, weakest < 0.7 ? 1 : 0];
}

/** The model's probability, rounded to two places as every confidence is. */
export function calibratedConfidence(features: readonly number[], model: LogisticModel = agreementConfidenceModel): number {
  return Math.round(predictProbability(model, features) * 100) / 100;
}
