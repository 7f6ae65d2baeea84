import { describe, expect, it } from "vitest";
import type { CorpusEntry } from "./corpus.ts";
import { evaluateCorpus } from "./corpus-evaluation.ts";
import { formatCorpusEvaluation } from "./corpus-table.ts";
import type { ExtractedAgreement, ExtractedArticle } from "./types.ts";

const gold = (id: string, more: Partial<CorpusEntry>): CorpusEntry => ({
  id,
  url: `https://example.com/${id}`,
  sha256: "0".repeat(64),
  language: "zh",
  publisher: id,
  publisherKind: "school",
  split: "test",
  institutions: ["甲大学"],
  enterprises: ["乙有限公司", "丙有限公司"],
  governments: [],
  agreements: [{ type: "internship_base", parties: ["甲大学", "乙有限公司"] }],
  ...more,
});

const agreement = (parties: string[], confidence: number, type: ExtractedAgreement["type"] = "internship_base"): ExtractedAgreement => ({
  type,
  parties,
  figures: {},
  evidence: { quote: "", offset: 0 },
  confidence,
});

const extracted = (agreements: ExtractedAgreement[]): ExtractedArticle => ({
  article: { language: "zh" },
  organizations: ["甲大学", "乙有限公司"].map((name, i) => ({
    name,
    role: i === 0 ? "institution" : "enterprise",
    aliases: [],
    evidence: { quote: "", offset: 0 },
    confidence: 0.9,
  })),
  agreements,
  industryChains: [],
  places: [],
});

describe("evaluateCorpus", () => {
  it("scores by split and language and by publisher kind, with accepted precision and errors sent to review", async () => {
    const entries = [gold("a", {}), gold("b", { language: "en", publisherKind: "media", institutions: ["A University"], enterprises: ["B Co., Ltd."], agreements: [] })];
    const found: Record<string, ExtractedArticle> = {
      // Right at 0.9; wrong at 0.9 (accepted) and wrong at 0.5 (sent to review).
      a: extracted([agreement(["甲大学", "乙有限公司"], 0.9), agreement(["甲大学", "丙有限公司"], 0.9), agreement(["甲大学", "乙有限公司"], 0.5, "other")]),
      b: extracted([]),
    };
    const evaluation = await evaluateCorpus(entries, async (e) => found[e.id]!, 0.7);
    const zh = evaluation.byLanguage.find((g) => g.language === "zh")!;
    expect(zh).toMatchObject({ split: "test", articles: 1, goldAgreements: 1, accepted: { found: 2, precision: 0.5 }, wrongAgreements: { found: 2, sentToReview: 1, share: 0.5 } });
    expect(zh.agreements).toMatchObject({ truePositives: 1, falsePositives: 2, falseNegatives: 0 });
    expect(evaluation.byPublisherKind.map((g) => [g.split, g.publisherKind, g.articles])).toEqual([
      ["test", "school", 1],
      ["test", "media", 1],
    ]);
    // The English article names organisations nobody found.
    expect(evaluation.byLanguage.find((g) => g.language === "en")!.organizations.recall).toBe(0);
  });

  it("counts an article whose extraction fails as finding nothing, and keeps the error", async () => {
    const evaluation = await evaluateCorpus([gold("a", {})], async () => {
      throw new Error("unreadable");
    }, 0.7);
    expect(evaluation.articles[0]!.error).toBe("unreadable");
    expect(evaluation.byLanguage[0]!.agreements.recall).toBe(0);
  });

  it("prints both tables, and each article's errors on request", async () => {
    const evaluation = await evaluateCorpus([gold("a", {})], async () => extracted([agreement(["甲大学", "丙有限公司"], 0.9)]), 0.7);
    const table = formatCorpusEvaluation(evaluation, { details: true });
    expect(table).toContain("By language");
    expect(table).toContain("By publisher kind");
    expect(table).toMatch(/test\s+zh\s+1\s+/);
    expect(table).toContain("spurious agreement (accepted): internship_base [甲大学 + 丙有限公司]");
    expect(table).toContain("missed agreement: internship_base [甲大学 + 乙有限公司]");
  });
});
