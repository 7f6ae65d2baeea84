import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { compareRow, plain } from "./compare-records.ts";

const stored = (props: Record<string, unknown>, links: Partial<Record<"sources" | "segments" | "chain" | "parties" | "serves" | "members", string[]>> = {}, labels = ["Organization", "Enterprise"]) => ({
  id: String(props.id),
  labels,
  props,
  sources: [],
  segments: [],
  chain: [],
  parties: [],
  serves: [],
  members: [],
  ...links,
});

describe("compareRow", () => {
  it("calls a record without a node new, with everything it would write", () => {
    expect(compareRow("Organization", { id: "x", label: "Enterprise", props: { name: "X" }, segments: ["s1"], evidence: [{ source: "src" }] }, undefined)).toEqual({
      change: "new",
      after: { name: "X", segments: ["s1"], source: ["src"], label: "Enterprise" },
    });
  });

  it("lists only the stored values that differ, before → after, and links the load would add", () => {
    const row = { id: "x", label: "Enterprise", props: { name: "X", regionCode: "510100", aliases: ["X Co"] }, segments: ["s1", "s2"], evidence: [] };
    expect(compareRow("Organization", row, stored({ id: "x", name: "X", regionCode: "610300" }, { segments: ["s1"] }))).toEqual({
      change: "changed",
      before: { regionCode: "610300", aliases: null, segments: ["s1"] },
      after: { regionCode: "510100", aliases: ["X Co"], segments: ["s1", "s2"] },
    });
  });

  it("compares dates and integers as values, and calls a record holding nothing new unchanged", () => {
    const row = { id: "a", props: { signedOn: new neo4j.types.Date(2025, 3, 20), students: neo4j.int(40) }, parties: ["p", "q"], serves: [], evidence: [] };
    expect(compareRow("Agreement", row, stored({ id: "a", signedOn: new neo4j.types.Date(2025, 3, 20), students: neo4j.int(40) }, { parties: ["q", "p"] }, ["Agreement"]))).toEqual({ change: "unchanged", after: {} });
  });

  it("leaves out what a reviewer decided on an agreement: the load does not apply it", () => {
    const row = { id: "a", props: { type: "joint_lab", title: "Lab" }, parties: [], serves: [], evidence: [] };
    expect(compareRow("Agreement", row, stored({ id: "a", type: "internship_base", title: "Lab", reviewedAt: "2026-01-01" }, {}, ["Agreement"]))).toEqual({ change: "unchanged", after: {} });
  });

  it("says when an organisation would take another label", () => {
    expect(compareRow("Organization", { id: "x", label: "Institution", props: { name: "X" } }, stored({ id: "x", name: "X" }))).toEqual({ change: "changed", before: { label: "Enterprise" }, after: { label: "Institution" } });
  });
});

describe("plain", () => {
  it("makes driver values JSON", () => {
    expect(plain([neo4j.int(3), new neo4j.types.Date(2025, 1, 2), "x"])).toEqual([3, "2025-01-02", "x"]);
  });
});
