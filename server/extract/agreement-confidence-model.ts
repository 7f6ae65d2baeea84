// Written by `npm run -s atlas -- train-confidence --corpus DIR`; do not edit.
import type { LogisticModel } from "./logistic-regression.ts";

/**
 * Fitted on the dev split of eval/corpus: 110 agreements the rules found in 84 articles
 * of 78 publishers, 72 of them right.
 */
export const agreementConfidenceModel: LogisticModel = {
  intercept: -6.9912,
  weights: [
    4.6229, // rules
    4.2276, // twoParties
    1.8893, // other
    -1.3302, // unknownParty
  ],
};
