import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { isArticleFile } from "../extract/index.ts";
import { articleRecords } from "./article-records.ts";
import { sharedRegionResolver } from "../regions/index.ts";
import { canonicalColumn } from "./column-names.ts";
import { decodeText } from "../text/index.ts";
import { tableLayout, type TableLayout } from "./find-header.ts";
import { localId, listColumns } from "./local-ids.ts";
import { isMoeRegister, moeRowsToInstitutions } from "./moe-register.ts";
import { emptyRecordSet, excerpt, formatOrigin, knownColumns, recordFiles, recordSchemas, requiredColumns, type RecordFileName, type RecordSet } from "../model/index.ts";
import { RecordFileError, type SourceRow } from "./read-csv.ts";
import { readJson } from "./read-json.ts";
import { isWorkbookFile } from "./read-workbook.ts";
import { recogniseKind } from "./recognise-kind.ts";
import { csvTable, workbookTables, type Table } from "./table.ts";

export interface ReadResult {
  records: RecordSet;
  /** Every problem, as "file:line: message"; any problem means nothing may be written. */
  problems: string[];
  /** Things worth telling that are not wrong: ignored columns, encodings detected. */
  notes: string[];
  /** Files passed over (a folder's README, or unknown files with skipUnknown), each said why in the notes. */
  skipped: string[];
}

export interface ReadOptions {
  /** Pass over files that are neither record files nor articles instead of failing the run. */
  skipUnknown?: boolean;
}

/** Files given directly and those in folders given (not recursively), sorted by name. */
export function expandPaths(paths: string[]): string[] {
  return paths.flatMap((given) => {
    if (!statSync(given).isDirectory()) return [given];
    return readdirSync(given)
      .filter((entry) => !entry.startsWith("."))
      .map((entry) => path.join(given, entry))
      .filter((file) => statSync(file).isFile())
      .sort();
  });
}

interface RowGroup {
  name: RecordFileName;
  shown: string;
  rows: SourceRow[];
  header?: string[];
  /** The file and sheet the rows' own ids are local to (DESIGN.md, "Identity"). */
  dataset?: string;
}

/** Reads and checks every row of every record file; problems are collected, never thrown one at a time. */
export function readRecords(paths: string[], displayRoot = process.cwd(), options: ReadOptions = {}): ReadResult {
  const result: ReadResult = { records: emptyRecordSet(), problems: [], notes: [], skipped: [] };
  const groups: RowGroup[] = [];
  const articles: { file: string; shown: string }[] = [];
  for (const file of expandPaths(paths)) {
    const relative = path.relative(displayRoot, file);
    const shown = relative && !relative.startsWith("..") ? relative : file;
    // A folder's README describes the folder (the generator writes one beside its data); it is
    // no press release, unless it was named on its own.
    if (/^readme(\.[a-z]+)?$/i.test(path.basename(file)) && !paths.includes(file)) {
      result.skipped.push(shown);
      result.notes.push(`${shown}: passed over (a folder's README describes the folder)`);
      continue;
    }
    if (isArticleFile(file)) {
      articles.push({ file, shown });
      continue;
    }
    if (!isRecordFile(file)) {
      const why = "is neither a record file (.csv, .xlsx, .xls, .json) nor an article (.txt, .md, .html)";
      if (options.skipUnknown) {
        result.skipped.push(shown);
        result.notes.push(`${shown}: passed over: it ${why}`);
      } else {
        result.problems.push(`${shown}:1: ${why}; remove it from what you load, or pass --skip-unknown to pass over such files`);
      }
      continue;
    }
    try {
      groups.push(...readRecordFile(file, shown, result));
    } catch (error) {
      if (error instanceof RecordFileError) result.problems.push(error.message);
      else result.problems.push(`${shown}:1: ${(error as Error).message}`);
    }
  }
  // Dependency order: parties before the agreements that name them, whatever the file names.
  groups.sort((a, b) => recordFiles.indexOf(a.name) - recordFiles.indexOf(b.name));
  for (const group of groups) addGroup(result, group);
  if (articles.length > 0) {
    // Articles come after the record files, so a fact they add attaches to records already read.
    const fromArticles = articleRecords(articles);
    for (const name of recordFiles) (result.records[name] as unknown[]).push(...fromArticles.records[name]);
    result.notes.push(...fromArticles.notes);
    result.problems.push(...fromArticles.problems);
  }
  return result;
}

function isRecordFile(file: string): boolean {
  return /\.(csv|json)$/i.test(file) || isWorkbookFile(file);
}

