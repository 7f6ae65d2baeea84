import { describe, expect, it } from "vitest";
import { orgEntry } from "./org-entry-fixture.ts";
import { isPlaceName } from "./places.ts";
import { splitSentences } from "./sentences.ts";
import { capitalisedRuns, isAcronymOf, isShortFormOf, resolveShortForms } from "./short-forms.ts";

const entry = orgEntry;

describe("short forms", () => {
  it("takes words of the name in order, starting with a distinctive one", () => {
    expect(isShortFormOf("TIANHE", entry("TIANHE (Gansu) Oil & Gas Valve Co., Ltd."), isPlaceName)).toBe(true);
    expect(isShortFormOf("Hanjiang Smart Grid", entry("Hanjiang Smart Grid Equipment Co., Ltd."), isPlaceName)).toBe(true);
    expect(isShortFormOf("Longmen Steel", entry("Shaanxi Longmen Iron and Steel Group Co., Ltd."), isPlaceName)).toBe(true);
    expect(isShortFormOf("Gansu", entry("TIANHE (Gansu) Oil & Gas Valve Co., Ltd."), isPlaceName)).toBe(false);
    expect(isShortFormOf("Valve", entry("TIANHE (Gansu) Oil & Gas Valve Co., Ltd."), isPlaceName)).toBe(false);
    expect(isShortFormOf("SMC", entry("Lanxi University of Applied Sciences", "institution"), isPlaceName)).toBe(false);
  });

  it("takes the end of a name from its head on", () => {
    expect(isShortFormOf("University of Technology", entry("Lanxi University of Technology", "institution"), isPlaceName)).toBe(true);
    expect(isShortFormOf("Information Technology", entry("Gansu Provincial Department of Industry and Information Technology", "government"), isPlaceName)).toBe(false);
  });

  it("reads initials, pinyin syllables one by one", () => {
    expect(isAcronymOf("XAUT", "Xi'an University of Technology")).toBe(true);
    expect(isAcronymOf("CQUT", "Chongqing University of Technology")).toBe(true);
    expect(isAcronymOf("SAG", "Shaanxi Automobile Group Co., Ltd.")).toBe(true);
    expect(isAcronymOf("SAG", "Xi'an University of Technology")).toBe(false);
  });

  it("resolves short forms in an article, leaving one that fits two organisations alone", () => {
    const text = "Baiyun Chemical Group Co., Ltd. and Baiyun Fertiliser Co., Ltd. met Lanxi University of Technology.\nBaiyun Fertiliser hosted the University of Technology team. Baiyun thanked them.";
    const orgs = [entry("Baiyun Chemical Group Co., Ltd."), entry("Baiyun Fertiliser Co., Ltd."), entry("Lanxi University of Technology", "institution")];
    resolveShortForms(splitSentences(text), orgs, [], isPlaceName);
    expect(orgs.map((o) => o.aliases)).toEqual([[], ["Baiyun Fertiliser"], ["University of Technology"]]);
  });

  it("finds capitalised runs without openers, titles or people", () => {
    expect(capitalisedRuns("The General Manager of TIANHE met Wang Hui and Zhongzhou Heavy Machinery")).toEqual(["TIANHE", "Zhongzhou Heavy Machinery"]);
  });
});
