import betweennessModule from "graphology-metrics/centrality/betweenness.js";
import { describe, expect, it } from "vitest";
import { betweenness } from "./betweenness.ts";
import { buildCollaborationGraph } from "./collaboration-graph.ts";
import { completeGraph, id, pathGraph, randomGraph, starGraph, twoCliquesGraph } from "./graph-fixtures.ts";

// CommonJS typed as `export default` (see communities.ts): Node's default import is the function.
const betweennessCentrality = betweennessModule as unknown as typeof betweennessModule.default;

const valuesOf = (values: Map<string, number>) => [...values].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
const top = (values: Map<string, number>, k: number) =>
  [...values]
    .sort(([idA, a], [idB, b]) => b - a || (idA < idB ? -1 : 1))
    .slice(0, k)
    .map(([node]) => node);

describe("betweenness, exact", () => {
  it("measures a path: the ends 0, the centre 4/6, the two others 3/6", () => {
    // P5 has C(4, 2) = 6 pairs of other nodes for each node. The centre (2) is between 0|3, 0|4,
    // 1|3 and 1|4; node 1 is between 0 and each of 2, 3, 4 (and node 3 likewise on the other side).
    const result = betweenness(pathGraph(5));
    expect(result).toMatchObject({ method: "exact", sampleSize: null });
    const values = valuesOf(result.values);
    [0, 3 / 6, 4 / 6, 3 / 6, 0].forEach((expected, i) => expect(values[i]).toBeCloseTo(expected, 12));
  });

  it("measures a star: the centre 1, the leaves 0", () => {
    // Every pair of leaves has one shortest path, through the centre.
    const values = valuesOf(betweenness(starGraph(6)).values);
    expect(values[0]).toBeCloseTo(1, 12);
    expect(values.slice(1)).toEqual([0, 0, 0, 0, 0]);
  });

  it("measures a complete graph: 0 everywhere, every pair being adjacent", () => {
    expect(valuesOf(betweenness(completeGraph(6)).values)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("puts the bridge of two cliques highest: each end joins 4 × 5 of the 36 pairs of other nodes", () => {
    const { values } = betweenness(twoCliquesGraph());
    expect(values.get(id(4))).toBeCloseTo(20 / 36, 12);
    expect(values.get(id(5))).toBeCloseTo(20 / 36, 12);
    expect(new Set(top(values, 2))).toEqual(new Set([id(4), id(5)]));
    for (const node of [0, 1, 2, 3, 6, 7, 8, 9]) expect(values.get(id(node))).toBe(0);
  });

  it("normalises over all pairs of other nodes, reachable or not", () => {
    // Two separate paths 0–1–2 and 3–4–5: each middle node is between 1 of the C(5, 2) = 10 pairs.
    const graph = buildCollaborationGraph(
      ["a0", "a1", "a2", "b0", "b1", "b2"].map((node) => ({ id: node })),
      [
        { source: "a0", target: "a1", weight: 1 },
        { source: "a1", target: "a2", weight: 1 },
        { source: "b0", target: "b1", weight: 1 },
        { source: "b1", target: "b2", weight: 1 },
      ],
    );
    const { values } = betweenness(graph);
    expect(values.get("a1")).toBeCloseTo(1 / 10, 12);
    expect(values.get("b1")).toBeCloseTo(1 / 10, 12);
    expect(values.get("a0")).toBe(0);
  });

  it("ignores weights: a heavy tie is not a long way round", () => {
    // Triangle a–b–c with a very heavy a–c. Were weights lengths, a–c would go through b.
    const graph = buildCollaborationGraph(
      [{ id: "a" }, { id: "b" }, { id: "c" }],
      [
        { source: "a", target: "b", weight: 1 },
        { source: "b", target: "c", weight: 1 },
        { source: "a", target: "c", weight: 100 },
      ],
    );
    expect(valuesOf(betweenness(graph).values)).toEqual([0, 0, 0]);
  });

  it("gives 0 below three nodes and nothing for no nodes", () => {
    expect(valuesOf(betweenness(pathGraph(2)).values)).toEqual([0, 0]);
    expect(betweenness(buildCollaborationGraph([], [])).values.size).toBe(0);
  });

  it("agrees with graphology-metrics' Brandes over hops on a random graph", () => {
    const graph = randomGraph(200, 3, 5);
    const ours = betweenness(graph).values;
    const reference = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    expect(ours.size).toBe(graph.order);
    expect(Math.max(...ours.values())).toBeGreaterThan(0.1);
    for (const [node, value] of ours) expect(value).toBeCloseTo(reference[node] as number, 12);
  });
});

describe("betweenness, sampled", () => {
  const graph = randomGraph(300, 3, 11);
  const exact = betweenness(graph);

  it("samples above exactUpTo and says so", () => {
    const result = betweenness(graph, { exactUpTo: 100, sampleSize: 40 });
    expect(result).toMatchObject({ method: "sampled", sampleSize: 40 });
    expect(result.values.size).toBe(graph.order);
  });

  it("takes fewer sources, never under 16, when the sample would pass the work budget", () => {
    const searchCost = graph.order + 2 * graph.size;
    expect(betweenness(graph, { exactUpTo: 100, sampleSize: 40, workBudget: 20 * searchCost })).toMatchObject({ method: "sampled", sampleSize: 20 });
    expect(betweenness(graph, { exactUpTo: 100, sampleSize: 40, workBudget: 1 })).toMatchObject({ method: "sampled", sampleSize: 16 });
    expect(betweenness(graph, { exactUpTo: 100, sampleSize: 40, workBudget: 1e12 })).toMatchObject({ sampleSize: 40 });
  });

  it("is the exact measure when the sample covers every node", () => {
    for (const sampleSize of [graph.order, graph.order + 10]) {
      const result = betweenness(graph, { exactUpTo: 0, sampleSize });
      expect(result).toMatchObject({ method: "exact", sampleSize: null });
      expect(result.values).toEqual(exact.values);
    }
  });

  it("scales the sampled dependencies by n/k", () => {
    // Star of 10 sampled from 5 sources: each leaf source makes the centre a dependency of 8 (the
    // other leaves), the centre itself 0. Scaled by 10/5 over the 36 pairs that is 4·8·2/36 = 16/18
    // with the centre in the sample, 5·8·2/36 > 1 (so 1) without it. Unscaled it would be 32/72 or 40/72.
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const { values, method } = betweenness(starGraph(10), { exactUpTo: 0, sampleSize: 5, seed });
      expect(method).toBe("sampled");
      expect([16 / 18, 1].some((v) => Math.abs((values.get(id(0)) as number) - v) < 1e-12)).toBe(true);
    }
  });

  it("repeats itself for the same seed, and draws another sample for another seed", () => {
    const options = { exactUpTo: 0, sampleSize: 32 };
    const first = betweenness(graph, { ...options, seed: 7 });
    expect(betweenness(graph, { ...options, seed: 7 }).values).toEqual(first.values);
    expect(betweenness(graph, { ...options, seed: 8 }).values).not.toEqual(first.values);
  });

  it("estimates the exact measure closely enough to find the same leaders", () => {
    const { values } = betweenness(graph, { exactUpTo: 0, sampleSize: 64, seed: 1 });
    // Over 40 seeds the relative error stayed under 0.31 and the top 10 kept at least 6 places in
    // the estimate's top 20; chance would give 10 · 20/300 ≈ 0.7, an estimate left unscaled by n/k
    // an error near 1 - 64/300 ≈ 0.8.
    let error = 0;
    let total = 0;
    for (const [node, value] of exact.values) {
      error += Math.abs(value - (values.get(node) as number));
      total += value;
    }
    expect(error / total).toBeLessThan(0.4);
    const estimatedTop20 = new Set(top(values, 20));
    expect(top(exact.values, 10).filter((node) => estimatedTop20.has(node)).length).toBeGreaterThanOrEqual(6);
    expect(top(values, 1)).toEqual(top(exact.values, 1));
  });

  it("keeps estimates within [0, 1]", () => {
    const { values } = betweenness(starGraph(10), { exactUpTo: 0, sampleSize: 5, seed: 1 });
    for (const value of values.values()) expect(value).toBeGreaterThanOrEqual(0);
    for (const value of values.values()) expect(value).toBeLessThanOrEqual(1);
  });

  it("refuses a sample that is not a positive whole number", () => {
    expect(() => betweenness(graph, { sampleSize: 0 })).toThrow(RangeError);
    expect(() => betweenness(graph, { sampleSize: 2.5 })).toThrow(RangeError);
  });
});
