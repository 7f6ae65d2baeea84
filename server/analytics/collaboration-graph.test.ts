import { describe, expect, it } from "vitest";
import { buildCollaborationGraph } from "./collaboration-graph.ts";

const nodes = [
  { id: "a", name: "Alpha", label: "Institution" },
  { id: "b", name: "Beta", label: "Enterprise" },
  { id: "c", name: "Gamma", label: "Government" },
];

describe("buildCollaborationGraph", () => {
  it("keys nodes by id and keeps the rest as attributes, linked or not", () => {
    const graph = buildCollaborationGraph(nodes, [{ source: "a", target: "b", weight: 1 }]);
    expect(graph.type).toBe("undirected");
    expect(graph.multi).toBe(false);
    expect(graph.nodes()).toEqual(["a", "b", "c"]);
    expect(graph.getNodeAttributes("b")).toEqual({ name: "Beta", label: "Enterprise" });
    expect(graph.degree("c")).toBe(0);
  });

  it("adds the weights of repeated links, in either direction, into one edge", () => {
    const graph = buildCollaborationGraph(nodes, [
      { source: "a", target: "b", weight: 2 },
      { source: "b", target: "a", weight: 3 },
      { source: "a", target: "b", weight: 1 },
      { source: "b", target: "c", weight: 4 },
    ]);
    expect(graph.size).toBe(2);
    // 2 + 3 + 1: the reversed link is the same pair in an undirected graph.
    expect(graph.getEdgeAttribute(graph.edge("a", "b"), "weight")).toBe(6);
    expect(graph.getEdgeAttribute(graph.edge("c", "b"), "weight")).toBe(4);
  });

  it("skips links to unknown nodes and links from a node to itself", () => {
    const graph = buildCollaborationGraph(nodes, [
      { source: "a", target: "zz", weight: 5 },
      { source: "yy", target: "c", weight: 5 },
      { source: "b", target: "b", weight: 5 },
      { source: "a", target: "c", weight: 1 },
    ]);
    expect(graph.order).toBe(3);
    expect(graph.edges().map((edge) => graph.extremities(edge))).toEqual([["a", "c"]]);
    expect(graph.hasNode("zz")).toBe(false);
  });

  it("builds an empty graph from nothing", () => {
    const graph = buildCollaborationGraph([], []);
    expect([graph.order, graph.size]).toEqual([0, 0]);
  });
});
