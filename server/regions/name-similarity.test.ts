import { describe, expect, it } from "vitest";
import { chineseGrams, chineseSimilarity, editDistance, latinSimilarity } from "./name-similarity.ts";

describe("name similarity", () => {
  it("measures edit distance", () => {
    expect(editDistance("shaanxi", "shanxi")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("a".repeat(100), "b".repeat(100))).toBe(100);
  });

  it("scores Latin keys from 0 to 1 and skips hopeless pairs", () => {
    expect(latinSimilarity("xian", "xian")).toBe(1);
    expect(latinSimilarity("shaanxi", "shanxi")).toBeCloseTo(6 / 7);
    expect(latinSimilarity("a", "abcdefghij", 0.5)).toBe(0);
  });

  it("scores Chinese names by shared characters and pairs", () => {
    expect(chineseSimilarity(chineseGrams("西安市"), chineseGrams("西安市"))).toBe(1);
    expect(chineseSimilarity(chineseGrams("西安"), chineseGrams("西安市"))).toBeGreaterThan(chineseSimilarity(chineseGrams("西安"), chineseGrams("西宁市")));
    expect(chineseSimilarity(chineseGrams("北京"), chineseGrams("上海"))).toBe(0);
  });
});
