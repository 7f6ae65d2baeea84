import { describe, expect, it } from "vitest";
import { partnerGroups } from "./briefing.ts";

describe("partnerGroups", () => {
  it("counts the distinct communities of each organisation's partners, either end of a link", () => {
    const nodes = [
      { id: "a", community: 0 },
      { id: "b", community: 0 },
      { id: "c", community: 1 },
      { id: "d", community: 2 },
      { id: "e", community: 2 },
    ];
    const links = [
      { source: "a", target: "b" },
      { source: "c", target: "a" },
      { source: "a", target: "d" },
      { source: "a", target: "e" },
      { source: "d", target: "e" },
      // A partner outside the network (no community) is not a group.
      { source: "a", target: "outside" },
    ];
    expect(partnerGroups(["a", "d", "c"], nodes, links)).toEqual(
      new Map([
        ["a", 3],
        ["d", 2],
        ["c", 1],
      ]),
    );
  });
});
