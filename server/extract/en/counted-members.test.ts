import { describe, expect, it } from "vitest";
import { countOf } from "./counted-members.ts";

describe("countOf", () => {
  it("reads the count of a group in words or figures, with up to two words between", () => {
    expect(countOf("signed MoUs with nine companies from various sectors")?.count).toBe(9);
    expect(countOf("Five companies took part in the signing:")?.count).toBe(5);
    expect(countOf("with 12 local industry partners")?.count).toBe(12);
    expect(countOf("an alliance of three vocational colleges")?.count).toBe(3);
  });

  it("finds a group without a number it can trust, and ends where the group noun ends", () => {
    const text = "with more than 30 enterprises, including";
    expect(countOf(text)).toEqual({ end: text.indexOf(", including") });
    expect(countOf("with several institutions")).toEqual({ end: "with several institutions".length });
  });

  it("finds nothing where no group is counted", () => {
    expect(countOf("signed an agreement with Lanzhou Qilian Pharmaceutical Co., Ltd.")).toBeUndefined();
    expect(countOf("signed 3 agreements with the company")).toBeUndefined();
  });
});
