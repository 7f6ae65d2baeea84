import { describe, expect, it } from "vitest";
import { createRegionResolver, type RegionResolution } from "./region-resolver.ts";
import { loadRegionTable } from "./region-table.ts";

describe("createRegionResolver", () => {
  const table = loadRegionTable();
  const resolver = createRegionResolver(table);
  const code = (text: string) => {
    const result = resolver.resolve(text);
    return "code" in result ? result.code : result.problem;
  };
  const candidates = (result: RegionResolution) => ("candidates" in result ? result.candidates.map((r) => r.code) : []);

  it("accepts codes of the table, and superseded codes as their successors", () => {
    expect(code("610000")).toBe("610000");
    expect(code(" 511322 ")).toBe("511322");
    expect(code("450127")).toBe("450181");
    expect(code("横县")).toBe("450181");
    expect(code("沙县")).toBe("350405");
    expect(code("619999")).toBe("unknown");
  });

  it("places a statistical zone (not a GB/T 2260 unit) in the region it lies in", () => {
    expect(code("411071")).toBe("411000");
    expect(code("许昌经济技术开发区")).toBe("411000");
    expect(code("苏州工业园区")).toBe("320500");
    expect(code("232761")).toBe("232700");
  });

  it("accepts full and short Chinese names", () => {
    expect(code("陕西省")).toBe("610000");
    expect(code("陕西")).toBe("610000");
    expect(code("西安市")).toBe("610100");
    expect(code("西安")).toBe("610100");
    expect(code("英山县")).toBe("421124");
    expect(code("营山县")).toBe("511322");
    expect(code("内蒙古")).toBe("150000");
    expect(code("广西")).toBe("450000");
  });

  it("accepts English names in any case, with or without a suffix word", () => {
    expect(code("Shaanxi")).toBe("610000");
    expect(code("Shaanxi Province")).toBe("610000");
    expect(code("shaanxi")).toBe("610000");
    expect(code("Xi'an")).toBe("610100");
    expect(code("Xi'an City")).toBe("610100");
    expect(code("Inner Mongolia")).toBe("150000");
    expect(code("Guangxi Zhuang Autonomous Region")).toBe("450000");
    expect(code("Tibet")).toBe("540000");
    expect(code("Xizang")).toBe("540000");
    expect(code("Macau")).toBe("820000");
    expect(code("Hong Kong SAR")).toBe("810000");
    expect(code("Harbin")).toBe("230100");
    expect(code("Chongqing")).toBe("500000");
  });

  it("ignores spaces, apostrophes and hyphens, so Xi'an is Xian", () => {
    expect(code("Xian")).toBe("610100");
    expect(code("XI AN")).toBe("610100");
    expect(code("Xi-an")).toBe("610100");
  });

  it("tells Shaanxi from Shanxi", () => {
    expect(code("Shaanxi")).toBe("610000");
    expect(code("Shanxi")).toBe("140000");
    expect(code("山西")).toBe("140000");
  });

  it("uses a suffix word to choose between regions of the same name", () => {
    expect(code("Jilin")).toBe("220000");
    expect(code("Jilin Province")).toBe("220000");
    expect(code("Jilin City")).toBe("220200");
  });

  it("lets an exact full Chinese name beat a short one, and the highest level win among short names", () => {
    expect(code("吉林市")).toBe("220200");
    expect(code("吉林")).toBe("220000");
    expect(code("朝阳")).toBe("211300");
    expect(code("海南")).toBe("460000");
  });

  it("calls several regions at the same level ambiguous and lists them", () => {
    const chaoyang = resolver.resolve("朝阳区");
    expect(chaoyang).toMatchObject({ problem: "ambiguous" });
    expect(candidates(chaoyang)).toEqual(["110105", "220104"]);
    const yingshan = resolver.resolve("Yingshan County");
    expect(yingshan).toMatchObject({ problem: "ambiguous" });
    expect(candidates(yingshan)).toEqual(["421124", "511322"]);
  });

  it("resolves qualified paths, in Chinese run together and in English with commas or spaces", () => {
    expect(code("陕西省西安市")).toBe("610100");
    expect(code("陕西西安")).toBe("610100");
    expect(code("四川省南充市营山县")).toBe("511322");
    expect(code("北京市朝阳区")).toBe("110105");
    expect(code("湖北英山")).toBe("421124");
    expect(code("Xi'an, Shaanxi")).toBe("610100");
    expect(code("Xi'an, Shaanxi, China")).toBe("610100");
    expect(code("Yingshan County, Sichuan")).toBe("511322");
    expect(code("Sichuan, Nanchong, Yingshan")).toBe("511322");
    expect(code("Chaoyang, Beijing")).toBe("110105");
    expect(code("Chaoyang Beijing")).toBe("110105");
    expect(code("Jilin, Jilin")).toBe("220200");
  });

  it("calls a path that names no region inside the others unknown", () => {
    expect(code("Xi'an, Sichuan")).toBe("unknown");
  });

  it("offers the nearest names for an unknown one", () => {
    const typo = resolver.resolve("Shaanxy");
    expect(typo).toMatchObject({ problem: "unknown" });
    expect(candidates(typo).slice(0, 2)).toEqual(["610000", "140000"]);
    expect(candidates(resolver.resolve("西按"))[0]).toBe("610100");
    const atlantis = resolver.resolve("Atlantis");
    expect(atlantis).toMatchObject({ problem: "unknown" });
    expect(candidates(atlantis).length).toBeLessThanOrEqual(5);
    expect(candidates(resolver.resolve("619999"))[0]!.startsWith("61")).toBe(true);
    expect(resolver.resolve("")).toEqual({ problem: "unknown", candidates: [] });
  });

  it("finds records by code", () => {
    expect(resolver.byCode("610100")).toMatchObject({ nameZh: "西安市", name: "Xi'an" });
    expect(resolver.byCode("999999")).toBeUndefined();
  });

  it("resolves 100,000 values in well under two seconds", () => {
    const values = table.flatMap((r) => [r.code, r.nameZh, r.name, `${r.name} County`]);
    const fresh = createRegionResolver(table);
    const started = performance.now();
    for (let i = 0; i < 100_000; i++) fresh.resolve(values[(i * 7919) % values.length]!);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
