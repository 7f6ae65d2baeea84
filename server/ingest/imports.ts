import type { Database } from "../db/index.ts";
import type { RecordFileName } from "../model/index.ts";
import { findChangeset, listChangesets, undoChangeset, type Changeset } from "./changesets.ts";
import { compareRecords, type RecordChange } from "./compare-records.ts";
import { filesFromPaths, type ImportFile } from "./import-files.ts";
import { overruledNote, prepareRecords, writeRecords, type PreparedRecords } from "./ingest.ts";
import { messageDetail, renderMessages, type Locale, type Message, type MessageDetail } from "./messages/index.ts";
import type { ProgressReporter } from "./progress.ts";
import type { TableChoice, TablePreview } from "./read-records.ts";
import { wordConflict, type Conflict, type ConflictDecision } from "./resolve-entities.ts";

// The door for imports from the browser and the CLI alike (../notes: imports-interface): read files
// in memory, preview what committing would do, commit as one recorded changeset, undo it.

export type { Changeset, ImportFile, Locale, MessageDetail, RecordChange, TableChoice, TablePreview };
export { filesFromPaths, listChangesets, undoChangeset };

export interface ImportOptions {
  /** People's choices of kind and columns, by TablePreview.key. */
  choices?: Record<string, TableChoice>;
  /** Decisions by conflict (Conflict.where); they win over onConflict. */
  decisions?: Record<string, ConflictDecision>;
  onConflict?: ConflictDecision;
  skipUnknown?: boolean;
  batchSize?: number;
  onProgress?: ProgressReporter;
  /** The language of problems, notes, conflicts' differences and tables' `why` (default English). */
  locale?: Locale;
}

export interface ImportPreview {
  tables: TablePreview[];
  /** Each "file:sheet:row: message", in the options' language; nothing can be committed while there are any. */
  problems: string[];
  notes: string[];
  /** The same problems and notes as programs read them: place, message code, values, and the words after the place. */
  problemDetails: MessageDetail[];
  noteDetails: MessageDetail[];
  /** Rows that match an organisation but disagree with it, decided or not. */
  conflicts: Conflict[];
  changes: RecordChange[];
  counts: { new: number; changed: number; unchanged: number; conflicts: number };
  /** The kinds read, with how many records each (what a summary line shows). */
  read?: Partial<Record<RecordFileName, number>>;
}

/** The preview and the resolved records behind it, which a commit writes as they were shown. */
async function prepare(database: Database, files: ImportFile[], options: ImportOptions): Promise<{ preview: ImportPreview; prepared: PreparedRecords }> {
  const prepared = await prepareRecords(database, files, options);
  options.onProgress?.(0, 1, "comparing");
  // Records with problems are not compared: the preview lists the problems to fix first.
  const changes = await compareRecords(database, prepared.records);
  const counts = { new: 0, changed: 0, unchanged: 0, conflicts: prepared.conflicts.length };
  for (const change of changes) counts[change.change] += 1;
  const read = Object.fromEntries(Object.entries(prepared.read.records).filter(([, list]) => list.length > 0).map(([name, list]) => [name, list.length]));
  const locale = options.locale ?? "en";
  return {
    prepared,
    preview: {
      tables: prepared.read.tables,
      ...worded(prepared.problems, prepared.notes, locale),
      conflicts: prepared.conflicts.map((conflict) => wordConflict(conflict, locale)),
      changes,
      counts,
      read,
    },
  };
}

/** Problems and notes in a language: as text, and as details for programs. */
function worded(problems: Message[], notes: Message[], locale: Locale): Pick<ImportPreview, "problems" | "notes" | "problemDetails" | "noteDetails"> {
  return {
    problems: renderMessages(problems, locale),
    notes: renderMessages(notes, locale),
    problemDetails: problems.map((item) => messageDetail(item, locale)),
    noteDetails: notes.map((item) => messageDetail(item, locale)),
  };
}

/** What committing these files would do, record by record, with every problem and conflict. Writes nothing. */
export async function previewImport(database: Database, files: ImportFile[], options: ImportOptions = {}): Promise<ImportPreview> {
  return (await prepare(database, files, options)).preview;
}

/**
 * Writes only when the preview has no problem, as one changeset recorded in the same transaction(s)
 * as the writes (one transaction up to batchSize rows), so it can be undone as a whole.
 */
export async function commitImport(database: Database, files: ImportFile[], options: ImportOptions & { by: string }): Promise<{ preview: ImportPreview; changeset?: Changeset }> {
  const { preview, prepared } = await prepare(database, files, options);
  if (preview.problems.length > 0) return { preview };
  const summary = await writeRecords(database, prepared.records, { batchSize: options.batchSize, onProgress: options.onProgress, changeset: { by: options.by, files: files.map((file) => file.name) },
    // The server serves while it imports: it never stops its database for the importer.
    firstLoad: "transactional",
  });
  const overruled = (summary.overruled ?? []).map((id) => overruledNote(id));
  Object.assign(preview, worded(prepared.problems, [...prepared.notes, ...overruled], options.locale ?? "en"));
  const changeset = summary.changeset ? await findChangeset(database, summary.changeset) : undefined;
  return { preview, ...(changeset ? { changeset } : {}) };
}
