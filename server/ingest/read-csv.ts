import { parse } from "csv-parse/sync";

/** One data row of a record file, with the line it starts on (the header is line 1). */
export interface SourceRow {
  file: string;
  line: number;
  values: Record<string, string>;
}

export class RecordFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
  }
}

/** Parses CSV text with a header row; values are trimmed, empty cells dropped. */
export function readCsv(file: string, text: string): { columns: string[]; rows: SourceRow[] } {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof parsed;
  } catch (error) {
    const e = error as Error & { lines?: number };
    throw new RecordFileError(file, e.lines ?? 1, e.message.replace(/^Invalid Opening Quote: |^Quote Not Closed: /, (m) => m));
  }
  const [header, ...body] = parsed;
  if (!header) return { columns: [], rows: [] };
  const columns = header.record.map((c) => c.trim());
  const rows: SourceRow[] = [];
  let previousEnd = header.info.lines;
  for (const { record, info } of body) {
    const values: Record<string, string> = {};
    columns.forEach((column, i) => {
      const value = record[i]?.trim();
      if (value) values[column] = value;
    });
    // info.lines is where the record ends; it starts right after the previous one (blank lines aside).
    rows.push({ file, line: previousEnd + 1, values });
    previousEnd = info.lines;
  }
  return { columns, rows };
}
