import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { readCsv, RecordFileError, type SourceRow } from "./read-csv.ts";
import { knownColumns, recordFileName, recordFiles, requiredColumns, type RecordFileName } from "./record-files.ts";
import { emptyRecordSet, recordSchemas, type RecordSet } from "./records.ts";

export interface ReadResult {
  records: RecordSet;
  problems: string[];
  notes: string[];
}

/** Expands folders to the record files in them, in dependency order. */
export function listRecordFiles(paths: string[]): { file: string; name: RecordFileName }[] {
  const found: { file: string; name: RecordFileName }[] = [];
  for (const given of paths) {
    const files = statSync(given).isDirectory() ? readdirSync(given).map((f) => path.join(given, f)) : [given];
    for (const file of files) {
      const name = recordFileName(path.basename(file));
      if (name && /\.csv$/i.test(file)) found.push({ file, name });
    }
  }
  return found.sort((a, b) => recordFiles.indexOf(a.name) - recordFiles.indexOf(b.name));
}

/** Reads and checks every row of every file; problems are collected, never thrown one at a time. */
export function readRecords(paths: string[], displayRoot = process.cwd()): ReadResult {
  const result: ReadResult = { records: emptyRecordSet(), problems: [], notes: [] };
  for (const { file, name } of listRecordFiles(paths)) {
    const relative = path.relative(displayRoot, file);
    const shown = relative && !relative.startsWith("..") ? relative : file;
    let rows: SourceRow[];
    let columns: string[];
    try {
      ({ columns, rows } = readCsv(shown, readFileSync(file, "utf8")));
    } catch (error) {
      result.problems.push(error instanceof RecordFileError ? error.message : `${shown}:1: ${(error as Error).message}`);
      continue;
    }
    const missing = requiredColumns[name].filter((column) => !columns.includes(column));
    if (missing.length > 0) {
      result.problems.push(`${shown}:1: missing required column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`);
      continue;
    }
    const extra = columns.filter((column) => !knownColumns[name].includes(column));
    if (extra.length > 0) result.notes.push(`${shown}: ignored column${extra.length > 1 ? "s" : ""} ${extra.join(", ")}`);
    for (const row of rows) addRow(result, name, row);
  }
  return result;
}

function addRow(result: ReadResult, name: RecordFileName, row: SourceRow): void {
  const parsed = recordSchemas[name].safeParse(row.values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.join(".") || "row";
      const given = row.values[String(issue.path[0])];
      result.problems.push(`${row.file}:${row.line}: ${field} ${given === undefined ? "is missing" : `"${given}" ${issue.message}`}`);
    }
    return;
  }
  (result.records[name] as unknown[]).push({ ...parsed.data, at: { file: row.file, line: row.line } });
}
