import { parse } from "csv-parse/sync";
import type { Origin } from "../model/index.ts";
import { fragment } from "./messages/index.ts";
import { RecordFileError } from "./source-row.ts";
import { readWorkbook, WorkbookError } from "./read-workbook.ts";

/**
 * A table as a person sees it in a spreadsheet, before anything is known about it: rows of text
 * cells, each with where it stands. CSV files and every sheet of a workbook become tables; which
 * row is the header and what kind of records the rows are is decided from the cells (find-header.ts,
 * recognise-kind.ts), never from the file's name alone.
 */
export interface TableRow {
  at: Origin;
  cells: string[];
}

export interface Table {
  /** The file as messages show it. */
  file: string;
  /** The sheet's name, for a workbook. */
  sheet?: string;
  /** Rows with at least one non-empty cell, in order. */
  rows: TableRow[];
}

/**
 * Every record of a CSV text. Line endings are made "\n" first: csv-parse counts lines one too
 * many after "\r\n" records, and Windows files are common. Each row's line is where it starts, so
 * a quoted field over several lines is found.
 *
 * The lines are counted here rather than asked of csv-parse (`info`): its per-record info object
 * was a fifth of reading a national file and most of its garbage. With empty lines kept as
 * records, a record starts one line after the previous one plus the line breaks inside its cells.
 */
export function csvTable(file: string, text: string): Table {
  let parsed: string[][];
  try {
    parsed = parse(text.replace(/\r\n?/g, "\n"), { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const e = error as Error & { lines?: number; code?: string };
    const what = e.code === "CSV_QUOTE_NOT_CLOSED" ? "csv.quoteNotClosed" : /QUOTE/.test(e.code ?? "") ? "csv.misplacedQuote" : "csv.unreadable";
    throw new RecordFileError({ file, line: e.lines ?? 1 }, fragment(what, { detail: e.message }));
  }
  const rows: TableRow[] = [];
  let line = 1;
  for (const record of parsed) {
    const start = line;
    line += 1;
    let filled = false;
    for (let i = 0; i < record.length; i++) {
      const cell = record[i]!;
      for (let at = cell.indexOf("\n"); at !== -1; at = cell.indexOf("\n", at + 1)) line++;
      const trimmed = cell.trim();
      record[i] = trimmed;
      if (trimmed !== "") filled = true;
    }
    if (filled) rows.push({ at: { file, line: start }, cells: record });
  }
  return { file, rows };
}

/** Each sheet of a workbook that has any cell filled. */
export function workbookTables(file: string, bytes: Uint8Array): Table[] {
  try {
    return readWorkbook(bytes)
      .filter((sheet) => sheet.rows.length > 0)
      .map((sheet) => ({ file, sheet: sheet.name, rows: sheet.rows.map(({ row, cells }) => ({ at: { file, sheet: sheet.name, line: row }, cells })) }));
  } catch (error) {
    if (error instanceof WorkbookError) throw new RecordFileError({ file, sheet: error.sheet, line: error.row ?? 1 }, error.problem);
    throw error;
  }
}
