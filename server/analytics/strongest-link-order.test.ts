import { describe, expect, it } from "vitest";
import { createRandom } from "../random.ts";
import { buildCollaborationGraph, type CollaborationLinkInput } from "./collaboration-graph.ts";
import { strongestOrderOfLinks } from "./strongest-link-order.ts";
import { strongestOrder } from "./strongest-part.ts";

/** Links with what real ones may hold: repeats in either direction, self-links, many equal weights. */
function randomLinks(seed: number, nodes: number, count: number): CollaborationLinkInput[] {
  const random = createRandom(seed, "strongest-link-order");
  const id = () => `org-${random.int(0, nodes - 1)}`;
  const links: CollaborationLinkInput[] = [];
  for (let i = 0; i < count; i++) {
    const repeat = links.length > 0 && random.chance(0.1) ? random.pick(links) : undefined;
    if (repeat) links.push(random.chance(0.5) ? { ...repeat, weight: random.int(1, 3) } : { source: repeat.target, target: repeat.source, weight: random.int(1, 3) });
    else {
      const source = id();
      links.push({ source, target: random.chance(0.02) ? source : id(), weight: random.chance(0.1) ? random.int(1, 4) + 0.5 : random.int(1, 4) });
    }
  }
  return links;
}

describe("strongestOrderOfLinks", () => {
  it("places every node as strongestOrder does on the graph the links build", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const links = randomLinks(seed, 5 + seed * 3, seed * 12);
      const ids = [...new Set(links.flatMap((link) => [link.source, link.target]))];
      const expected = [...strongestOrder(buildCollaborationGraph(ids.map((id) => ({ id })), links))];
      expect([...strongestOrderOfLinks(links)], `seed ${seed}`).toEqual(expected);
    }
  });

  it("keeps a node that only links to itself, last, on its own", () => {
    const order = strongestOrderOfLinks([
      { source: "b", target: "a", weight: 2 },
      { source: "c", target: "c", weight: 5 },
      { source: "a", target: "b", weight: 1 },
    ]);
    expect([...order]).toEqual([
      ["a", { rank: 1, groupEnd: 2 }],
      ["b", { rank: 2, groupEnd: 2 }],
      ["c", { rank: 3, groupEnd: 3 }],
    ]);
  });

  it("is empty for no links", () => {
    expect(strongestOrderOfLinks([]).size).toBe(0);
  });
});
