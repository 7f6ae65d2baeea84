import { describe, expect, it } from "vitest";
import { createRandom, hashSeed, WeightedSampler } from "./random.ts";

const draws = (seed: number, stream: string, n = 5) => {
  const random = createRandom(seed, stream);
  return Array.from({ length: n }, () => random.next());
};

describe("createRandom", () => {
  it("repeats itself for the same seed and stream, and not for others", () => {
    expect(draws(1, "agreements")).toEqual(draws(1, "agreements"));
    expect(draws(1, "agreements")).not.toEqual(draws(2, "agreements"));
    expect(draws(1, "agreements")).not.toEqual(draws(1, "alliances"));
    expect(hashSeed(1, "a")).not.toBe(hashSeed(2, "a"));
  });

  it("keeps every draw in range", () => {
    const random = createRandom(3, "test");
    for (let i = 0; i < 1_000; i++) {
      const int = random.int(2, 5);
      expect(int).toBeGreaterThanOrEqual(2);
      expect(int).toBeLessThanOrEqual(5);
      expect(random.pareto(1.5)).toBeGreaterThanOrEqual(1);
      expect(random.logNormal(0, 1)).toBeGreaterThan(0);
    }
    expect(random.weighted([0, 0, 1])).toBe(2);
    expect(new Set(random.sampleWeighted([1, 0, 5, 2, 0], 5))).toEqual(new Set([0, 2, 3]));
    expect(random.shuffle([1, 2, 3, 4]).sort()).toEqual([1, 2, 3, 4]);
  });
});

describe("WeightedSampler", () => {
  it("draws in proportion to the weights", () => {
    const sampler = new WeightedSampler([1, 0, 3]);
    const random = createRandom(4, "sampler");
    const counts = [0, 0, 0];
    for (let i = 0; i < 20_000; i++) counts[sampler.draw(random)]! += 1;
    expect(counts[1]).toBe(0);
    expect((counts[2] as number) / (counts[0] as number)).toBeGreaterThan(2.7);
    expect((counts[2] as number) / (counts[0] as number)).toBeLessThan(3.3);
    expect(new WeightedSampler([0, 0]).draw(random)).toBe(-1);
  });
});
