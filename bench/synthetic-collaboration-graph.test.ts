import { describe, expect, it } from "vitest";
import { betweenness } from "../server/analytics/betweenness.ts";
import { communities } from "../server/analytics/communities.ts";
import {
  NATIONAL_AVERAGE_DEGREE,
  syntheticCollaborationGraph,
  type SyntheticCollaborationGraph,
} from "./synthetic-collaboration-graph.ts";

const nodes = 2_000;

const edgeList = (graph: SyntheticCollaborationGraph) =>
  graph.mapEdges((_edge, { weight }, source, target) => `${source}-${target}:${weight}`);

const degreesOf = (graph: SyntheticCollaborationGraph) => graph.mapNodes((node) => graph.degree(node));

const share = (count: number, total: number) => count / total;

describe("syntheticCollaborationGraph", () => {
  const graph = syntheticCollaborationGraph({ nodes, seed: 7 });

  it("gives the same graph for the same seed, down to edge order and weights", () => {
    const again = syntheticCollaborationGraph({ nodes, seed: 7 });
    expect(again.nodes()).toEqual(graph.nodes());
    expect(again.mapNodes((_node, { label }) => label)).toEqual(graph.mapNodes((_node, { label }) => label));
    expect(edgeList(again)).toEqual(edgeList(graph));
  });

  it("gives a different graph for another seed", () => {
    const other = edgeList(syntheticCollaborationGraph({ nodes, seed: 8 }));
    const mine = new Set(edgeList(graph));
    const shared = other.filter((edge) => mine.has(edge)).length;
    expect(shared / other.length).toBeLessThan(0.5);
  });

  it("has the requested organisations in the national label shares", () => {
    expect(graph.order).toBe(nodes);
    const labels = graph.mapNodes((_node, { label }) => label);
    const count = (label: string) => labels.filter((l) => l === label).length;
    expect(share(count("Institution"), nodes)).toBeCloseTo(0.03, 2);
    expect(share(count("Government"), nodes)).toBeCloseTo(0.01, 2);
    expect(share(count("Enterprise"), nodes)).toBeCloseTo(0.96, 2);
    expect(count("Institution") + count("Government") + count("Enterprise")).toBe(nodes);
  });

  it("has the national average degree and no isolated organisation", () => {
    const degrees = degreesOf(graph);
    const average = degrees.reduce((sum, d) => sum + d, 0) / nodes;
    expect(average).toBeGreaterThan(0.95 * NATIONAL_AVERAGE_DEGREE);
    expect(average).toBeLessThan(1.05 * NATIONAL_AVERAGE_DEGREE);
    expect(Math.min(...degrees)).toBeGreaterThanOrEqual(1);
  });

  it("has a heavy tail: a few hubs far above the median organisation", () => {
    const degrees = degreesOf(graph).sort((a, b) => b - a);
    const median = degrees[nodes / 2] as number;
    expect(degrees[0]).toBeGreaterThan(50 * median);
    // The top 1 % of organisations hold over a fifth of all link ends (about 2 % in a Poisson graph of this degree).
    const total = degrees.reduce((sum, d) => sum + d, 0);
    const top = degrees.slice(0, nodes / 100).reduce((sum, d) => sum + d, 0);
    expect(top / total).toBeGreaterThan(0.2);
  });

  it("links institutions to enterprises mostly", () => {
    const kinds = graph.mapEdges((_edge, _attributes, _source, _target, a, b) => [a.label, b.label].sort().join("–"));
    const instituteEnterprise = kinds.filter((kind) => kind === "Enterprise–Institution").length;
    expect(share(instituteEnterprise, graph.size)).toBeGreaterThan(0.8);
    expect(new Set(kinds).size).toBeGreaterThan(1);
  });

  it("weighs links by agreements: whole numbers, mostly 1, some more", () => {
    const weights = graph.mapEdges((_edge, { weight }) => weight);
    expect(weights.every((w) => Number.isInteger(w) && w >= 1)).toBe(true);
    expect(share(weights.filter((w) => w === 1).length, weights.length)).toBeGreaterThan(0.5);
    expect(weights.some((w) => w > 1)).toBe(true);
  });

  it("has the regional communities of the real network, for Louvain to find", () => {
    // One community per province would give about 0.7; a graph without regions gives about 0.1.
    expect(communities(graph).modularity).toBeGreaterThan(0.5);
  });

  it("is a graph the analytics accept: simple, undirected, no self-loops", () => {
    expect(graph.type).toBe("undirected");
    expect(graph.multi).toBe(false);
    expect(graph.selfLoopCount).toBe(0);
    expect(betweenness(graph, { exactUpTo: 0, sampleSize: 16 }).values.size).toBe(nodes);
  });

  it("refuses sizes it cannot build", () => {
    expect(() => syntheticCollaborationGraph({ nodes: 2 })).toThrow(RangeError);
    expect(() => syntheticCollaborationGraph({ nodes: 10.5 })).toThrow(RangeError);
    expect(() => syntheticCollaborationGraph({ nodes: 100, averageDegree: 0 })).toThrow(RangeError);
  });
});
