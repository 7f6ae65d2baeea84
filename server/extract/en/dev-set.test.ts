import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../clean-article.ts";
import { evaluate } from "../evaluate.ts";
import type { ArticleText, ExtractJson, GoldArticle } from "../types.ts";
import { extractEnglish } from "./extract-english.ts";

const root = join(import.meta.dirname, "../../..");
const gold = JSON.parse(readFileSync(join(root, "eval/gold/dev-en.json"), "utf8")) as GoldArticle[];
const read = (file: string) => readFileSync(join(root, file), "utf8");
const asFile = (file: string): ArticleText => ({ text: read(file), language: "en" });

function toJson(article: ArticleText): ExtractJson {
  const result = extractEnglish(article);
  const of = (role: string) => result.organizations.filter((o) => o.role === role).map((o) => ({ name: o.name, province: o.province ?? null }));
  return {
    institutions: of("institution"),
    enterprises: of("enterprise"),
    governments: of("government"),
    agreements: result.agreements.map((a) => ({ type: a.type, parties: a.parties, date: a.date ?? null })),
    industryChains: result.industryChains.map((c) => ({ name: c.name })),
    places: result.places.map((p) => p.name),
  };
}

/** The English development articles (eval/dev/en-*.txt) against their gold (eval/gold/dev-en.json). */
describe("English development set", () => {
  it("quotes every fact as it stands at its offset, and names every party among the organisations", () => {
    for (const { file } of gold) {
      const article = asFile(file);
      const found = extractEnglish(article);
      for (const { quote, offset } of [...found.organizations, ...found.agreements, ...found.industryChains].map((fact) => fact.evidence)) {
        expect(article.text.slice(offset, offset + quote.length), file).toBe(quote);
      }
      for (const agreement of found.agreements) for (const party of agreement.parties) expect(found.organizations.map((o) => o.name), file).toContain(party);
    }
  });

  // Floors below what the extractor reaches (0.99 and 1.0 when this was written), to catch regressions.
  it.each([
    ["as files", asFile],
    ["as the article reader cleans them", (file: string) => cleanArticle(read(file))],
  ])("reaches the quality floor read %s", async (_how, articleOf) => {
    const [dev] = await evaluate([{ set: "dev", articles: gold }], async (file) => toJson(articleOf(file)));
    expect(dev!.articles).toBeGreaterThanOrEqual(40);
    expect(dev!.organizations.f1).toBeGreaterThanOrEqual(0.95);
    expect(dev!.agreements.f1).toBeGreaterThanOrEqual(0.95);
  });
});
