// Written by `npm run -s atlas -- train-confidence --corpus DIR`; do not edit.
import type { LogisticModel } from "./logistic-regression.ts";

/**
 * Fitted on the dev split of eval/corpus: 131 agreements the rules found in 107 articles
 * of 101 publishers, 85 of them right.
 */
export const agreementConfidenceModel: LogisticModel = {
  intercept: -5.688,
  weights: [
    3.7869, // rules
    3.4435, // twoParties
    1.5588, // other
    -1.0112, // unknownParty
  ],
};
