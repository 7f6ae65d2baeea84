import { describe, expect, it } from "vitest";
import { calibratedConfidence, confidenceFeatureNames, confidenceFeatures } from "./agreement-confidence.ts";
import { agreementConfidenceModel } from "./agreement-confidence-model.ts";

const organizations = [
  { name: "Kuantan Bayside Polytechnic", aliases: ["KBP"], confidence: 0.9 },
  { name: "Gebeng Steel Works Sdn Bhd", aliases: [], confidence: 0.85 },
  { name: "Teluk Marine", aliases: [], confidence: 0.6 },
];
const said = (quote: string) => ({ evidence: { quote, offset: 0 } });

describe("confidenceFeatures", () => {
  it("reads the rules' score, two parties, a plain agreement, and a party known only from a list", () => {
    const pair = said("KBP and Gebeng Steel Works Sdn. Bhd. signed an internship agreement.");
    expect(confidenceFeatures({ confidence: 0.8, type: "internship_base", parties: ["Kuantan Bayside Polytechnic", "Gebeng Steel Works Sdn Bhd"], ...pair }, organizations)).toEqual([0.8, 1, 0, 0, 0]);
    expect(confidenceFeatures({ confidence: 0.55, type: "other", parties: ["Kuantan Bayside Polytechnic", "Teluk Marine"], ...said("It signed with Teluk Marine.") }, organizations)).toEqual([0.55, 1, 1, 1, 0]);
    expect(confidenceFeatures({ confidence: 0.6, type: "alliance", parties: organizations.map((o) => o.name), ...said("An alliance was formed.") }, organizations)).toEqual([0.6, 0, 0, 1, 0]);
  });

  it("reads a sentence that names more organisations than the agreement's parties, by name or short form", () => {
    const three = said("KBP signed with Gebeng Steel Works Sdn Bhd, witnessed by Teluk Marine.");
    expect(confidenceFeatures({ confidence: 0.8, type: "internship_base", parties: ["Kuantan Bayside Polytechnic", "Gebeng Steel Works Sdn Bhd"], ...three }, organizations)[4]).toBe(1);
    expect(confidenceFeatures({ confidence: 0.8, type: "alliance", parties: organizations.map((o) => o.name), ...three }, organizations)[4]).toBe(0);
  });

  it("has one weight in the shipped model for each feature", () => {
    expect(agreementConfidenceModel.weights).toHaveLength(confidenceFeatureNames.length);
  });
});

describe("calibratedConfidence", () => {
  it("is a probability in two places that grows with the rules' score", () => {
    const model = { intercept: -3, weights: [4, 1, 0, -1, -1] };
    const low = calibratedConfidence([0.4, 1, 0, 0, 0], model);
    const high = calibratedConfidence([0.9, 1, 0, 0, 0], model);
    expect(low).toBe(Math.round((1 / (1 + Math.exp(-(-3 + 1.6 + 1)))) * 100) / 100);
    expect(high).toBeGreaterThan(low);
    expect(calibratedConfidence([0.9, 1, 0, 1, 0], model)).toBeLessThan(high);
    expect(calibratedConfidence([0.9, 1, 0, 0, 1], model)).toBeLessThan(high);
  });
});
