import { triggerDownload } from './trigger-download';

export type CsvCell = string | number | boolean | null | undefined;

/** Byte order mark: without it Excel reads UTF-8 CSV as the system code page and garbles Chinese. */
const BOM = '\uFEFF';

/**
 * Where a spreadsheet could start a cell that it would run as a formula (=, +, -, @; tab and CR
 * start DDE payloads too): the start of the text, and right after a , ; tab or line break inside
 * it, since a spreadsheet splitting on ; reads "Acme;=1+1" as two cells (and honours a quote only
 * at the start of a cell), with any spaces or double quotes between. As the server's CSV export.
 */
const FORMULA_AFTER_SEPARATOR = /([,;\t\r\n])(?=[\s"]*[=+\-@\t\r])/g;
const FORMULA_AT_START = /^[\s"]*[=+\-@\t\r]/;

/**
 * One cell as RFC 4180 wants it: quoted when it holds a comma, quote or line break, with quotes
 * doubled. Text that a spreadsheet would take for a formula gets an apostrophe where the formula
 * would start (OWASP's CSV injection advice), so a name like "=HYPERLINK(…)" or "Acme;=1+1" stays
 * text; numbers are left as they are.
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (typeof value === 'string') {
    text = text.replace(FORMULA_AFTER_SEPARATOR, "$1'");
    if (FORMULA_AT_START.test(text)) text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and data rows as CSV text: CRLF line ends, and a BOM first unless `bom` is false. */
export function csvText(header: readonly string[], rows: readonly (readonly CsvCell[])[], options: { bom?: boolean } = {}): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${options.bom === false ? '' : BOM}${lines.join('\r\n')}\r\n`;
}

/** Downloads the rows as `filename` (add `.csv`), UTF-8 with a BOM so Excel opens it as such. */
export function downloadCsv(filename: string, header: readonly string[], rows: readonly (readonly CsvCell[])[], doc: Document = document): void {
  triggerDownload(new Blob([csvText(header, rows)], { type: 'text/csv;charset=utf-8' }), filename, doc);
}
