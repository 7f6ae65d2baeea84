// Written by `npm run -s atlas -- train-confidence --corpus DIR`; do not edit.
import type { LogisticModel } from "./logistic-regression.ts";

/**
 * Fitted on the dev split of eval/corpus: 110 agreements the rules found in 84 articles
 * of 78 publishers, 71 of them right.
 */
export const agreementConfidenceModel: LogisticModel = {
  intercept: -6.9765,
  weights: [
    4.4918, // rules
    4.2086, // twoParties
    1.9514, // other
    -1.2658, // unknownParty
  ],
};
