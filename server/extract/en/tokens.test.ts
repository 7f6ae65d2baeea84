import { describe, expect, it } from "vitest";
import { tokenize } from "./tokens.ts";

describe("tokenize", () => {
  it("keeps legal suffixes whole", () => {
    const tokens = tokenize("Lanxi Pump Co., Ltd., Hexing CO.,LTD. and Mingda Ltd signed");
    expect(tokens.filter((t) => t.kind === "suffix").map((t) => t.text)).toEqual(["Co., Ltd.", "CO.,LTD.", "Ltd"]);
  });
  it("keeps apostrophes and hyphens inside words", () => {
    expect(tokenize("People's Government of Xi'an Chengdu-Chongqing R&D").map((t) => t.text)).toEqual(["People's", "Government", "of", "Xi'an", "Chengdu-Chongqing", "R&D"]);
  });
  it("does not read Co-build or Commission as a suffix", () => {
    expect(tokenize("Co-build the Commission").every((t) => t.kind !== "suffix")).toBe(true);
  });
});
