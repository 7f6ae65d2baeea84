import { triggerDownload } from './trigger-download';

export type CsvCell = string | number | boolean | null | undefined;

/** Byte order mark: without it Excel reads UTF-8 CSV as the system code page and garbles Chinese. */
const BOM = '\uFEFF';

/** Text cells a spreadsheet would run as a formula (=, +, -, @; tab and CR start DDE payloads too). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell as RFC 4180 wants it: quoted when it holds a comma, quote or line break, with quotes
 * doubled. Text that a spreadsheet would take for a formula gets a leading apostrophe (OWASP's
 * CSV injection advice), so a name like "=HYPERLINK(…)" stays text; numbers are left as they are.
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
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
