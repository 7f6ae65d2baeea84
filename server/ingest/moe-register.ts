import type { RegionResolver } from "../regions/index.ts";
import type { SourceRow } from "./source-row.ts";

/**
 * The Ministry of Education's list of higher-education institutions (全国高等学校名单), in its
 * published layout: 序号, 学校名称, 学校标识码, 主管部门, 所在地, 办学层次, 备注 for the regular
 * institutions, without 所在地 and 办学层次 for the adult ones, under province headings
 * ("北京市（92所）") that group the schools by the province that runs them.
 *
 * A heading is not always where a school stands: 河北工业大学 is listed under 河北省 and stands in
 * 天津市, 西藏民族大学 under 西藏自治区 and stands in 咸阳市. So 所在地 is read inside the
 * heading's province first and, when it names no place there, across the country; the heading's
 * province stays as the school's authority (主管部门 says the same in the register).
 */
export const moeColumns = { name: "学校名称", code: "学校标识码", authority: "主管部门", place: "所在地", level: "办学层次", note: "备注" };

export function isMoeRegister(header: string[]): boolean {
  return header.includes(moeColumns.name) && header.includes(moeColumns.code);
}

/** The province of a heading such as "北京市（92所）". */
export function headingProvince(heading: string | undefined): string | undefined {
  if (!heading) return undefined;
  return /^(.+?)\s*[（(]\s*\d+\s*所\s*[)）]$/.exec(heading)?.[1] ?? heading;
}

/** 本科 and 专科 as the graph's kinds; an adult list has no level column. */
function kindOf(level: string | undefined, adult: boolean): string | undefined {
  if (adult) return "adult_college";
  if (!level) return undefined;
  return level.includes("本科") ? "university" : level.includes("专科") ? "vocational_college" : level;
}

/** The region a school stands in, as a code when the resolver is sure, else as written (so the problem names it). */
function schoolRegion(resolver: RegionResolver, province: string | undefined, place: string | undefined): string | undefined {
  if (!place) return province;
  if (!province || place.startsWith(province)) return place;
  const within = resolver.resolve(`${province}${place}`);
  if ("code" in within) return within.code;
  const anywhere = resolver.resolve(place);
  if ("code" in anywhere) return anywhere.code;
  return `${province}${place}`;
}

/** Turns register rows into institutions records in the contract's columns. */
export function moeRowsToInstitutions(rows: (SourceRow & { heading?: string })[], header: string[], resolver: RegionResolver): SourceRow[] {
  const adult = !header.includes(moeColumns.place) && !header.includes(moeColumns.level);
  return rows.map((row) => {
    const v = row.values as Record<string, string | undefined>;
    const province = headingProvince(row.heading);
    const values: Record<string, string> = {};
    const code = v[moeColumns.code];
    if (code) {
      values.id = `moe-${code}`;
      values.code = code;
    }
    if (v[moeColumns.name]) {
      // The register has no English names; the Chinese name is the display name until one is known.
      values.name = v[moeColumns.name]!;
      values.nameZh = v[moeColumns.name]!;
    }
    const kind = kindOf(v[moeColumns.level], adult);
    if (kind) values.kind = kind;
    const region = schoolRegion(resolver, province, v[moeColumns.place]);
    if (region) values.region = region;
    if (v[moeColumns.authority]) values.authority = v[moeColumns.authority]!;
    if (v[moeColumns.note]) values.note = v[moeColumns.note]!;
    return { at: row.at, values };
  });
}
