import type { Database } from "../db/index.ts";
import { loadRegions, regionsAreLoaded } from "./load-regions.ts";
import { sharedRegionResolver } from "../regions/index.ts";
import { checkReferences, duplicateIds } from "./check-references.ts";
import { loadRecords, type LoadSummary } from "./load-records.ts";
import type { ProgressReporter } from "./progress.ts";
import { readRecords, type ReadResult } from "./read-records.ts";
import { existingAgreementsFor, resolveAgreements } from "./resolve-agreements.ts";
import { resolveRegions } from "./resolve-regions.ts";
import { existingChainNames, resolveReferences } from "./resolve-references.ts";
import { existingOrganizations, resolveOrganizations, type Conflict, type ResolutionOptions } from "./resolve-entities.ts";

export interface IngestResult {
  /** Every problem found, as file:line: message; when there are any, nothing was written. */
  problems: string[];
  notes: string[];
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
}

/**
 * The ingest pipeline: read and validate everything, resolve regions and organisations, check every
 * reference; only then write, and only when there is no problem at all.
 */
export async function ingest(database: Database, paths: string[], options: IngestOptions = {}): Promise<IngestResult> {
  return ingestRecords(database, readRecords(paths, options.displayRoot, { skipUnknown: options.skipUnknown }), options);
}

/**
 * The same pipeline for records read some other way (the register's reference CSV): resolve, check,
 * and write only when there is no problem.
 */
export async function ingestRecords(database: Database, read: ReadResult, options: IngestOptions = {}): Promise<IngestResult> {
  const problems = [...read.problems, ...resolveRegions(read.records, sharedRegionResolver())];
  const known = await existingOrganizations(database);
  const resolution = resolveOrganizations(read.records, known, { onConflict: options.onConflict, decisions: options.decisions });
  // Names in references become ids once every organisation of the run has its final id.
  const references = resolveReferences(resolution.records, {
    organizations: known.map((o) => ({ id: o.id, label: "Organization", names: [o.name, o.nameZh, ...o.aliases], code: o.code })),
    chains: await existingChainNames(database),
  });
  // Agreements are compared once their parties are resolved, so the same parties have the same ids.
  const agreementResolution = resolveAgreements(references.records, await existingAgreementsFor(database, references.records));
  const records = agreementResolution.records;
  problems.push(...resolution.problems, ...references.problems, ...duplicateIds(records), ...(await checkReferences(records, database)));
  const counts = Object.fromEntries(Object.entries(read.records).map(([name, list]) => [name, list.length]));
  const result: IngestResult = { problems, notes: [...read.notes, ...resolution.notes, ...references.notes, ...agreementResolution.notes], skipped: read.skipped, read: counts, conflicts: resolution.conflicts };
  if (problems.length > 0 || options.dryRun) return result;
  // Organisations link to their regions, so the regions table goes in first (once per database).
  if (!(await regionsAreLoaded(database))) await loadRegions(database);
  result.summary = await loadRecords(database, records, { batchSize: options.batchSize, onProgress: options.onProgress });
  for (const id of result.summary.overruled ?? []) {
    result.notes.push(`agreement "${id}": a reviewer has decided its type, title, dates or status; the file's other values were not applied (people's decisions outrank files)`);
  }
  return result;
}

/** True when nothing was created or changed: a repeated load of the same input. */
export function changedNothing(summary: LoadSummary): boolean {
  return summary.relationshipsCreated === 0 && Object.values(summary.nodes).every((n) => n.created === 0 && n.updated === 0);
}
