import { describe, expect, it } from "vitest";
import { calibratedConfidence, confidenceFeatureNames, confidenceFeatures } from "./agreement-confidence.ts";
import { agreementConfidenceModel } from "./agreement-confidence-model.ts";

const organizations = [
  { name: "Kuantan Bayside Polytechnic", confidence: 0.9 },
  { name: "Gebeng Steel Works Sdn Bhd", confidence: 0.85 },
  { name: "Teluk Marine", confidence: 0.6 },
];

describe("confidenceFeatures", () => {
  it("reads the rules' score, two parties, a plain agreement, and a party known only from a list", () => {
    expect(confidenceFeatures({ confidence: 0.8, type: "internship_base", parties: ["Kuantan Bayside Polytechnic", "Gebeng Steel Works Sdn Bhd"] }, organizations)).toEqual([0.8, 1, 0, 0]);
    expect(confidenceFeatures({ confidence: 0.55, type: "other", parties: ["Kuantan Bayside Polytechnic", "Teluk Marine"] }, organizations)).toEqual([0.55, 1, 1, 1]);
    expect(confidenceFeatures({ confidence: 0.6, type: "alliance", parties: organizations.map((o) => o.name) }, organizations)).toEqual([0.6, 0, 0, 1]);
  });

  it("has one weight in the shipped model for each feature", () => {
    expect(agreementConfidenceModel.weights).toHaveLength(confidenceFeatureNames.length);
  });
});

describe("calibratedConfidence", () => {
  it("is a probability in two places that grows with the rules' score", () => {
    const model = { intercept: -3, weights: [4, 1, 0, -1] };
    const low = calibratedConfidence([0.4, 1, 0, 0], model);
    const high = calibratedConfidence([0.9, 1, 0, 0], model);
    expect(low).toBe(Math.round((1 / (1 + Math.exp(-(-3 + 1.6 + 1)))) * 100) / 100);
    expect(high).toBeGreaterThan(low);
    expect(calibratedConfidence([0.9, 1, 0, 1], model)).toBeLessThan(high);
  });
});
