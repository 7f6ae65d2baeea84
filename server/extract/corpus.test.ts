import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CorpusError, readCorpusManifest, readCorpusText, sha256, type CorpusEntry } from "./corpus.ts";

const text = "4月17日上午，我校与兴城市投资集团签署战略合作协议。";

function entry(more: Partial<CorpusEntry> = {}): CorpusEntry {
  return {
    id: "zh-001",
    url: "https://www.example.edu.cn/info/1/1.htm",
    sha256: sha256(Buffer.from(text)),
    language: "zh",
    publisher: "某某大学",
    publisherKind: "school",
    split: "dev",
    institutions: ["某某大学"],
    enterprises: ["兴城市投资集团"],
    governments: [],
    agreements: [{ type: "strategic_cooperation", parties: ["某某大学", "兴城市投资集团"], date: "2024-04-17" }],
    ...more,
  };
}

function write(content: unknown): string {
  const dir = mkdtempSync(path.join(tmpdir(), "corpus-"));
  const file = path.join(dir, "articles.json");
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

describe("readCorpusManifest", () => {
  it("reads a well-formed manifest", () => {
    expect(readCorpusManifest(write([entry()]))).toEqual([entry()]);
  });

  it("names the article and the field of a bad entry", () => {
    expect(() => readCorpusManifest(write([entry(), entry({ id: "zh-002", publisherKind: "blog" as never })]))).toThrow(/article 2 \(zh-002\): publisherKind/);
    expect(() => readCorpusManifest(write([entry({ sha256: "abc" })]))).toThrow(/sha256: a SHA-256 is 64 hexadecimal digits/);
  });

  it("refuses a party that is not among the article's organisations, and an id used twice", () => {
    const stray = entry({ agreements: [{ type: "other", parties: ["某某大学", "别的公司"] }] });
    expect(() => readCorpusManifest(write([stray]))).toThrow(/the party "别的公司" of a other is not among its organisations/);
    expect(() => readCorpusManifest(write([entry(), entry()]))).toThrow(/the id zh-001 is used twice/);
  });

  it("refuses a file that is not JSON", () => {
    expect(() => readCorpusManifest(write("[{"))).toThrow(CorpusError);
  });
});

describe("readCorpusText", () => {
  it("returns the text whose hash the manifest gives, and refuses any other", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "texts-"));
    expect(() => readCorpusText(dir, entry())).toThrow(/zh-001\.txt: missing; the corpus lists zh-001/);
    writeFileSync(path.join(dir, "zh-001.txt"), text);
    expect(Buffer.from(readCorpusText(dir, entry())).toString()).toBe(text);
    writeFileSync(path.join(dir, "zh-001.txt"), `${text}\n`);
    expect(() => readCorpusText(dir, entry())).toThrow(/not the [0-9a-f]{64} the gold was written against/);
  });
});
