import type { Located } from "./model.ts";
import type { Random } from "../random.ts";
import { distanceKm, findProvince, type County, type Province } from "./regions.ts";
import { tuning, type Scale } from "./scales.ts";

/**
 * Where a dataset's organisations sit. A national dataset covers the provinces (all 31, or the
 * largest few when it is small); a province dataset puts nearly everything in its home province
 * and the rest in the provinces its organisations deal with, near ones and big ones first.
 */

export interface Scope {
  /** The province of a province dataset. */
  home?: Province;
  /** Provinces that hold the dataset's governments and chains. */
  provinces: Province[];
  /** Every province an organisation may sit in. */
  all: Province[];
}

export class UnknownProvinceError extends Error {}

export function chooseScope(random: Random, provinces: Province[], scale: Scale, provinceQuery?: string): Scope {
  if (scale.spread === "province" || provinceQuery !== undefined) {
    let home: Province | undefined;
    if (provinceQuery !== undefined) {
      home = findProvince(provinces, provinceQuery);
      if (!home) throw new UnknownProvinceError(`unknown province "${provinceQuery}" (give a code such as 610000, or a name such as 陕西 or Shaanxi)`);
    } else {
      home = provinces[random.weighted(provinces.map((p) => p.institutionWeight))] as Province;
    }
    return { home, provinces: [home], all: provinces };
  }
  const keep = Math.max(1, Math.min(provinces.length, Math.floor(scale.institutions / tuning.minInstitutionsPerProvince)));
  const largest = new Set([...provinces].sort((a, b) => b.institutionWeight - a.institutionWeight || a.code.localeCompare(b.code)).slice(0, keep));
  const inScope = provinces.filter((p) => largest.has(p));
  return { provinces: inScope, all: inScope };
}

/** `total` split in proportion to `weights`, largest remainders first: no randomness, no drift. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((s, c) => s + c, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    counts[i] = (counts[i] as number) + 1;
    left--;
  }
  return counts;
}

/** How many of `total` organisations sit in each province of `scope.all`. */
export function countsByProvince(scope: Scope, total: number, weightOf: (p: Province) => number, outsideShare: number): number[] {
  const { home } = scope;
  if (!home) return apportion(total, scope.all.map(weightOf));
  const outside = Math.round(total * outsideShare);
  const weights = scope.all.map((p) => (p === home ? 0 : weightOf(p) * Math.exp(-distanceKm(home, p) / (2 * tuning.distanceScaleKm))));
  const counts = apportion(outside, weights);
  counts[scope.all.indexOf(home)] = total - outside;
  return counts;
}

export type PlaceKind = "institution" | "enterprise";

export interface Location extends Located {
  /** The county when the region is one. */
  county?: County;
}

/**
 * A prefecture of the province by weight, and then either the prefecture itself or one of its
 * counties (districts more likely). A municipality's organisations sit in its districts and
 * counties, or in the municipality as a whole.
 */
export function locate(random: Random, province: Province, kind: PlaceKind): Location {
  const weightKey = kind === "institution" ? "institutionWeight" : "enterpriseWeight";
  const prefecture = province.prefectures.length === 1 ? province.prefectures[0] : province.prefectures[random.weighted(province.prefectures.map((p) => p[weightKey]))];
  if (!prefecture) throw new Error(`province ${province.code} has no prefectures`);
  const municipal = prefecture.unit === "Municipality";
  const countyShare = kind === "institution" ? (municipal ? 0.7 : 0.2) : municipal ? 0.9 : 0.6;
  if (prefecture.counties.length > 0 && random.chance(countyShare)) {
    const districtWeight = kind === "institution" ? 2 : 3;
    const county = prefecture.counties[random.weighted(prefecture.counties.map((c) => (c.unit === "District" || c.unit === "New Area" ? districtWeight : 1)))] as County;
    return { regionCode: county.code, province, prefecture, county };
  }
  return { regionCode: prefecture.code, province, prefecture };
}
