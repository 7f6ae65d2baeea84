import { readAdministrativeDivisions, type RegionLevel } from "./administrative-divisions.ts";
import { englishName } from "./english-name.ts";
import { loadRegionCentres } from "./region-centres.ts";

export type { RegionLevel } from "./administrative-divisions.ts";

/** One row of the regions table, and the properties of its Region node. */
export interface RegionRecord {
  /** GB/T 2260 code, six digits. */
  code: string;
  /** English name without a suffix word: "Shaanxi", "Xi'an", "Yingshan". */
  name: string;
  /** Full Chinese name: 陕西省, 西安市, 营山县. */
  nameZh: string;
  level: RegionLevel;
  /** The region this one is PART_OF; none for provincial-level units. */
  parentCode?: string;
  /** Centre of the region's area (WGS84), where the boundary data covers it. */
  lat?: number;
  lon?: number;
}

let cached: RegionRecord[] | undefined;

/**
 * Every province, prefecture and county of China, provinces first, each level in code order.
 * Built once per process (about half a second, mostly reading boundary files) and shared:
 * callers must not modify it.
 */
export function loadRegionTable(): RegionRecord[] {
  if (!cached) {
    const centres = loadRegionCentres();
    cached = readAdministrativeDivisions().map((division) => {
      const centre = centres.get(division.code);
      return {
        code: division.code,
        name: englishName(division.code, division.nameZh),
        nameZh: division.nameZh,
        level: division.level,
        ...(division.parentCode ? { parentCode: division.parentCode } : {}),
        ...(centre ? { lat: centre.lat, lon: centre.lon } : {}),
      };
    });
  }
  return cached;
}
