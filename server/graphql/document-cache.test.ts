import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { documentBytes, documentCache } from "./document-cache.ts";

describe("documentCache", () => {
  it("counts a document with the text it keeps, comments included", () => {
    const text = `{ __typename } # ${"a".repeat(10_000)}`;
    expect(documentBytes(parse(text), "key")).toBeGreaterThan(2 * text.length);
  });

  it("keeps documents by key, and lets the least recently used go beyond its bytes", async () => {
    const cache = documentCache(64 * 1024);
    const documents = Array.from({ length: 10 }, (_, i) => parse(`{ __typename } # ${i} ${"a".repeat(5_000)}`));
    for (const [i, document] of documents.entries()) {
      await cache.set(`k${i}`, document);
      expect(cache.bytes).toBeLessThanOrEqual(64 * 1024);
    }
    expect(await cache.get("k9")).toBe(documents[9]);
    expect(await cache.get("k0")).toBeUndefined();
    await cache.delete("k9");
    expect(await cache.get("k9")).toBeUndefined();
  });
});
