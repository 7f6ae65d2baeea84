// Written by `npm run -s atlas -- train-confidence --corpus DIR`; do not edit.
import type { LogisticModel } from "./logistic-regression.ts";

/**
 * Fitted on the dev split of eval/corpus: 152 agreements the rules found in 107 articles
 * of 101 publishers, 116 of them right.
 */
export const agreementConfidenceModel: LogisticModel = {
  intercept: -2.4251,
  weights: [
    1.4177, // rules
    2.9453, // twoParties
    0.4714, // other
    -1.2857, // unknownParty
  ],
};
