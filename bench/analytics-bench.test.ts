import { beforeEach, describe, expect, it, vi } from "vitest";
import { benchAnalytics, type AnalyticsBenchResult } from "./analytics-bench.ts";

// Counts the exact betweenness runs, so that "not run" is checked, not just how it is reported.
const exactRuns = vi.hoisted(() => ({ count: 0 }));
vi.mock("../server/analytics/betweenness.ts", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../server/analytics/betweenness.ts")>();
  const betweenness: typeof actual.betweenness = (graph, options) => {
    if (options?.exactUpTo === Number.POSITIVE_INFINITY) exactRuns.count++;
    return actual.betweenness(graph, options);
  };
  return { ...actual, betweenness };
});

// Each test runs a small benchmark: seconds, more on a busy machine.
const benchTimeout = 60_000;

const onlySize = (result: AnalyticsBenchResult) => {
  expect(result.sizes).toHaveLength(1);
  return result.sizes[0]!;
};

describe("benchAnalytics", () => {
  beforeEach(() => {
    exactRuns.count = 0;
  });

  it("measures every analytic on a small graph, exact betweenness for real", async () => {
    const lines: string[] = [];
    const result = await benchAnalytics({ sizes: [2_500], repeats: 1, seed: 3, onProgress: (line) => lines.push(line) });
    expect(result).toMatchObject({ seed: 3, repeats: 1, exactBudgetMs: 120_000 });
    const size = onlySize(result);

    expect(size.nodes).toBe(2_500);
    expect(size.links).toBeGreaterThan(25_000);
    expect(size.generateSeconds).toBeGreaterThan(0);
    expect(size.louvain.communities).toBeGreaterThan(1);
    expect(size.louvain.modularity).toBeGreaterThan(0);
    // Above 2,000 nodes the defaults sample; this graph is small enough for the full 128 sources.
    expect(size.betweennessSampled).toMatchObject({ method: "sampled", sampleSize: 128 });

    expect(exactRuns.count).toBe(1);
    if (size.betweennessExact.estimated) throw new Error("exact betweenness should have been measured");
    expect(size.betweennessExact.seconds.runs).toHaveLength(1);
    expect(size.betweennessExact.seconds.median).toBeGreaterThan(0);
    expect(size.betweennessExact.probe.sourcesTimed).toBe(32);
    expect(size.peakHeapUsedBytes).toBeGreaterThan(0);
    expect(lines.some((line) => line.includes("betweenness exact 1/1"))).toBe(true);
  }, benchTimeout);

  it("only estimates exact betweenness when the estimate is over budget, and says so", async () => {
    const lines: string[] = [];
    const size = onlySize(await benchAnalytics({ sizes: [2_500], repeats: 1, exactBudgetMs: 1, onProgress: (line) => lines.push(line) }));

    expect(exactRuns.count).toBe(0);
    expect(size.betweennessExact).not.toHaveProperty("seconds");
    if (!size.betweennessExact.estimated) throw new Error("exact betweenness should have been estimated");
    const { sourcesTimed, msPerSource, adjacencyMs, secondsEstimate, budgetMs } = size.betweennessExact;
    expect(budgetMs).toBe(1);
    expect(sourcesTimed).toBe(32);
    expect(msPerSource).toBeGreaterThan(0);
    expect(secondsEstimate * 1000).toBeGreaterThan(1);
    expect(secondsEstimate).toBeCloseTo((adjacencyMs + msPerSource * 2_500) / 1000, 2);
    expect(lines.some((line) => line.includes("NOT RUN"))).toBe(true);
  }, benchTimeout);

  it("keeps every run of every measure, and a result that survives JSON unchanged", async () => {
    const result = await benchAnalytics({ sizes: [500], repeats: 2 });
    const size = onlySize(result);
    if (size.betweennessExact.estimated) throw new Error("exact betweenness should have been measured");
    expect(exactRuns.count).toBe(2);
    for (const measure of [size.louvain.seconds, size.betweennessSampled.seconds, size.betweennessExact.seconds]) {
      expect(measure.runs).toHaveLength(2);
      expect(measure.min).toBeGreaterThan(0);
      expect(measure.min).toBeLessThanOrEqual(measure.median);
      expect(measure.median).toBeLessThanOrEqual(measure.max);
    }
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  }, benchTimeout);

  it("refuses options it cannot honour", async () => {
    await expect(benchAnalytics({ sizes: [] })).rejects.toThrow(RangeError);
    await expect(benchAnalytics({ sizes: [1_000.5] })).rejects.toThrow(RangeError);
    await expect(benchAnalytics({ sizes: [1_000], repeats: 0 })).rejects.toThrow(RangeError);
    await expect(benchAnalytics({ sizes: [1_000], exactBudgetMs: -1 })).rejects.toThrow(RangeError);
  });
});
