import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate, formatEvaluation, languageOf, loadGoldSets, setOf } from "./evaluate.ts";
import type { ExtractJson, GoldArticle } from "./types.ts";

const gold: GoldArticle = {
  file: "eval/dev/en-01.txt",
  institutions: ["Lanxi College"],
  enterprises: ["Baiyun Valve Co., Ltd."],
  governments: ["People's Government of Qinghe County"],
  agreements: [
    { type: "practice_base", parties: ["Lanxi College", "Baiyun Valve Co., Ltd."], date: "2025-04-08" },
    { type: "strategic_cooperation", parties: ["Lanxi College", "People's Government of Qinghe County"] },
  ],
};

const found: ExtractJson = {
  // Spelling, legal suffix and "the" do not count; the role does.
  institutions: [{ name: "the Lanxi College", province: null }],
  enterprises: [{ name: "Baiyun Valve Co.,Ltd", province: null }, { name: "Qinghe Tea Co., Ltd.", province: null }],
  governments: [],
  agreements: [
    { type: "practice_base", parties: ["Baiyun Valve Co., Ltd.", "Lanxi College"], date: "2025-04-08" },
    { type: "strategic_cooperation", parties: ["Lanxi College", "Qinghe Tea Co., Ltd."], date: null },
  ],
  industryChains: [],
  places: [],
};

describe("evaluate", () => {
  it("scores organisations by role and name key, agreements by type, parties and date", async () => {
    const [result] = await evaluate([gold], async () => found);
    expect(result!.set).toBe("dev");
    expect(result!.organizations).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1 });
    expect(result!.organizations.f1).toBeCloseTo(2 / 3);
    expect(result!.agreements).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1, precision: 0.5, recall: 0.5 });
    expect(result!.results[0]!.agreements.missed).toEqual(["strategic_cooperation [Lanxi College + People's Government of Qinghe County]"]);
  });

  it("requires the date only when the gold gives one", async () => {
    const wrongDate = { ...found, agreements: [{ ...found.agreements[0]!, date: "2025-04-09" }] };
    const [result] = await evaluate([{ ...gold, agreements: [gold.agreements[0]!] }], async () => wrongDate);
    expect(result!.agreements.truePositives).toBe(0);
    const [undated] = await evaluate([{ ...gold, agreements: [{ ...gold.agreements[0]!, date: undefined } as never] }], async () => wrongDate);
    expect(undated!.agreements.truePositives).toBe(1);
  });

  it("counts an article whose extraction fails as finding nothing", async () => {
    const [result] = await evaluate([{ set: "holdout", articles: [gold] }], async () => {
      throw new Error("unreadable");
    });
    expect(result!.results[0]!.error).toBe("unreadable");
    expect(result!.organizations.recall).toBe(0);
  });

  it("formats a table, with details on request", async () => {
    const evaluations = await evaluate([gold], async () => found);
    const table = formatEvaluation(evaluations);
    expect(table.split("\n")[0]).toMatch(/^set\s+articles\s+org P\s+org R\s+org F1\s+agr P\s+agr R\s+agr F1$/);
    expect(table).toContain("dev");
    expect(formatEvaluation(evaluations, { details: true })).toContain("missed organisation: government People's Government of Qinghe County");
  });
});

describe("gold sets", () => {
  it("tells the language from the gold names", () => {
    expect(languageOf(gold)).toBe("en");
    expect(languageOf({ ...gold, enterprises: ["陕西汉江智能电网装备有限公司"] })).toBe("zh");
  });
  it("tells the set from the path", () => {
    expect(setOf("eval/dev/en-01.txt")).toBe("dev");
    expect(setOf("eval/holdout/zh-01.txt")).toBe("holdout");
    expect(setOf("../shared/seeds/000_x.txt")).toBe("seeds");
  });
  it("reads every gold file and groups the articles by set", () => {
    const dir = mkdtempSync(join(tmpdir(), "gold-"));
    writeFileSync(join(dir, "a.json"), JSON.stringify([gold, { ...gold, file: "eval/holdout/en-01.txt" }]));
    writeFileSync(join(dir, "b.json"), JSON.stringify([{ ...gold, file: "eval/dev/zh-01.txt" }]));
    expect(loadGoldSets(dir).map((s) => `${s.set}:${s.articles.length}`)).toEqual(["dev:2", "holdout:1"]);
    writeFileSync(join(dir, "c.json"), JSON.stringify([{ ...gold, file: "eval/dev/zh-02.txt", institutions: ["秦岭职业技术学院"] }]));
    expect(loadGoldSets(dir, { byLanguage: true }).map((s) => `${s.set}:${s.articles.length}`)).toEqual(["dev-en:2", "holdout-en:1", "dev-zh:1"]);
  });
});
