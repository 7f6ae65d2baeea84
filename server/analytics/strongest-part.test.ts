import { describe, expect, it } from "vitest";
import { buildCollaborationGraph } from "./collaboration-graph.ts";
import { strongestOrder, strongestPart } from "./strongest-part.ts";

// Weighted degrees: hub 10 (3 partners), c 5 (2), b 5 (1), a 4 (1), d 4 (1), lone 0 — b's link to
// itself is no collaboration and does not count. Links by rank: hub–b (weight 5), then hub–a and
// c–d (weight 4, weaker ends both 4; hub–a's stronger end is 10 against 5), then hub–c (1).
const graph = buildCollaborationGraph(
  ["lone", "d", "c", "b", "a", "hub"].map((node) => ({ id: node })),
  [
    { source: "hub", target: "a", weight: 4 },
    { source: "hub", target: "b", weight: 5 },
    { source: "hub", target: "c", weight: 1 },
    { source: "c", target: "d", weight: 4 },
    { source: "b", target: "b", weight: 50 },
  ],
);

describe("strongestPart", () => {
  it("keeps the endpoints of the strongest links, in rank order, while they fit", () => {
    expect(strongestPart(graph, { limit: 2 })).toEqual({ keep: new Set(["hub", "b"]), truncated: true });
    expect(strongestPart(graph, { limit: 3 })).toEqual({ keep: new Set(["hub", "b", "a"]), truncated: true });
    // c–d brings in two nodes and only one place is left: they stay out together.
    expect(strongestPart(graph, { limit: 4 }).keep).toEqual(new Set(["hub", "b", "a"]));
    expect(strongestPart(graph, { limit: 5 }).keep).toEqual(new Set(["hub", "b", "a", "c", "d"]));
  });

  it("orders every node by the link that brings it in, a pair sharing its group's end", () => {
    const order = strongestOrder(graph);
    expect([...order]).toEqual([
      ["b", { rank: 1, groupEnd: 2 }],
      ["hub", { rank: 2, groupEnd: 2 }],
      ["a", { rank: 3, groupEnd: 3 }],
      ["c", { rank: 4, groupEnd: 5 }],
      ["d", { rank: 5, groupEnd: 5 }],
      ["lone", { rank: 6, groupEnd: 6 }],
    ]);
  });

  it("is a prefix of that order for every limit", () => {
    const order = strongestOrder(graph);
    for (let limit = 0; limit < graph.order; limit++) {
      const prefix = [...order].filter(([, place]) => place.groupEnd <= limit).map(([node]) => node);
      expect(strongestPart(graph, { limit }).keep).toEqual(new Set(prefix));
    }
  });

  it("never keeps a node without a kept link while a link fits", () => {
    for (let limit = 2; limit <= 5; limit++) {
      const { keep } = strongestPart(graph, { limit });
      for (const node of keep) expect(graph.neighbors(node).some((other) => keep.has(other))).toBe(true);
    }
  });

  it("keeps a link's two new endpoints together or not at all", () => {
    expect(strongestPart(graph, { limit: 1 })).toEqual({ keep: new Set(), truncated: true });
  });

  it("says truncated only when the limit cut something", () => {
    expect(strongestPart(graph, { limit: 5 }).truncated).toBe(true);
    expect(strongestPart(graph, { limit: 6 })).toEqual({ keep: new Set(["lone", "d", "c", "b", "a", "hub"]), truncated: false });
    expect(strongestPart(graph, { limit: 100 }).truncated).toBe(false);
    expect(strongestPart(graph, { limit: 0 })).toEqual({ keep: new Set(), truncated: true });
    expect(strongestPart(buildCollaborationGraph([], []), { limit: 0 })).toEqual({ keep: new Set(), truncated: false });
  });

  it("refuses a limit that is not a whole number ≥ 0", () => {
    expect(() => strongestPart(graph, { limit: -1 })).toThrow(RangeError);
    expect(() => strongestPart(graph, { limit: 1.5 })).toThrow(RangeError);
  });
});
