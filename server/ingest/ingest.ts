import os from "node:os";
import type { Database } from "../db/index.ts";
import { loadRegions, regionsAreLoaded } from "./load-regions.ts";
import { sharedRegionResolver } from "../regions/index.ts";
import { checkReferences, duplicateIds } from "./check-references.ts";
import { loadRecords, type LoadOptions, type LoadSummary } from "./load-records.ts";
import { importerMinRecords, importerRefusal, loadWithImporter, type FirstLoad } from "./importer-load.ts";
import type { ProgressReporter } from "./progress.ts";
import { readFiles, type ReadOptions, type ReadResult } from "./read-records.ts";

/** What resolution needs of a read: the register's reference CSV has no tables to preview. */
type ReadRecords = Omit<ReadResult, "tables"> & { tables?: ReadResult["tables"] };
import { readPaths, type ImportFile } from "./import-files.ts";
import type { RecordSet } from "../model/index.ts";
import { existingAgreementsFor, resolveAgreements } from "./resolve-agreements.ts";
import { resolveRegions } from "./resolve-regions.ts";
import { existingChainNames, resolveReferences } from "./resolve-references.ts";
import { existingOrganizationsFor, resolveOrganizations, wordConflict, type Conflict, type FoundConflict, type ResolutionOptions } from "./resolve-entities.ts";
import { message, messageDetail, renderMessages, type Locale, type Message, type MessageDetail } from "./messages/index.ts";

export interface IngestResult {
  /** Every problem found, as file:line: message in the options' language; when there are any, nothing was written. */
  problems: string[];
  notes: string[];
  /** The same problems and notes as programs read them: place, message code, values and words. */
  problemDetails: MessageDetail[];
  noteDetails: MessageDetail[];
  /** Files passed over (a folder's README; unknown files with skipUnknown); the notes say why. */
  skipped: string[];
  /** How many records were read, per file kind. */
  read: Record<string, number>;
  /** Rows that match an organisation but disagree with it, decided or not (DESIGN.md, "Identity"). */
  conflicts?: Conflict[];
  summary?: LoadSummary;
}

export interface IngestOptions {
  dryRun?: boolean;
  /** Paths in messages are shown relative to this folder. */
  displayRoot?: string;
  batchSize?: number;
  /** Pass over files that are neither record files nor articles instead of failing the run. */
  skipUnknown?: boolean;
  /** What to do with conflicts: one decision for all, or one per conflict. */
  onConflict?: ResolutionOptions["onConflict"];
  decisions?: ResolutionOptions["decisions"];
  onProgress?: ProgressReporter;
  /** Who the changeset names (default: the operating-system user). */
  by?: string;
  /** The language of problems and notes (default English). */
  locale?: Locale;
  /** How a load into an empty embedded database is written (importer-load.ts; default auto). */
  firstLoad?: FirstLoad;
}

/** What the pipeline made of the files before anything is written: resolved records and every problem. */
export interface PreparedRecords {
  read: ReadResult;
  /** Records with regions, organisations, references and agreements resolved: what a load writes. */
  records: RecordSet;
  problems: Message[];
  notes: Message[];
  conflicts: FoundConflict[];
}

/**
 * Everything but the writing: read and validate the files, resolve regions and organisations,
 * names in references and agreements, and check every reference against the graph.
 */
export async function prepareRecords(database: Database, files: ImportFile[], options: ReadOptions & Pick<IngestOptions, "onConflict" | "decisions" | "locale"> = {}): Promise<PreparedRecords> {
  return resolveRead(database, readFiles(files, options), options);
}

/** Records read some way or other, resolved and checked against the graph; nothing is written. */
export async function resolveRead(database: Database, read: ReadRecords, options: Pick<IngestOptions, "onConflict" | "decisions"> = {}): Promise<PreparedRecords> {
  const problems = [...read.problems, ...resolveRegions(read.records, sharedRegionResolver())];
  // Two independent reads, sent together.
  const [known, chains] = await Promise.all([existingOrganizationsFor(database, read.records), existingChainNames(database)]);
  const resolution = resolveOrganizations(read.records, known, { onConflict: options.onConflict, decisions: options.decisions });
  // Names in references become ids once every organisation of the run has its final id.
  const references = resolveReferences(resolution.records, {
    organizations: known.map((o) => ({ id: o.id, label: "Organization", names: [o.name, o.nameZh, ...o.aliases], code: o.code })),
    chains,
  });
  // Agreements are compared once their parties are resolved, so the same parties have the same ids.
  const agreementResolution = resolveAgreements(references.records, await existingAgreementsFor(database, references.records));
  const records = agreementResolution.records;
  // A name that fits several is said once, with its candidates, not again as a reference to nothing.
  const key = (where: string, field: string, value: unknown) => JSON.stringify([where, field, value]);
  const ambiguous = new Set(references.problems.flatMap((p) => (p.code === "ref.ambiguous" ? [key(p.where, p.values.field, p.values.given)] : [])));
  const unresolved = (await checkReferences(records, database, new Set(known.map((o) => o.id)))).filter((p) => !(p.code === "ref.unknown" && ambiguous.has(key(p.where, p.values.field, p.values.id))));
  problems.push(...resolution.problems, ...references.problems, ...duplicateIds(records), ...unresolved);
  return { read: { tables: [], ...read }, records, problems, notes: [...read.notes, ...resolution.notes, ...references.notes, ...agreementResolution.notes], conflicts: resolution.conflicts };
}

