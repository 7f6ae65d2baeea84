import { describe, expect, it } from "vitest";
import { isPersonName, isPinyin } from "./person-names.ts";

describe("isPersonName", () => {
  it("reads a surname and a pinyin given name", () => {
    expect(isPersonName(["Wang", "Xiaoming"])).toBe(true);
    expect(isPersonName(["Luan", "Zhihua"])).toBe(true);
    expect(isPersonName(["Zhao", "Li"])).toBe(true);
  });
  it("does not read organisation or place words as people", () => {
    expect(isPersonName(["Hanjiang", "Smart"])).toBe(false);
    expect(isPersonName(["Inner", "Mongolia"])).toBe(false);
    expect(isPersonName(["Wang"])).toBe(false);
  });
  it("knows pinyin from English", () => {
    expect(isPinyin("Huawei")).toBe(true);
    expect(isPinyin("Telemetry")).toBe(false);
  });
});
