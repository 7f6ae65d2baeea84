// Written by `npm run -s atlas -- train-confidence --corpus DIR`; do not edit.
import type { LogisticModel } from "./logistic-regression.ts";

/**
 * Fitted on the dev split of eval/corpus: 112 agreements the rules found in 84 articles
 * of 78 publishers, 70 of them right.
 */
export const agreementConfidenceModel: LogisticModel = {
  intercept: -7.4351,
  weights: [
    4.538, // rules
    4.4615, // twoParties
    2.3045, // other
    -1.1608, // unknownParty
  ],
};
