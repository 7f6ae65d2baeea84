import { describe, expect, it } from "vitest";
import { searchTextOf, storedSearchKey } from "./search-text.ts";

describe("stored search keys", () => {
  it("keeps letters and digits of any script, in lower case, and folds no width (the Cypher cannot)", () => {
    expect(storedSearchKey("Xi'an Jiaotong-Liverpool University")).toBe("xianjiaotongliverpooluniversity");
    expect(storedSearchKey("中国石化（集团）·燕山")).toBe("中国石化集团燕山");
    expect(storedSearchKey("Ａｍｂｉ")).toBe("ａｍｂｉ");
  });

  it("joins a node's keys between bars, skipping absent names", () => {
    expect(searchTextOf(["Lanxi Pump Co., Ltd.", undefined, "91310000MA1FL4XQ0X", "LXP"])).toBe("|lanxipumpcoltd|91310000ma1fl4xq0x|lxp|");
    expect(searchTextOf([])).toBe("||");
  });
});
