import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";

/**
 * The rows of a sample CSV as plain objects, read without any of the ingest code, so tests can
 * compute expected answers independently of the loader they check.
 */
export function csvRows(dir: string, file: string): Record<string, string>[] {
  return parse(readFileSync(path.join(dir, file), "utf8"), { columns: true, bom: true, skip_empty_lines: true });
}
