// Written by `npm run -s atlas -- train-confidence --corpus DIR`; do not edit.
import type { LogisticModel } from "./logistic-regression.ts";

/**
 * Fitted on the dev split of eval/corpus: 124 agreements the rules found in 111 articles
 * of 105 publishers, 75 of them right.
 */
export const agreementConfidenceModel: LogisticModel = {
  intercept: -5.8061,
  weights: [
    3.3271, // rules
    3.868, // twoParties
    1.3982, // other
    -1.2512, // unknownParty
  ],
};
