import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../config.ts";
import { emptyRecordSet, type RecordSet } from "../model/index.ts";
import { sharedRegionResolver, type RegionResolver } from "../regions/index.ts";
import { csvLine } from "../text/index.ts";
import { tableLayout, valuesByHeader } from "./find-header.ts";
import { isMoeRegister, moeColumns, moeRowsToInstitutions } from "./moe-register.ts";
import { csvTable, workbookTables } from "./table.ts";

/**
 * The Ministry of Education's register of higher-education institutions as reference data
 * (data/reference/moe-register-2025.csv): one row per school with the facts as the ministry wrote
 * them, and the region code the project's reader resolves its 所在地 to. Made once from the
 * ministry's two .xls files by data/reference/make-moe-register.ts; loaded at first start.
 */
export const registerFile = path.join(projectRoot, "data", "reference", "moe-register-2025.csv");

/** The register as a Source of kind dataset: every school it loads is EVIDENCED_BY it. */
export const registerSource = {
  id: "moe-register-2025",
  kind: "dataset" as const,
  url: "http://www.moe.gov.cn/jyb_xxgk/s5743/s5744/A03/202506/t20250627_1195683.html",
  title: "全国高等学校名单",
  publisher: "中华人民共和国教育部 (Ministry of Education)",
  publishedOn: "2025-06-27",
  origin: "as of 2025-06-20; 2,919 regular and 248 adult institutions; data/reference/moe-register-2025.csv",
};

/**
 * English names of some schools of the register (code, name, nameZh): the names the schools use in
 * English, for the schools the sample names in English only, so that the register folds into them.
 */
export const registerEnglishNamesFile = path.join(projectRoot, "data", "reference", "moe-register-english-names.csv");

export const registerColumns = ["code", "name", "authority", "location", "regionCode", "level", "note", "list", "heading"] as const;

export type RegisterRow = Record<(typeof registerColumns)[number], string> & { list: "regular" | "adult" };

/** The rows of the ministry's published workbook (either list), with each school's region resolved. */
export function registerRowsFromWorkbook(file: string, bytes: Uint8Array, resolver: RegionResolver = sharedRegionResolver()): RegisterRow[] {
  return workbookTables(file, bytes).flatMap((table) => {
    const layout = tableLayout(table);
    if (!layout || !isMoeRegister(layout.header)) throw new Error(`${file}:${table.sheet}: is not the ministry's register (no 学校名称 and 学校标识码 columns)`);
    const rows = layout.rows.map((row) => ({ at: row.at, values: valuesByHeader(layout.header, row.cells), heading: row.heading }));
    const institutions = moeRowsToInstitutions(rows, layout.header, resolver);
    const list = layout.header.includes(moeColumns.place) ? "regular" : "adult";
    return rows.map((row, i) => {
      const region = String(institutions[i]!.values.region ?? "");
      const resolved = resolver.resolve(region);
      if (!("code" in resolved)) throw new Error(`${file}:${table.sheet}:${row.at.line}: the region "${region}" does not resolve`);
      const v = row.values;
      return {
        code: v[moeColumns.code] ?? "",
        name: v[moeColumns.name] ?? "",
        authority: v[moeColumns.authority] ?? "",
        location: v[moeColumns.place] ?? "",
        regionCode: resolved.code,
        level: v[moeColumns.level] ?? "",
        note: v[moeColumns.note] ?? "",
        list,
        heading: row.heading ?? "",
      };
    });
  });
}

/** The register as CSV text: a header, then one line per school. */
export function registerCsv(rows: readonly RegisterRow[]): string {
  return csvLine(registerColumns) + rows.map((row) => csvLine(registerColumns.map((column) => row[column]))).join("");
}

/** The rows of data/reference/moe-register-2025.csv (or another file in its columns). */
export function readRegisterCsv(file: string = registerFile): RegisterRow[] {
  const [header, ...rows] = csvTable(file, readFileSync(file, "utf8")).rows;
  const at = new Map(header!.cells.map((column, i) => [column, i]));
  const missing = registerColumns.filter((column) => !at.has(column));
  if (missing.length > 0) throw new Error(`${file}: missing the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`);
  return rows.map((row) => Object.fromEntries(registerColumns.map((column) => [column, row.cells[at.get(column)!] ?? ""])) as RegisterRow);
}

/** The English names of data/reference/moe-register-english-names.csv, by code. */
export function readRegisterEnglishNames(file: string = registerEnglishNamesFile): Map<string, string> {
  const [header, ...rows] = csvTable(file, readFileSync(file, "utf8")).rows;
  const code = header!.cells.indexOf("code");
  const name = header!.cells.indexOf("name");
  return new Map(rows.map((row) => [row.cells[code]!, row.cells[name]!]));
}

/** 本科 and 专科 as the graph's kinds, as the ingest reads the ministry's file; the adult list has none. */
function kindOf(row: RegisterRow): string | undefined {
  if (row.list === "adult") return "adult_college";
  return row.level.includes("本科") ? "university" : row.level.includes("专科") ? "vocational_college" : row.level || undefined;
}

/**
 * The records the ingest pipeline loads for the register: its Source, and one institution per
 * school with the ids and facts the ingest gives the ministry's own file (moe-<code>, the Chinese
 * name as the name unless an English one is known), each citing the register.
 */
export function registerRecords(rows: readonly RegisterRow[], file: string = registerFile, englishNames: ReadonlyMap<string, string> = new Map()): RecordSet {
  const records = emptyRecordSet();
  const shown = path.relative(projectRoot, file) || file;
  records.sources.push({ ...registerSource, at: { file: shown, line: 1 } });
  rows.forEach((row, i) => {
    records.institutions.push({
      id: `moe-${row.code}`,
      code: row.code,
      name: englishNames.get(row.code) ?? row.name,
      nameZh: row.name,
      kind: kindOf(row),
      region: row.regionCode,
      authority: row.authority || undefined,
      note: row.note || undefined,
      aliases: [],
      source: [registerSource.id],
      segments: [],
      at: { file: shown, line: i + 2 },
    });
  });
  return records;
}
