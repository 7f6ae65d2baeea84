import { describe, expect, it } from "vitest";
import { newChangeset, touchedNodes } from "./changeset-recording.ts";

describe("newChangeset", () => {
  it("has an id that sorts by time and names who and which files", () => {
    const changeset = newChangeset({ by: "王工", files: ["名单.xlsx"] }, new Date("2026-12-06T14:12:33.456Z"));
    expect(changeset).toMatchObject({ by: "王工", files: ["名单.xlsx"], at: "2026-12-06T14:12:33.456Z" });
    expect(changeset.id).toMatch(/^cs-20261206-141233-[0-9a-f]{4}$/);
  });
});

describe("touchedNodes", () => {
  it("keys each row by its label and id, with the ids it points to", () => {
    expect(touchedNodes("Agreement", [{ id: "a", parties: ["p", "q"], serves: ["s"], evidence: [{ source: "src" }] }])).toEqual([{ label: "Agreement", id: "a", refs: ["p", "q", "s", "src"] }]);
    expect(touchedNodes("ChainSegment", [{ id: "g", chain: "c", evidence: [] }])).toEqual([{ label: "ChainSegment", id: "g", refs: ["c"] }]);
  });

  it("counts an OPERATES_IN row as touching its enterprise", () => {
    expect(touchedNodes("OPERATES_IN", [{ id: "e", segments: ["g1", "g2"] }])).toEqual([{ label: "Organization", id: "e", refs: ["g1", "g2"] }]);
  });
});
