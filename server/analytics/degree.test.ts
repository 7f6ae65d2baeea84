import { describe, expect, it } from "vitest";
import { buildCollaborationGraph } from "./collaboration-graph.ts";
import { degrees } from "./degree.ts";

describe("degrees", () => {
  it("counts partners and sums the weights to them", () => {
    const graph = buildCollaborationGraph(
      [{ id: "a" }, { id: "b" }, { id: "c" }, { id: "lone" }],
      [
        { source: "a", target: "b", weight: 3 },
        { source: "b", target: "a", weight: 2 },
        { source: "a", target: "c", weight: 1 },
      ],
    );
    // a: partners b (3 + 2, one edge) and c (1); b and c one partner each; lone none.
    expect(Object.fromEntries(degrees(graph))).toEqual({
      a: { degree: 2, weightedDegree: 6 },
      b: { degree: 1, weightedDegree: 5 },
      c: { degree: 1, weightedDegree: 1 },
      lone: { degree: 0, weightedDegree: 0 },
    });
  });
});
