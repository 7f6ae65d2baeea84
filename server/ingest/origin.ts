/** Where a record came from: a CSV file and line, or a JSON file and the record's path in it. */
export interface Origin {
  file: string;
  line?: number;
  path?: string;
}

/** "file:line" for CSV, "file:agreements[3]" for JSON: the prefix of every problem message. */
export function formatOrigin(at: Origin): string {
  if (at.path !== undefined) return `${at.file}:${at.path}`;
  return `${at.file}:${at.line ?? 1}`;
}
