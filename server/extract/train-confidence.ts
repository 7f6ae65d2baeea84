import { calibratedConfidence, confidenceFeatureNames, confidenceFeatures } from "./agreement-confidence.ts";
import type { CorpusEntry } from "./corpus.ts";
import { matchAgreements } from "./evaluate.ts";
import { fitLogisticRegression, type LogisticModel, type LogisticRegressionOptions } from "./logistic-regression.ts";
import type { ExtractedArticle } from "./types.ts";

/**
 * Fitting the agreement confidence model (agreement-confidence.ts) on the dev split of the
 * real-article corpus: one example per agreement the rules find, labelled right when the gold has
 * it. The test split is never read.
 */

export interface ConfidenceExample {
  features: number[];
  right: boolean;
  publisher: string;
}

/** The dev articles' agreements as the rules find them, each with its features and whether the gold has it. */
export function confidenceExamples(entries: readonly CorpusEntry[], extractByRules: (entry: CorpusEntry) => ExtractedArticle): ConfidenceExample[] {
  const examples: ConfidenceExample[] = [];
  for (const entry of entries.filter((e) => e.split === "dev")) {
    const found = extractByRules(entry);
    const { right } = matchAgreements(entry.agreements, found.agreements);
    found.agreements.forEach((agreement, k) => examples.push({ features: confidenceFeatures(agreement, found.organizations), right: right[k]!, publisher: entry.publisher }));
  }
  return examples;
}

export function fitConfidenceModel(examples: readonly ConfidenceExample[], options?: LogisticRegressionOptions): LogisticModel {
  return fitLogisticRegression(
    examples.map((e) => e.features),
    examples.map((e) => (e.right ? 1 : 0)),
    options,
  );
}

export interface ThresholdFigures {
  /** Agreements at or above the threshold (not sent to review). */
  accepted: number;
  /** Their precision; null when none is accepted. */
  precision: number | null;
  /** Share of the wrong agreements that fall below the threshold (sent to review). */
  wrongToReview: number | null;
}

function atThreshold(scored: readonly { score: number; right: boolean }[], threshold: number): ThresholdFigures {
  const accepted = scored.filter((s) => s.score >= threshold);
  const wrong = scored.filter((s) => !s.right);
  return {
    accepted: accepted.length,
    precision: accepted.length === 0 ? null : accepted.filter((s) => s.right).length / accepted.length,
    wrongToReview: wrong.length === 0 ? null : wrong.filter((s) => s.score < threshold).length / wrong.length,
  };
}

/**
 * What the model is worth on articles it was not fitted on: each publisher's agreements scored by
 * a model fitted on the other publishers' (the splits are by publisher too), against the rules'
 * own score, at the review threshold.
 */
export function crossValidate(examples: readonly ConfidenceExample[], threshold: number, options?: LogisticRegressionOptions): { rules: ThresholdFigures; model: ThresholdFigures } {
  const publishers = [...new Set(examples.map((e) => e.publisher))];
  const scored: { rules: number; model: number; right: boolean }[] = [];
  for (const publisher of publishers) {
    const model = fitConfidenceModel(
      examples.filter((e) => e.publisher !== publisher),
      options,
    );
    for (const e of examples.filter((x) => x.publisher === publisher)) scored.push({ rules: e.features[0]!, model: calibratedConfidence(e.features, model), right: e.right });
  }
  return {
    rules: atThreshold(
      scored.map((s) => ({ score: s.rules, right: s.right })),
      threshold,
    ),
    model: atThreshold(
      scored.map((s) => ({ score: s.model, right: s.right })),
      threshold,
    ),
  };
}

/** The source of agreement-confidence-model.ts for a fitted model. */
export function modelSource(model: LogisticModel, about: { examples: number; right: number; articles: number; publishers: number }): string {
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  const weights = confidenceFeatureNames.map((name, i) => `    ${round(model.weights[i] ?? 0)}, // ${name}`).join("\n");
  return `// Written by \`npm run -s atlas -- train-confidence --corpus DIR\`; do not edit.
import type { LogisticModel } from "./logistic-regression.ts";

/**
 * Fitted on the dev split of eval/corpus: ${about.examples} agreements the rules found in ${about.articles} articles
 * of ${about.publishers} publishers, ${about.right} of them right.
 */
export const agreementConfidenceModel: LogisticModel = {
  intercept: ${round(model.intercept)},
  weights: [
${weights}
  ],
};
`;
}
