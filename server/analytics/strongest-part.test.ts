import { describe, expect, it } from "vitest";
import { buildCollaborationGraph } from "./collaboration-graph.ts";
import { strongestPart } from "./strongest-part.ts";

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
    // c–d needs two more places and only one is left: hub–c, further down, fits.
    expect(strongestPart(graph, { limit: 4 }).keep).toEqual(new Set(["hub", "b", "a", "c"]));
    expect(strongestPart(graph, { limit: 5 }).keep).toEqual(new Set(["hub", "b", "a", "c", "d"]));
  });

  it("never keeps a node without a kept link while a link fits", () => {
    for (let limit = 2; limit <= 5; limit++) {
      const { keep } = strongestPart(graph, { limit });
      for (const node of keep) expect(graph.neighbors(node).some((other) => keep.has(other))).toBe(true);
    }
  });

  it("fills what no link fits with the nodes of highest weighted degree", () => {
    expect(strongestPart(graph, { limit: 1 })).toEqual({ keep: new Set(["hub"]), truncated: true });
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
