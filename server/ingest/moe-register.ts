import type { SourceRow } from "./read-csv.ts";

/**
 * The Ministry of Education's list of higher-education institutions (全国高等学校名单), in its
 * published table layout: 序号, 学校名称, 学校标识码, 主管部门, 所在地, 办学层次, 备注. The published
 * table interleaves province headings ("北京市（92所）") between the rows; they qualify 所在地.
 */
export const moeColumns = { name: "学校名称", code: "学校标识码", authority: "主管部门", place: "所在地", level: "办学层次", note: "备注" };

export function isMoeRegister(header: string[]): boolean {
  return header.includes(moeColumns.name) && header.includes(moeColumns.code);
}

/** A heading row: one cell of text such as "北京市（92所）", the rest empty. */
function provinceHeading(row: SourceRow): string | undefined {
  const cells = Object.values(row.values).filter((value) => typeof value === "string" && value !== "") as string[];
  if (cells.length !== 1) return undefined;
  const match = /^(.+?)[（(]\s*\d+\s*所\s*[)）]$/.exec(cells[0]!);
  return match?.[1];
}

/** Turns register rows into institutions records in the contract's columns. */
export function moeRowsToInstitutions(rows: SourceRow[]): SourceRow[] {
  let province: string | undefined;
  const institutions: SourceRow[] = [];
  for (const row of rows) {
    const heading = provinceHeading(row);
    if (heading) {
      province = heading;
      continue;
    }
    const v = row.values as Record<string, string | undefined>;
    const level = v[moeColumns.level];
    const place = v[moeColumns.place];
    const values: Record<string, string> = {};
    if (v[moeColumns.code]) values.id = `moe-${v[moeColumns.code]}`;
    if (v[moeColumns.name]) {
      // The register has no English names; the Chinese name is the display name until one is known.
      values.name = v[moeColumns.name]!;
      values.nameZh = v[moeColumns.name]!;
    }
    if (level) values.kind = level.includes("本科") ? "university" : level.includes("专科") ? "vocational_college" : level;
    if (place) values.region = province && !place.startsWith(province) ? `${province}${place}` : place;
    if (v[moeColumns.authority]) values.authority = v[moeColumns.authority]!;
    if (v[moeColumns.note]) values.note = v[moeColumns.note]!;
    institutions.push({ at: row.at, values });
  }
  return institutions;
}
