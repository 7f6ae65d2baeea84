/**
 * Where a record came from: a CSV file and line, a workbook's sheet and row (as Excel numbers it),
 * or a JSON file and the record's path in it.
 */
export interface Origin {
  file: string;
  sheet?: string;
  line?: number;
  path?: string;
}

/** "file:line" for CSV, "file:sheet:row" for a workbook, "file:agreements[3]" for JSON: the prefix of every problem message. */
export function formatOrigin(at: Origin): string {
  if (at.path !== undefined) return `${at.file}:${at.path}`;
  if (at.sheet !== undefined) return `${at.file}:${at.sheet}:${at.line ?? 1}`;
  return `${at.file}:${at.line ?? 1}`;
}

/**
 * A value as a message quotes it: a 5 MB cell or a 100,000-column header echoed whole would bury
 * every other problem (and the terminal), so long values keep their start and their length.
 */
export function excerpt(value: string, max = 80): string {
  const chars = [...value];
  return chars.length <= max ? value : `${chars.slice(0, max).join("")}… (${chars.length.toLocaleString("en")} characters)`;
}
