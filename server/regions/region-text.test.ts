import { describe, expect, it } from "vitest";
import type { RegionRecord } from "./region-table.ts";
import { chineseKey, latinKey, latinWords, splitSuffixWords } from "./region-text.ts";

const region = (nameZh: string, level: RegionRecord["level"] = "county"): RegionRecord => ({ code: "000000", name: "", nameZh, level });

describe("region text", () => {
  it("reads Latin names the same whatever the spacing, apostrophes, hyphens, accents and case", () => {
    for (const text of ["Xi'an", "Xian", "XI AN", "xī ān", "Xi-an", "Xi’an"]) expect(latinKey(latinWords(text))).toBe("xian");
    expect(latinKey(latinWords("Lvliang"))).toBe(latinKey(latinWords("Lüliang")));
  });

  it("ignores spaces and punctuation in Chinese", () => {
    expect(chineseKey("陕西省 西安市")).toBe("陕西省西安市");
    expect(chineseKey("陕西·西安")).toBe("陕西西安");
  });

  it("splits off a suffix word and says what it requires", () => {
    const city = splitSuffixWords(latinWords("Jilin City"));
    expect(city.nameWords).toEqual(["jilin"]);
    expect(city.test?.(region("吉林市", "prefecture"))).toBe(true);
    expect(city.test?.(region("吉林省", "province"))).toBe(false);
    expect(splitSuffixWords(latinWords("Guangxi Zhuang Autonomous Region")).nameWords).toEqual(["guangxi"]);
    expect(splitSuffixWords(latinWords("Enshi Tujia and Miao Autonomous Prefecture")).nameWords).toEqual(["enshi"]);
    expect(splitSuffixWords(latinWords("County")).nameWords).toEqual(["county"]);
  });
});