function readRecordFile(file: string, shown: string, result: ReadResult): RowGroup[] {
  if (/\.json$/i.test(file)) {
    const { text } = decodeText(readFileSync(file));
    return readJson(shown, text).map(({ name, rows }) => ({ name, shown, rows }));
  }
  let tables: Table[];
  if (isWorkbookFile(file)) {
    tables = workbookTables(shown, readFileSync(file));
    if (tables.length === 0) result.problems.push(`${shown}:1: has no sheet with any cell filled`);
  } else {
    const { text, encoding } = decodeText(readFileSync(file));
    if (encoding !== "utf-8") result.notes.push(`${shown}: read as ${encoding.toUpperCase()}`);
    tables = [csvTable(shown, text)];
  }
  return tables.flatMap((table) => {
    const layout = tableLayout(table);
    return layout ? tableGroup(table, layout, result) : [];
  });
}

/** The rows of one CSV file or sheet, as the kind of records its columns say. */
function tableGroup(table: Table, layout: TableLayout, result: ReadResult): RowGroup[] {
  const where = table.sheet === undefined ? table.file : `${table.file}:${table.sheet}`;
  const dataset = path.basename(table.file).replace(/\.[a-z0-9]+$/i, "") + (table.sheet === undefined ? "" : `/${table.sheet}`);
  if (layout.titleRows.length > 0) {
    result.notes.push(`${where}: the header is on line ${layout.headerAt.line}; passed over the title above it (${excerpt(layout.titleRows.join(" / "), 120)})`);
  }
  const rows = layout.rows.map((row) => {
    const values: Record<string, string> = {};
    layout.header.forEach((column, i) => {
      const value = row.cells[i];
      if (column && value && values[column] === undefined) values[column] = value;
    });
    return { at: row.at, values, heading: row.heading };
  });
  if (isMoeRegister(layout.header)) {
    result.notes.push(`${where}: read as the Ministry of Education's register of higher-education institutions`);
    return [{ name: "institutions", shown: where, rows: moeRowsToInstitutions(rows, layout.header, sharedRegionResolver()), dataset }];
  }
  const recognised = recogniseKind(layout.header, { file: table.file, sheet: table.sheet });
  if (recognised.kind === undefined) {
    result.problems.push(`${formatOrigin(layout.headerAt)}: ${recognised.problem}`);
    return [];
  }
  if (!recognised.why.startsWith("named")) result.notes.push(`${where}: read as ${recognised.kind} (from ${recognised.why})`);
  if (rows.some((row) => row.heading !== undefined)) {
    result.notes.push(`${where}: rows with text in the first column alone are read as section headings, not records`);
  }
  return [{ name: recognised.kind, shown: where, rows, header: layout.header, dataset }];
}

/** Maps headers to canonical columns, checks required ones, and validates each row. */
function addGroup(result: ReadResult, { name, shown, rows, header, dataset }: RowGroup): void {
  const headers = (header ?? [...new Set(rows.flatMap((row) => Object.keys(row.values)))]).filter(Boolean);
  const mapping = new Map<string, string>();
  const ignored: string[] = [];
  for (const h of headers) {
    const column = canonicalColumn(name, h, knownColumns[name]);
    // A list may gather several columns (学校名称 and 合作企业 are both parties); other columns are read once.
    if (column && (listColumns.has(column) || ![...mapping.values()].includes(column))) mapping.set(h, column);
    else ignored.push(h);
  }
  const hasId = [...mapping.values()].includes("id");
  if (header) {
    const missing = requiredColumns[name].filter((column) => ![...mapping.values()].includes(column));
    if (missing.length > 0) {
      result.problems.push(`${shown}:1: missing required column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} (the header has ${excerpt(header.join(", "), 200)})`);
      return;
    }
  }
  if (ignored.length > 0) result.notes.push(`${shown}: ignored column${ignored.length > 1 ? "s" : ""} ${ignored.join(", ")}`);
  const schema = recordSchemas[name];
  const target = result.records[name] as unknown[];
  for (const row of rows) {
    const values: Record<string, string | string[]> = {};
    for (const [h, value] of Object.entries(row.values)) {
      const column = mapping.get(h);
      if (!column) continue;
      const previous = values[column];
      values[column] = previous === undefined ? value : [...[previous].flat().flatMap(splitList), ...[value].flat().flatMap(splitList)];
    }
    if (!hasId && values.id === undefined && dataset !== undefined) {
      const id = localId(name, values, dataset, row.at);
      if (id) values.id = id;
    }
    delete values.rowNumber;
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.map(String).join(".") || "row";
        const given = values[String(issue.path[0])];
        result.problems.push(`${formatOrigin(row.at)}: ${field} ${given === undefined ? "is missing" : `"${excerpt(String(given))}" ${issue.message}`}`);
      }
      continue;
    }
    target.push({ ...parsed.data, at: row.at });
  }
}

/** The "|"-separated items of a list cell, as the record schemas split them. */
function splitList(value: string): string[] {
  return value.split("|").map((item) => item.trim()).filter(Boolean);
}
