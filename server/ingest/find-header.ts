import { canonicalColumn } from "./column-names.ts";
import { knownColumns, recordFiles } from "../model/index.ts";
import type { Table, TableRow } from "./table.ts";

/** How far down a header row is looked for: title rows and notes above it are a few lines at most. */
const headerSearchRows = 20;

/** Whether some kind of record file knows this header (by name or synonym). */
export function isKnownHeader(header: string): boolean {
  return header !== "" && recordFiles.some((kind) => canonicalColumn(kind, header, knownColumns[kind]) !== undefined);
}

export interface TableLayout {
  /** The header's cells, trimmed. */
  header: string[];
  headerAt: TableRow["at"];
  /** The rows under the header, each with the section heading above it, if any. */
  rows: (TableRow & { heading?: string })[];
  /** Rows above the header (a title, a date line), as text, to say they were passed over. */
  titleRows: string[];
}

/**
 * Finds the header: the first row among the first twenty with the most cells that are known column
 * names (at least two), so a workbook's title rows ("附件1：", "全国普通高等学校名单") are passed
 * over. A table where no row has two known names keeps its first row as the header, and the kind
 * check then says what is wrong with it.
 *
 * Under a header that begins with a row-number column (序号), a row with text in that column alone
 * is a section heading ("北京市（92所）", "一、钛及钛合金产业链"), passed to the rows below it
 * rather than read as a record.
 */
export function tableLayout(table: Table): TableLayout | undefined {
  if (table.rows.length === 0) return undefined;
  let best = 0;
  let bestCount = 1;
  table.rows.slice(0, headerSearchRows).forEach((row, i) => {
    const count = row.cells.filter(isKnownHeader).length;
    if (count > bestCount) {
      best = i;
      bestCount = count;
    }
  });
  const headerRow = table.rows[best]!;
  const header = headerRow.cells.map((cell) => cell.replace(/\s+/g, " ").trim());
  const numbered = header.length > 2 && isRowNumberHeader(header[0]!);
  const rows: TableLayout["rows"] = [];
  let heading: string | undefined;
  for (const row of table.rows.slice(best + 1)) {
    const filled = row.cells.map((cell, i) => (cell !== "" ? i : -1)).filter((i) => i >= 0);
    if (numbered && filled.length === 1 && filled[0] === 0 && !/^\d+$/.test(row.cells[0]!)) {
      heading = row.cells[0]!;
      continue;
    }
    rows.push(heading === undefined ? row : { ...row, heading });
  }
  return { header, headerAt: headerRow.at, rows, titleRows: table.rows.slice(0, best).map((row) => row.cells.filter(Boolean).join(" ").replace(/\s+/g, " ")) };
}

function isRowNumberHeader(header: string): boolean {
  return recordFiles.some((kind) => canonicalColumn(kind, header, knownColumns[kind]) === "rowNumber");
}

/** A row's cells by the header's names; the first of two columns of one name wins, empty cells are left out. */
export function valuesByHeader(header: readonly string[], cells: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  header.forEach((column, i) => {
    const value = cells[i];
    if (column && value && values[column] === undefined) values[column] = value;
  });
  return values;
}