/**
 * The ingest pipeline: read and validate everything, resolve regions and organisations, check every
 * reference; only then write, and only when there is no problem at all. Every load is recorded as
 * a changeset (changesets.ts), so it can be undone.
 */
export async function ingest(database: Database, paths: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const given = readPaths(paths, options.displayRoot);
  const read = readFiles(given.files, { skipUnknown: options.skipUnknown, locale: options.locale });
  return ingestRecords(database, { ...read, notes: [...given.notes, ...read.notes], skipped: [...given.skipped, ...read.skipped] }, { ...options, files: given.files.map((f) => f.name) });
}

/**
 * The same pipeline for records read some other way (the register's reference CSV): resolve, check,
 * and write only when there is no problem, recorded as a changeset like any load.
 */
export async function ingestRecords(database: Database, read: ReadRecords, options: IngestOptions & { files?: string[] } = {}): Promise<IngestResult> {
  const locale = options.locale ?? "en";
  const prepared = await resolveRead(database, read, options);
  const { records, problems } = prepared;
  const counts = Object.fromEntries(Object.entries(read.records).map(([name, list]) => [name, list.length]));
  const worded = (problemList: Message[], noteList: Message[]) => ({
    problems: renderMessages(problemList, locale),
    notes: renderMessages(noteList, locale),
    problemDetails: problemList.map((item) => messageDetail(item, locale)),
    noteDetails: noteList.map((item) => messageDetail(item, locale)),
  });
  const result: IngestResult = { ...worded(problems, prepared.notes), skipped: read.skipped, read: counts, conflicts: prepared.conflicts.map((conflict) => wordConflict(conflict, locale)) };
  if (problems.length > 0 || options.dryRun) return result;
  const files = options.files ?? [...new Set(Object.values(read.records).flatMap((list: { at: { file: string } }[]) => list.map((record) => record.at.file)))];
  result.summary = await writeRecords(database, records, { batchSize: options.batchSize, onProgress: options.onProgress, changeset: { by: options.by ?? defaultAuthor(), files }, firstLoad: options.firstLoad });
  const overruled = (result.summary.overruled ?? []).map((id) => overruledNote(id));
  return { ...result, ...worded(problems, [...prepared.notes, ...overruled]) };
}

/** The note for an agreement whose reviewed facts a load left as the reviewer decided them. */
export function overruledNote(id: string): Message {
  return message("", "agreement.overruled", { id });
}

/**
 * Writes resolved records: the regions table first (once per database; organisations link to it),
 * then the load. Into an empty embedded database this process started, a large load (or any, with
 * `firstLoad: "importer"`) is built by Neo4j's offline importer instead, regions, projection,
 * version and changeset included (importer-load.ts); the graph is the same as the transactional
 * load's. `firstLoad` defaults to "auto".
 */
export async function writeRecords(database: Database, records: RecordSet, options: LoadOptions & { firstLoad?: FirstLoad }): Promise<LoadSummary> {
  const firstLoad = options.firstLoad ?? "auto";
  const size = Object.values(records).reduce((sum, list: unknown[]) => sum + list.length, 0);
  if (options.changeset && (firstLoad === "importer" || (firstLoad === "auto" && size >= importerMinRecords)) && (await importerRefusal(database)) === undefined) {
    const outcome = await loadWithImporter(database, records, { changeset: options.changeset, onProgress: options.onProgress, onChanged: options.onChanged });
    if ("summary" in outcome) return outcome.summary;
  }
  if (!(await regionsAreLoaded(database))) await loadRegions(database);
  return loadRecords(database, records, options);
}

/** Who made a change when no one is named: the operating-system user running the process. */
export function defaultAuthor(): string {
  try {
    return os.userInfo().username || "unknown";
  } catch {
    return process.env.USER ?? "unknown";
  }
}

/** True when nothing was created or changed: a repeated load of the same input. */
export function changedNothing(summary: LoadSummary): boolean {
  return summary.relationshipsCreated === 0 && Object.values(summary.nodes).every((n) => n.created === 0 && n.updated === 0);
}
