import { describe, expect, it } from "vitest";
import { describeRegion, describeRegionCode, regionProblem } from "./region-message.ts";
import { createRegionResolver, type RegionProblem } from "./region-resolver.ts";
import { loadRegionTable } from "./region-table.ts";

// The wording of these problems, in English and Chinese, is server/ingest/messages' (tested there).
describe("regionProblem", () => {
  const resolver = createRegionResolver(loadRegionTable());
  const problem = (text: string) => resolver.resolve(text) as RegionProblem;

  it("names the candidates of an ambiguous name", () => {
    expect(regionProblem("朝阳区", problem("朝阳区"))).toMatchObject({ code: "region.ambiguous", values: { given: "朝阳区", candidates: expect.arrayContaining(["110105", "220104"]) } });
  });

  it("says an unknown name is not a region of China and offers the nearest", () => {
    const message = regionProblem("Shaanxy", problem("Shaanxy"));
    expect(message.code).toBe("region.unknownSuggest");
    expect(message.values.candidates.slice(0, 2)).toEqual(["610000", "140000"]);
  });

  it("says an unknown code is not a code, and when nothing is near", () => {
    expect(regionProblem("619999", problem("619999"))).toMatchObject({ code: "region.unknownCodeSuggest", values: { candidates: expect.arrayContaining([expect.stringMatching(/^61/)]) } });
    expect(regionProblem("", { problem: "unknown", candidates: [] })).toEqual({ code: "region.unknown", values: { given: "", candidates: [] } });
    expect(regionProblem("999999", { problem: "unknown", candidates: [] }).code).toBe("region.unknownCode");
  });
});

describe("describeRegion", () => {
  const table = loadRegionTable();
  const chaoyang = table.find((region) => region.code === "220104")!;

  it("tells a candidate apart by the regions it lies in, in English and in Chinese", () => {
    expect(describeRegion(chaoyang)).toBe("220104 朝阳区 (Chaoyang, Changchun, Jilin)");
    expect(describeRegion(chaoyang, undefined, "zh")).toBe("220104 吉林省长春市朝阳区");
    expect(describeRegionCode("110105", "zh")).toBe("110105 北京市朝阳区");
    expect(describeRegionCode("000001")).toBe("000001");
  });
});
