// Written by `npm run -s atlas -- train-confidence --corpus DIR`; do not edit.
import type { LogisticModel } from "./logistic-regression.ts";

/**
 * Fitted on the dev split of eval/corpus: 149 agreements the rules found in 107 articles
 * of 101 publishers, 114 of them right.
 */
export const agreementConfidenceModel: LogisticModel = {
  intercept: -2.032,
  weights: [
    1.1379, // rules
    2.965, // twoParties
    0.3158, // other
    -0.743, // unknownParty
    -1.9934, // crowded
  ],
};
