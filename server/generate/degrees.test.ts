import { describe, expect, it } from "vitest";
import { enterpriseActivity, institutionActivity, summarizeDegrees } from "./degrees.ts";
import { createRandom } from "../random.ts";

describe("activity", () => {
  it("leaves some enterprises inactive and gives a few a great deal", () => {
    const random = createRandom(1, "degrees");
    const weights = Array.from({ length: 20_000 }, () => enterpriseActivity(random)).sort((a, b) => b - a);
    const inactive = weights.filter((w) => w === 0).length / weights.length;
    expect(inactive).toBeGreaterThan(0.1);
    expect(inactive).toBeLessThan(0.2);
    expect(weights[0]).toBeGreaterThan(100 * (weights[10_000] as number));
    const institutions = Array.from({ length: 3_000 }, () => institutionActivity(random, "vocational_college", false)).sort((a, b) => b - a);
    expect(institutions[0]).toBeGreaterThan(10 * (institutions[1_500] as number));
  });
});

describe("summarizeDegrees", () => {
  it("gives max, median, 90th percentile, zeros and the top 1% share", () => {
    const degrees = [...Array.from({ length: 99 }, (_, i) => (i < 40 ? 0 : 1)), 101];
    expect(summarizeDegrees(degrees)).toEqual({ count: 100, max: 101, median: 1, p90: 1, mean: 1.6, zeroShare: 0.4, top1PercentShare: 101 / 160 });
    expect(summarizeDegrees([]).count).toBe(0);
  });
});
