import * as XLSX from "@e965/xlsx";
import { fragment, wording, type Fragment } from "./messages/index.ts";

/**
 * Workbooks as offices publish and planners keep them: `.xlsx` and the legacy `.xls` (BIFF) that the
 * Ministry of Education still uses. SheetJS reads both; this turns each sheet into rows of text cells,
 * numbered as Excel shows them, so the rest of ingest sees what a person sees:
 * - codes stay text: 4111010001 stored as a number is "4111010001", never "4.11E+09" or a float;
 *   a number too large to be exact (an 18-digit credit code typed into a number cell) is refused,
 *   since its last digits are already lost;
 * - dates stored as Excel serials come out as YYYY-MM-DD, computed from the serial itself, so the
 *   reading machine's time zone cannot shift them by a day;
 * - a cell merged down over several rows (a chain's name beside each of its enterprises) fills each
 *   of those rows; a cell merged across (a title or a province heading) stays in its first column;
 * - formulas count as the value last saved with them; macros are not loaded and external links are
 *   not followed, so a workbook is read as data only.
 */

export interface WorkbookRow {
  /** The row's number as Excel shows it (1 is the first row). */
  row: number;
  /** Cell texts by column, trimmed; "" for an empty cell. */
  cells: string[];
}

export interface WorkbookSheet {
  name: string;
  rows: WorkbookRow[];
}

/** A workbook that cannot be read: what is wrong (its English words are the Error's message), and where when a cell says it. */
export class WorkbookError extends Error {
  constructor(
    readonly sheet: string | undefined,
    readonly row: number | undefined,
    readonly problem: Fragment,
  ) {
    super(wording(problem, "en"));
  }
}

/** The largest workbook read: SheetJS holds a whole workbook in memory, several times its size. */
export const maxWorkbookBytes = 50 * 1024 * 1024;

export function isWorkbookFile(file: string): boolean {
  return /\.(xlsx|xlsm|xls)$/i.test(file);
}

/** Every sheet of a workbook as rows of text; empty rows are left out, their numbers kept. */
export function readWorkbook(bytes: Uint8Array, { maxBytes = maxWorkbookBytes }: { maxBytes?: number } = {}): WorkbookSheet[] {
  if (bytes.byteLength > maxBytes) {
    throw new WorkbookError(undefined, undefined, fragment("workbook.tooLarge", { size: megabytes(bytes.byteLength), limit: megabytes(maxBytes) }));
  }
  // SheetJS reads any bytes as some workbook (text becomes a one-column sheet), so the container is
  // checked first: a zip (.xlsx), a compound file (.xls), or the HTML or XML table that some
  // offices save under an .xls name.
  if (!looksLikeWorkbook(bytes)) {
    throw new WorkbookError(undefined, undefined, fragment("workbook.notWorkbook"));
  }
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, { type: "buffer", dense: true, cellNF: true, cellDates: false, cellFormula: false, cellHTML: false, cellStyles: false, bookVBA: false });
  } catch (error) {
    throw new WorkbookError(undefined, undefined, fragment("workbook.unreadable", { detail: (error as Error).message }));
  }
  return workbook.SheetNames.map((name) => readSheet(name, workbook.Sheets[name]!));
}

function readSheet(name: string, sheet: XLSX.WorkSheet): WorkbookSheet {
  const data = (sheet["!data"] ?? []) as (XLSX.CellObject | undefined)[][];
  const texts: string[][] = data.map((cells, r) => (cells ?? []).map((cell, c) => cellText(name, r, c, cell)));
  for (const merge of sheet["!merges"] ?? []) {
    if (merge.e.r === merge.s.r) continue;
    const value = texts[merge.s.r]?.[merge.s.c] ?? "";
    for (let r = merge.s.r + 1; r <= merge.e.r; r++) {
      texts[r] ??= [];
      if (!texts[r]![merge.s.c]) texts[r]![merge.s.c] = value;
    }
  }
  const rows: WorkbookRow[] = [];
  texts.forEach((cells, r) => {
    const dense = Array.from({ length: cells.length }, (_, c) => cells[c] ?? "");
    if (dense.some((cell) => cell !== "")) rows.push({ row: r + 1, cells: dense });
  });
  return { name, rows };
}

function cellText(sheet: string, r: number, c: number, cell: XLSX.CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return "";
  switch (cell.t) {
    case "s":
      return String(cell.v).trim();
    case "b":
      return cell.v ? "TRUE" : "FALSE";
    case "e":
      return "";
    case "d":
      return isoDate(cell.v as Date);
    case "n": {
      const value = cell.v as number;
      if (cell.z !== undefined && XLSX.SSF.is_date(cell.z)) {
        const parts = XLSX.SSF.parse_date_code(value);
        if (parts) return `${parts.y}-${String(parts.m).padStart(2, "0")}-${String(parts.d).padStart(2, "0")}`;
      }
      if (Number.isInteger(value)) {
        if (!Number.isSafeInteger(value)) {
          throw new WorkbookError(sheet, r + 1, fragment("workbook.inexactNumber", { cell: XLSX.utils.encode_cell({ r, c }), shown: cell.w ?? String(value) }));
        }
        return value.toFixed(0);
      }
      return String(value);
    }
    default:
      return String(cell.v).trim();
  }
}

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
const compoundFileSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function looksLikeWorkbook(bytes: Uint8Array): boolean {
  const startsWith = (signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (startsWith(zipSignature) || startsWith(compoundFileSignature)) return true;
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, "").trimStart().toLowerCase();
  return head.startsWith("<?xml") || head.startsWith("<html") || head.startsWith("<!doctype html") || head.startsWith("<table");
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "");
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
