import { describe, expect, it } from "vitest";
import { maxSearchKeyLength, searchKey, searchKeys, type SearchKeys } from "./search-text.ts";

describe("searchKey", () => {
  it("drops case, spacing, apostrophes and punctuation of either width", () => {
    for (const spelling of ["Xi'an", "Xian", "Xi an", "XI’AN", "xi-an", "Ｘｉ＇ａｎ"]) expect(searchKey(spelling)).toBe("xian");
    expect(searchKey("西安 理工")).toBe("西安理工");
    expect(searchKey("陕西省工业和信息化厅（省国防科工办）")).toBe("陕西省工业和信息化厅省国防科工办");
    expect(searchKey("AMBITION (Sichuan) Oil & Gas Equipment Technology Co. Ltd.")).toBe("ambitionsichuanoilgasequipmenttechnologycoltd");
  });

  it("keeps letters and digits of every script, folding full-width ones", () => {
    expect(searchKey("９１６１０１３１ＭＡ６ＴＧ")).toBe("91610131ma6tg");
    expect(searchKey("Université 大学")).toBe("université大学");
  });
});

describe("searchKeys", () => {
  it("sends the whole text as one key and the words that narrow, the longest to look up", () => {
    expect(searchKeys("University of Technology")).toEqual({ text: "universityoftechnology", terms: ["university", "technology"], seek: "university" });
    expect(searchKeys("Shaanxi Department of Industry")).toEqual({ text: "shaanxidepartmentofindustry", terms: ["shaanxi", "department", "industry"], seek: "department" });
  });

  it("keeps Xi'an one word, and looks up short words only as the whole text", () => {
    expect(searchKeys("Xi'an")).toEqual({ text: "xian", terms: ["xian"], seek: "xian" });
    // "xi" and "an" are in too many names to look up apart: the whole text is looked up instead.
    expect(searchKeys("Xi an")).toEqual({ text: "xian", terms: ["xian"], seek: "xian" });
    expect(searchKeys("Xi'an University")).toEqual({ text: "xianuniversity", terms: ["xian", "university"], seek: "university" });
  });

  it("splits Han text from Latin, and takes two Han characters as a word", () => {
    expect(searchKeys("西安 理工")).toEqual({ text: "西安理工", terms: ["西安", "理工"], seek: "西安" });
    expect(searchKeys("华为ICT")).toEqual({ text: "华为ict", terms: ["华为", "ict"], seek: "ict" });
    expect(searchKeys("西")).toEqual({ text: "西", terms: ["西"], seek: "西" });
  });

  it("finds a code as typed, with or without spaces", () => {
    expect(searchKeys("4161 010 700")).toEqual({ text: "4161010700", terms: ["4161", "010", "700"], seek: "4161" });
    expect(searchKeys("4161010700")).toEqual({ text: "4161010700", terms: ["4161010700"], seek: "4161010700" });
  });

  it("has nothing to look for in punctuation or one letter alone, and refuses more than a name could hold", () => {
    expect(searchKeys(" *?!: “”（）")).toBeNull();
    expect(searchKeys("a")).toBeNull();
    expect(searchKeys(" 7 ")).toBeNull();
    expect(searchKeys("ab")).toEqual({ text: "ab", terms: ["ab"], seek: "ab" });
    expect(searchKeys("a".repeat(maxSearchKeyLength))).not.toBe("too long");
    expect(searchKeys("a".repeat(maxSearchKeyLength + 1))).toBe("too long");
    expect(searchKeys(Array.from({ length: 17 }, (_, i) => `w${i}`).join(" "))).toBe("too long");
  });

  it("cannot be steered by query syntax: every key is letters and digits only", () => {
    const keys = searchKeys('name:x* OR "a" AND -b \\ | ') as SearchKeys;
    expect([keys.text, ...keys.terms].every((key) => /^[\p{L}\p{N}]+$/u.test(key))).toBe(true);
  });
});
