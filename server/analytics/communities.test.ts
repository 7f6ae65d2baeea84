import { describe, expect, it } from "vitest";
import { buildCollaborationGraph } from "./collaboration-graph.ts";
import { communities } from "./communities.ts";
import { alternatingRing, id, randomGraph, twoCliquesGraph } from "./graph-fixtures.ts";

/** The partition as sets of nodes, ordered by community number. */
const groups = (assignment: Map<string, number>) => {
  const members: string[][] = [];
  for (const [node, community] of assignment) (members[community - 1] ??= []).push(node);
  return members.map((nodes) => nodes.sort());
};

describe("communities", () => {
  it("splits two cliques joined by one bridge into the two cliques", () => {
    const result = communities(twoCliquesGraph());
    expect(result.count).toBe(2);
    // Same size, so community 1 is the one holding the smallest id.
    expect(groups(result.assignment)).toEqual([[0, 1, 2, 3, 4].map(id), [5, 6, 7, 8, 9].map(id)]);
    // 21 edges; each clique holds 10 and has degree sum 21: Q = 2 · (10/21 - (21/42)²) = 19/42.
    expect(result.modularity).toBeGreaterThan(0.4);
    expect(result.modularity).toBeCloseTo(19 / 42, 10);
  });

  it("follows the weights: the same ring pairs up along its heavy edges", () => {
    // Heavy edges 10, light 1, alternating round a ring of six: three heavy pairs give
    // Q = 3 · (10/33 - (22/66)²) ≈ 0.576, far above any other split, so Louvain must find them.
    expect(groups(communities(alternatingRing(0)).assignment)).toEqual([
      [id(0), id(1)],
      [id(2), id(3)],
      [id(4), id(5)],
    ]);
    expect(groups(communities(alternatingRing(1)).assignment)).toEqual([
      [id(0), id(5)],
      [id(1), id(2)],
      [id(3), id(4)],
    ]);
  });

  it("numbers communities by size, largest first, and gives each isolated node its own", () => {
    const graph = buildCollaborationGraph(
      ["z1", "z2", "z3", "a1", "a2", "lone-b", "lone-a"].map((node) => ({ id: node })),
      [
        { source: "z1", target: "z2", weight: 1 },
        { source: "z2", target: "z3", weight: 1 },
        { source: "z1", target: "z3", weight: 1 },
        { source: "a1", target: "a2", weight: 1 },
      ],
    );
    const result = communities(graph);
    // Sizes 3, 2, 1, 1: the triangle, the pair, then the loners by id ("lone-a" before "lone-b").
    expect(result.count).toBe(4);
    expect(groups(result.assignment)).toEqual([["z1", "z2", "z3"], ["a1", "a2"], ["lone-a"], ["lone-b"]]);
  });

  it("repeats itself for the same seed, and the seed reaches Louvain", () => {
    const graph = randomGraph(300, 3, 3);
    const first = communities(graph, { seed: 1 });
    expect(communities(graph, { seed: 1 })).toEqual(first);
    // Louvain's visiting order changes the partition of a graph without clear communities; were
    // the seed ignored, every seed would give seed 1's partition.
    const others = [2, 3, 4, 5, 6].map((seed) => communities(graph, { seed }).assignment);
    expect(others.some((assignment) => JSON.stringify([...assignment]) !== JSON.stringify([...first.assignment]))).toBe(
      true,
    );
    expect(first.modularity).toBeGreaterThan(0);
  });

  it("finds more communities at a higher resolution", () => {
    const graph = randomGraph(300, 3, 3);
    expect(communities(graph, { resolution: 3 }).count).toBeGreaterThan(communities(graph, { resolution: 0.3 }).count);
  });

  it("has no communities and no modularity for an empty graph", () => {
    expect(communities(buildCollaborationGraph([], []))).toEqual({ assignment: new Map(), count: 0, modularity: null });
  });

  it("has no modularity for a graph without edges, each node alone", () => {
    const result = communities(buildCollaborationGraph([{ id: "b" }, { id: "a" }], []));
    expect(result).toEqual({
      assignment: new Map([
        ["b", 2],
        ["a", 1],
      ]),
      count: 2,
      modularity: null,
    });
  });
});
