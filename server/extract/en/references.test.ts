import { describe, expect, it } from "vitest";
import { findReferences, firstPersonRole } from "./references.ts";

describe("findReferences", () => {
  it("finds references to a kind of organisation and to the parties", () => {
    const refs = findReferences("our company and the research institute, with the county government; the two sides and the three parties");
    expect(refs.map((r) => (r.kind === "role" ? `${r.role}${r.firstPerson ? "*" : ""}` : `parties:${r.count}`))).toEqual([
      "enterprise*",
      "institution",
      "government",
      "parties:2",
      "parties:3",
    ]);
  });
  it("does not read a name as a reference", () => {
    expect(findReferences("the University of Technology")).toEqual([]);
  });
  it("tells the writer's kind", () => {
    expect(firstPersonRole("as our school has done")).toBe("institution");
    expect(firstPersonRole("our company signed")).toBe("enterprise");
    expect(firstPersonRole("the company signed")).toBeUndefined();
  });
});
