import { describe, expect, it } from "vitest";
import { readStatisticalZones } from "./administrative-divisions.ts";
import { customaryEnglishNames } from "./customary-english-names.ts";
import { chineseShortName } from "./chinese-short-name.ts";
import { loadRegionTable } from "./region-table.ts";
import { supersededCodes } from "./superseded-codes.ts";

describe("loadRegionTable", () => {
  const table = loadRegionTable();
  const byCode = new Map(table.map((r) => [r.code, r]));
  const count = (level: string) => table.filter((r) => r.level === level).length;

  it("holds the 34 provincial-level units, Hong Kong, Macao and Taiwan included", () => {
    const provinces = table.filter((r) => r.level === "province");
    expect(provinces).toHaveLength(34);
    expect(provinces.map((r) => r.code)).toEqual(expect.arrayContaining(["110000", "610000", "710000", "810000", "820000"]));
    expect(provinces.every((r) => r.parentCode === undefined)).toBe(true);
  });

  it("holds the prefecture- and county-level units", () => {
    expect(count("prefecture")).toBe(333);
    expect(count("county")).toBe(2844);
  });

  it("has unique six-digit codes", () => {
    expect(new Set(table.map((r) => r.code)).size).toBe(table.length);
    expect(table.every((r) => /^\d{6}$/.test(r.code))).toBe(true);
  });

  it("links every prefecture to a province and every county to a prefecture or provincial-level unit", () => {
    for (const region of table) {
      if (region.level === "province") continue;
      const parent = byCode.get(region.parentCode ?? "");
      expect(parent, region.code).toBeDefined();
      expect(region.level === "prefecture" ? ["province"] : ["province", "prefecture"]).toContain(parent!.level);
      expect(region.code.slice(0, 2)).toBe(parent!.code.slice(0, 2));
    }
  });

  it("puts a municipality's districts and a province's directly governed cities right under the provincial-level unit", () => {
    expect(byCode.get("110101")?.parentCode).toBe("110000");
    expect(byCode.get("500101")?.parentCode).toBe("500000");
    expect(byCode.get("419001")).toMatchObject({ nameZh: "济源市", level: "county", parentCode: "410000" });
    expect(byCode.has("429000")).toBe(false);
  });

  it("leaves out placeholders, statistical zones and superseded codes", () => {
    expect(table.some((r) => r.nameZh === "市辖区")).toBe(false);
    expect(byCode.has("320571")).toBe(false); // 苏州工业园区
    const zones = readStatisticalZones();
    expect(zones).toHaveLength(142);
    for (const zone of zones) {
      expect(byCode.has(zone.code), zone.code).toBe(false);
      expect(byCode.has(zone.withinCode), zone.withinCode).toBe(true);
    }
    for (const [code, { successor }] of Object.entries(supersededCodes)) {
      expect(byCode.has(code), code).toBe(false);
      expect(byCode.has(successor), successor).toBe(true);
    }
  });

  it("gives every region a plain ASCII English name without a suffix word", () => {
    for (const region of table) {
      expect(region.name, region.code).toMatch(/^[A-Z][A-Za-z' ]*$/);
      expect(region.name, region.code).not.toMatch(/ (Province|City|County|District)$/);
    }
    expect(byCode.get("610000")?.name).toBe("Shaanxi");
    expect(byCode.get("140000")?.name).toBe("Shanxi");
    expect(byCode.get("610100")?.name).toBe("Xi'an");
    expect(byCode.get("511322")).toMatchObject({ name: "Yingshan", nameZh: "营山县", parentCode: "511300" });
  });

  it("keys every customary English name to the region it is about", () => {
    for (const [code, { zh }] of Object.entries(customaryEnglishNames)) {
      const region = byCode.get(code);
      expect(region, code).toBeDefined();
      expect(chineseShortName(region!.nameZh) ?? region!.nameZh, code).toBe(zh);
    }
  });

  it("places the regions the boundary data covers inside China", () => {
    const withCentre = table.filter((r) => r.lat !== undefined && r.lon !== undefined);
    // Only 中沙群岛的岛礁及其海域 (460323), under water, has no boundary.
    expect(table.filter((r) => r.lat === undefined).map((r) => r.code)).toEqual(["460323"]);
    for (const region of withCentre) {
      expect(region.lat!, region.code).toBeGreaterThan(3);
      expect(region.lat!, region.code).toBeLessThan(54);
      expect(region.lon!, region.code).toBeGreaterThan(73);
      expect(region.lon!, region.code).toBeLessThan(136);
    }
    // Xi'an's centre lies within a degree of the city.
    expect(byCode.get("610100")!.lat!).toBeCloseTo(34.2, 0);
    expect(byCode.get("610100")!.lon!).toBeCloseTo(108.9, 0);
  });

  it("is built once", () => {
    expect(loadRegionTable()).toBe(table);
  });
});
