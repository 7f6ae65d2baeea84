import { describe, expect, it } from "vitest";
import { describeRegionProblem } from "./region-message.ts";
import { createRegionResolver, type RegionProblem } from "./region-resolver.ts";
import { loadRegionTable } from "./region-table.ts";

describe("describeRegionProblem", () => {
  const resolver = createRegionResolver(loadRegionTable());
  const problem = (text: string) => resolver.resolve(text) as RegionProblem;

  it("names the candidates of an ambiguous name with the regions they lie in", () => {
    expect(describeRegionProblem("朝阳区", problem("朝阳区"))).toMatch(
      /^region "朝阳区" is ambiguous: 110105 朝阳区 \(Chaoyang, Beijing\), 220104 朝阳区 \(Chaoyang, Changchun, Jilin\);/,
    );
  });

  it("says an unknown name is not a region of China and offers the nearest", () => {
    const message = describeRegionProblem("Shaanxy", problem("Shaanxy"));
    expect(message).toMatch(/^region "Shaanxy" is not a region of China; did you mean 610000 陕西省 \(Shaanxi\), 140000 山西省 \(Shanxi\)/);
  });

  it("says an unknown code is not a code, and what to write when nothing is near", () => {
    expect(describeRegionProblem("619999", problem("619999"))).toMatch(/^region "619999" is not the GB\/T 2260 code of a region of China; did you mean 61/);
    expect(describeRegionProblem("", { problem: "unknown", candidates: [] })).toBe(
      'region "" is not a region of China; give a GB/T 2260 code or a Chinese or English name such as 610000, 陕西省, Shaanxi',
    );
  });
});
