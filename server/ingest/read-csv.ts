import { parse } from "csv-parse/sync";
import { formatOrigin, type Origin } from "../model/index.ts";

/** One data row of a record file: values by header as written, and where the row starts. */
export interface SourceRow {
  at: Origin;
  values: Record<string, string | string[]>;
}

export class RecordFileError extends Error {
  constructor(
    readonly at: Origin,
    message: string,
  ) {
    super(`${formatOrigin(at)}: ${message}`);
  }
}

/**
 * Parses CSV text with a header row. Values are trimmed and empty cells dropped. Line endings are
 * made "\n" first: csv-parse counts lines one too many after "\r\n" records, and Windows files
 * are common. Each row's line is where it starts, so a quoted field over several lines is found.
 */
export function readCsv(file: string, text: string): { header: string[]; rows: SourceRow[] } {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text.replace(/\r\n?/g, "\n"), { bom: true, relax_column_count: true, skip_empty_lines: false, info: true }) as unknown as typeof parsed;
  } catch (error) {
    const e = error as Error & { lines?: number };
    throw new RecordFileError({ file, line: e.lines ?? 1 }, e.message);
  }
  const [headerRecord, ...body] = parsed;
  if (!headerRecord) return { header: [], rows: [] };
  const header = headerRecord.record.map((column) => column.trim());
  const rows: SourceRow[] = [];
  let previousEnd = headerRecord.info.lines;
  for (const { record, info } of body) {
    const start = previousEnd + 1;
    previousEnd = info.lines;
    if (record.every((cell) => cell.trim() === "")) continue;
    const values: Record<string, string> = {};
    header.forEach((column, i) => {
      const value = record[i]?.trim();
      if (value) values[column] = value;
    });
    rows.push({ at: { file, line: start }, values });
  }
  return { header, rows };
}
