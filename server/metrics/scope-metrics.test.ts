import { describe, expect, it } from "vitest";
import { buildCollaborationGraph, networkMetrics, strongestOrder, type CollaborationLinkInput } from "../analytics/index.ts";
import { createRandom } from "../random.ts";
import { scopeMetrics } from "./scope-metrics.ts";

/** A seeded random network's links, each pair once with the smaller id first, as COLLABORATES_WITH stores them. */
function linksOf(n: number, seed: number): CollaborationLinkInput[] {
  const random = createRandom(seed, "scope-metrics-test");
  const id = (i: number) => `o${String(i).padStart(4, "0")}`;
  const pairs = new Map<string, CollaborationLinkInput>();
  for (let i = 0; i < n * 3; i++) {
    const [a, b] = [id(random.int(0, n - 1)), id(random.int(0, Math.floor(n / 4)))].sort() as [string, string];
    if (a !== b) pairs.set(`${a} ${b}`, { source: a, target: b, weight: random.int(1, 4) });
  }
  return [...pairs.values()];
}

describe("scopeMetrics", () => {
  it("equals networkMetrics on the graph built in id order, sampled betweenness included, however the links arrive", () => {
    const links = linksOf(400, 7);
    const options = { betweenness: { exactUpTo: 100, sampleSize: 40 } };
    const ids = [...new Set(links.flatMap((l) => [l.source, l.target]))].sort();
    const sorted = [...links].sort((a, b) => (a.source + a.target < b.source + b.target ? -1 : 1));
    const graph = buildCollaborationGraph(ids.map((id) => ({ id })), [...links].sort((a, b) => (a.source === b.source ? (a.target < b.target ? -1 : 1) : a.source < b.source ? -1 : 1)));
    const expected = networkMetrics(graph, options);
    const order = strongestOrder(graph);
    for (const arrival of [links, [...links].reverse(), sorted]) {
      const { summary, nodes } = scopeMetrics(arrival, options);
      expect(summary).toMatchObject({ totalNodes: ids.length, totalLinks: links.length, betweennessMethod: "sampled", betweennessSampleSize: 40, communities: expected.communities, modularity: expected.modularity });
      for (const node of nodes) {
        const m = expected.nodes.get(node.orgId)!;
        expect(node).toMatchObject({ degree: m.degree, weightedDegree: m.weightedDegree, betweenness: m.betweenness, community: m.community, ...order.get(node.orgId) });
      }
    }
  });

  it("ranks betweenness from 1, ties sharing the higher rank", () => {
    // A path a – b – c – d: b and c carry the paths between the ends, a and d none.
    const { nodes } = scopeMetrics([
      { source: "a", target: "b", weight: 1 },
      { source: "b", target: "c", weight: 1 },
      { source: "c", target: "d", weight: 1 },
    ]);
    expect(Object.fromEntries(nodes.map((n) => [n.orgId, n.betweennessRank]))).toEqual({ a: 3, b: 1, c: 1, d: 3 });
  });

  it("is empty for a network without links", () => {
    expect(scopeMetrics([])).toEqual({ summary: expect.objectContaining({ totalNodes: 0, totalLinks: 0 }), nodes: [] });
  });
});
