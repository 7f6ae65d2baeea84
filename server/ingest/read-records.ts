import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { isArticleFile } from "../extract/index.ts";
import { articleRecords } from "./article-records.ts";
import { canonicalColumn } from "./column-names.ts";
import { decodeText } from "../text/index.ts";
import { isMoeRegister, moeRowsToInstitutions } from "./moe-register.ts";
import { emptyRecordSet, excerpt, formatOrigin, knownColumns, recordFileName, recordFiles, recordSchemas, requiredColumns, type RecordFileName, type RecordSet } from "../model/index.ts";
import { readCsv, RecordFileError, type SourceRow } from "./read-csv.ts";
import { readJson } from "./read-json.ts";

export interface ReadResult {
  records: RecordSet;
  /** Every problem, as "file:line: message"; any problem means nothing may be written. */
  problems: string[];
  /** Things worth telling that are not wrong: ignored columns, encodings detected. */
  notes: string[];
  /** Files that are neither record files nor articles, passed over. */
  skipped: string[];
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
}

/** Reads and checks every row of every record file; problems are collected, never thrown one at a time. */
export function readRecords(paths: string[], displayRoot = process.cwd()): ReadResult {
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
      continue;
    }
    if (isArticleFile(file)) {
      articles.push({ file, shown });
      continue;
    }
    try {
      groups.push(...readRecordFile(file, shown, result.notes));
    } catch (error) {
      if (error instanceof RecordFileError) result.problems.push(error.message);
      else if (error instanceof SkippedFile) result.skipped.push(shown);
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

class SkippedFile extends Error {}

function readRecordFile(file: string, shown: string, notes: string[]): RowGroup[] {
  if (/\.json$/i.test(file)) {
    const { text } = decodeText(readFileSync(file));
    return readJson(shown, text).map(({ name, rows }) => ({ name, shown, rows }));
  }
  if (!/\.csv$/i.test(file)) throw new SkippedFile();
  const { text, encoding } = decodeText(readFileSync(file));
  if (encoding !== "utf-8") notes.push(`${shown}: read as ${encoding.toUpperCase()}`);
  const { header, rows } = readCsv(shown, text);
  if (isMoeRegister(header)) {
    notes.push(`${shown}: read as the Ministry of Education's register of higher-education institutions`);
    return [{ name: "institutions", shown, rows: moeRowsToInstitutions(rows) }];
  }
  const name = recordFileName(path.basename(file));
  if (!name) throw new RecordFileError({ file: shown, line: 1 }, `is not a record file: name it after one of ${recordFiles.map((f) => `${f}.csv`).join(", ")}`);
  return [{ name, shown, rows, header }];
}

/** Maps headers to canonical columns, checks required ones, and validates each row. */
function addGroup(result: ReadResult, { name, shown, rows, header }: RowGroup): void {
  const headers = header ?? [...new Set(rows.flatMap((row) => Object.keys(row.values)))];
  const mapping = new Map<string, string>();
  const ignored: string[] = [];
  for (const h of headers) {
    const column = canonicalColumn(name, h, knownColumns[name]);
    if (column && ![...mapping.values()].includes(column)) mapping.set(h, column);
    else ignored.push(h);
  }
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
      if (column) values[column] = value;
    }
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
