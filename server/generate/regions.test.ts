import { describe, expect, it } from "vitest";
import { apportion } from "./placement.ts";
import { distanceKm, findProvince, loadProvinces } from "./regions.ts";

describe("loadProvinces", () => {
  const provinces = loadProvinces();

  it("gives the 31 mainland provinces with their prefectures and counties", () => {
    expect(provinces).toHaveLength(31);
    const shaanxi = findProvince(provinces, "陕西")!;
    expect(shaanxi.code).toBe("610000");
    expect(findProvince(provinces, "Shaanxi")).toBe(shaanxi);
    expect(findProvince(provinces, "61")).toBe(shaanxi);
    expect(shaanxi.prefectures.map((p) => p.shortZh)).toContain("宝鸡");
    const xian = shaanxi.prefectures.find((p) => p.isCapital)!;
    expect(xian).toMatchObject({ code: "610100", shortZh: "西安", name: "Xi'an", unit: "City" });
    expect(xian.counties.length).toBeGreaterThan(5);
    const beijing = findProvince(provinces, "110000")!;
    expect(beijing.prefectures).toHaveLength(1);
    expect(beijing.prefectures[0]?.unit).toBe("Municipality");
    expect(beijing.prefectures[0]?.counties.map((c) => c.nameZh)).toContain("海淀区");
  });

  it("weighs capitals and large provinces heavier", () => {
    for (const p of provinces) {
      const capital = p.prefectures.find((f) => f.isCapital)!;
      for (const other of p.prefectures) expect(capital.institutionWeight).toBeGreaterThanOrEqual(other.institutionWeight);
    }
    expect(findProvince(provinces, "广东")!.enterpriseWeight).toBeGreaterThan(10 * findProvince(provinces, "宁夏")!.enterpriseWeight);
  });

  it("measures distances between capitals", () => {
    const d = distanceKm(findProvince(provinces, "北京")!, findProvince(provinces, "上海")!);
    expect(d).toBeGreaterThan(1_000);
    expect(d).toBeLessThan(1_150);
  });
});

describe("apportion", () => {
  it("splits a total by weight without losing any", () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [0, 5, 2])).toEqual([0, 5, 2]);
    expect(apportion(3_000, [92, 56, 125, 82]).reduce((s, n) => s + n, 0)).toBe(3_000);
    expect(apportion(5, [0, 0])).toEqual([0, 0]);
  });
});
