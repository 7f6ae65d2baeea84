import type { Database } from "../db/database.ts";
import { checkReferences, duplicateIds } from "./check-references.ts";
import { loadRecords, type LoadSummary } from "./load-records.ts";
import { readRecords } from "./read-records.ts";

export interface IngestResult {
  /** Every problem found, as file:line: message; when there are any, nothing was written. */
  problems: string[];
  notes: string[];
  summary?: LoadSummary;
}

export interface IngestOptions {
  dryRun?: boolean;
  /** Paths in messages are shown relative to this folder. */
  displayRoot?: string;
}

/** The ingest pipeline: read, validate everything, then load everything in one transaction, or nothing. */
export async function ingest(database: Database, paths: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const { records, problems, notes } = readRecords(paths, options.displayRoot);
  problems.push(...duplicateIds(records));
  problems.push(...(await checkReferences(records, database)));
  if (problems.length > 0 || options.dryRun) return { problems, notes };
  return { problems, notes, summary: await loadRecords(database, records) };
}

/** True when nothing was created or changed: a repeated load of the same input. */
export function changedNothing(summary: LoadSummary): boolean {
  return summary.relationshipsCreated === 0 && Object.values(summary.nodes).every((n) => n.created === 0 && n.updated === 0);
}
