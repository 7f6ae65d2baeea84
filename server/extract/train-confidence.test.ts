import { describe, expect, it } from "vitest";
import type { CorpusEntry } from "./corpus.ts";
import { confidenceExamples, crossValidate, modelSource } from "./train-confidence.ts";
import type { ExtractedArticle } from "./types.ts";

const entry = (id: string, split: "dev" | "test", publisher: string): CorpusEntry => ({
  id,
  url: `https://example.org/${id}`,
  sha256: "0".repeat(64),
  language: "en",
  publisher,
  publisherKind: "school",
  split,
  institutions: ["Kuantan Bayside Polytechnic"],
  enterprises: ["Gebeng Steel Works Sdn Bhd"],
  governments: [],
  agreements: [{ type: "internship_base", parties: ["Kuantan Bayside Polytechnic", "Gebeng Steel Works Sdn Bhd"] }],
});

const found = (types: ("internship_base" | "other")[]): ExtractedArticle => ({
  article: { language: "en" },
  organizations: [
    { name: "Kuantan Bayside Polytechnic", role: "institution", aliases: [], evidence: { quote: "", offset: 0 }, confidence: 0.9 },
    { name: "Gebeng Steel Works Sdn Bhd", role: "enterprise", aliases: [], evidence: { quote: "", offset: 0 }, confidence: 0.9 },
  ],
  agreements: types.map((type, k) => ({ type, parties: ["Kuantan Bayside Polytechnic", "Gebeng Steel Works Sdn Bhd"], figures: {}, evidence: { quote: "", offset: 0 }, confidence: 0.5 + k / 10 })),
  industryChains: [],
  places: [],
});

describe("confidenceExamples", () => {
  it("labels each agreement of the dev split by the gold, and never reads the test split", () => {
    const read: string[] = [];
    const examples = confidenceExamples([entry("a", "dev", "P"), entry("b", "test", "Q")], (e) => {
      read.push(e.id);
      return found(["internship_base", "other"]);
    });
    expect(read).toEqual(["a"]);
    expect(examples.map((e) => [e.right, e.features])).toEqual([
      [true, [0.5, 1, 0, 0]],
      [false, [0.6, 1, 1, 0]],
    ]);
  });
});

describe("crossValidate", () => {
  it("scores each publisher with a model fitted on the others, beside the rules' score", () => {
    const examples = ["P", "Q", "R", "S"].flatMap((publisher) => [
      { features: [0.9, 1, 0, 0], right: true, publisher },
      { features: [0.9, 0, 0, 1], right: false, publisher },
    ]);
    const { rules, model } = crossValidate(examples, 0.7);
    expect(rules).toEqual({ accepted: 8, precision: 0.5, wrongToReview: 0 });
    expect(model).toEqual({ accepted: 4, precision: 1, wrongToReview: 1 });
  });
});

describe("modelSource", () => {
  it("names each weight's feature and says what it was fitted on", () => {
    const source = modelSource({ intercept: -1.23456, weights: [4.5, 1, 2, -1] }, { examples: 10, right: 7, articles: 5, publishers: 4 });
    expect(source).toContain("intercept: -1.2346,");
    expect(source).toContain("4.5, // rules");
    expect(source).toContain("-1, // unknownParty");
    expect(source).toContain("10 agreements the rules found in 5 articles\n * of 4 publishers, 7 of them right.");
  });
});
