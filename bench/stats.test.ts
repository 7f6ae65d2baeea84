import { describe, expect, it } from "vitest";
import { percentile, round, summarize } from "./stats.ts";

describe("percentile (nearest rank)", () => {
  const values = Array.from({ length: 100 }, (_, i) => i + 1);

  it("returns measured values at the usual ranks", () => {
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.95)).toBe(95);
    expect(percentile(values, 0.99)).toBe(99);
    expect(percentile(values, 1)).toBe(100);
  });

  it("takes the smallest value for tiny q and NaN for no values", () => {
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([], 0.5)).toBeNaN();
  });
});

describe("summarize", () => {
  it("gives the spread of unsorted measurements and keeps them in order", () => {
    const summary = summarize([30, 10, 20, 40]);
    expect(summary).toMatchObject({ n: 4, median: 25, p50: 20, min: 10, max: 40, mean: 25, p95: 40 });
    expect(summary.runs).toEqual([30, 10, 20, 40]);
  });

  it("takes the middle value as median of an odd count", () => {
    expect(summarize([5, 1, 3]).median).toBe(3);
  });
});

describe("round", () => {
  it("keeps the given digits", () => {
    expect(round(1.23456, 2)).toBe(1.23);
    expect(round(1234.56)).toBe(1234.6);
  });
});
