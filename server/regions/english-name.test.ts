import { describe, expect, it } from "vitest";
import { englishName, pinyinPlaceName } from "./english-name.ts";

describe("pinyinPlaceName", () => {
  it("runs syllables together with an apostrophe before a, o or e", () => {
    expect(pinyinPlaceName("西安")).toBe("Xi'an");
    expect(pinyinPlaceName("延安")).toBe("Yan'an");
    expect(pinyinPlaceName("营山")).toBe("Yingshan");
    expect(pinyinPlaceName("天峨")).toBe("Tian'e");
  });

  it("writes ü as u and reads 都 and 什 as in place names", () => {
    expect(pinyinPlaceName("吕梁")).toBe("Luliang");
    expect(pinyinPlaceName("丰都")).toBe("Fengdu");
    expect(pinyinPlaceName("什邡")).toBe("Shifang");
  });
});

describe("englishName", () => {
  it("uses the official or customary English name where it differs from pinyin", () => {
    expect(englishName("610000", "陕西省")).toBe("Shaanxi");
    expect(englishName("140000", "山西省")).toBe("Shanxi");
    expect(englishName("150000", "内蒙古自治区")).toBe("Inner Mongolia");
    expect(englishName("540000", "西藏自治区")).toBe("Tibet");
    expect(englishName("820000", "澳门特别行政区")).toBe("Macao");
    expect(englishName("230100", "哈尔滨市")).toBe("Harbin");
  });

  it("is the pinyin of the short name otherwise, or of the full name when the short one is a single character", () => {
    expect(englishName("610100", "西安市")).toBe("Xi'an");
    expect(englishName("511322", "营山县")).toBe("Yingshan");
    expect(englishName("450000", "广西壮族自治区")).toBe("Guangxi");
    expect(englishName("350405", "沙县区")).toBe("Shaxian");
    expect(englishName("130633", "易县")).toBe("Yixian");
    expect(englishName("330382", "乐清市")).toBe("Yueqing");
  });
});
