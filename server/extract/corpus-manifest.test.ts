import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../config.ts";
import { readCorpusManifest } from "./corpus.ts";

/** eval/corpus/articles.json as the repository keeps it: what the issue asks of the corpus, checked on every run. */
describe("the real-article corpus", () => {
  const entries = readCorpusManifest(path.join(projectRoot, "eval", "corpus", "articles.json"));

  it("has at least 150 articles, 60 of them Chinese, from at least 30 publishers of every kind", () => {
    expect(entries.length).toBeGreaterThanOrEqual(150);
    expect(entries.filter((e) => e.language === "zh").length).toBeGreaterThanOrEqual(60);
    expect(new Set(entries.map((e) => e.publisher)).size).toBeGreaterThanOrEqual(30);
    expect(new Set(entries.map((e) => e.publisherKind))).toEqual(new Set(["school", "enterprise", "government", "media"]));
  });

  it("splits by publisher: no test publisher appears in dev, and each split has both languages", () => {
    const dev = new Set(entries.filter((e) => e.split === "dev").map((e) => e.publisher));
    expect(entries.filter((e) => e.split === "test" && dev.has(e.publisher)).map((e) => e.id)).toEqual([]);
    for (const split of ["dev", "test"]) {
      for (const language of ["en", "zh"]) expect(entries.some((e) => e.split === split && e.language === language), `${split} ${language}`).toBe(true);
    }
  });

  it("keeps each article's address and text hash, never its text", () => {
    for (const entry of entries) {
      expect(Object.keys(entry).sort()).not.toContain("text");
      expect(entry.url).toMatch(/^https?:\/\//);
      expect(entry.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(new Set(entries.map((e) => e.sha256)).size).toBe(entries.length);
  });
});
