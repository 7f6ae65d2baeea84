import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { applySchema, namedQuery, type Database } from "../db/index.ts";
import type { RecordSet } from "../model/index.ts";
import { loadRegionTable } from "../regions/index.ts";
import { newChangeset, type ChangesetStart } from "./changeset-recording.ts";
import { arrayDelimiter, ImporterUnsuitableError, writeImporterFiles } from "./importer-files.ts";
import type { LoadSummary } from "./load-records.ts";
import type { ProgressReporter } from "./progress.ts";

/**
 * How a load into an empty database is written:
 * - `transactional`: always through changeGraph, in UNWIND batches (loadRecords);
 * - `importer`: through Neo4j's offline importer whenever the database allows it (see
 *   importerRefusal), whatever the load's size;
 * - `auto` (the default): the importer when the database allows it and the load has at least
 *   importerMinRecords records; below that, restarting the database costs more than it saves.
 */
export type FirstLoad = "auto" | "importer" | "transactional";

/** Records from which `auto` takes the importer: a province-sized load (34k records) already gains (bench/README.md). */
export const importerMinRecords = 20_000;

export function isFirstLoad(value: string): value is FirstLoad {
  return value === "auto" || value === "importer" || value === "transactional";
}

/**
 * Why the importer cannot build this database, or undefined when it can. It can when the database
 * is the embedded one this process started (it alone may stop it; a database another process
 * started, or an external one, is never stopped), and holds nothing but what a start leaves in an
 * empty database: no node at all, or the regions table exactly (every region of the table and no
 * other) and the graph's version node (AtlasMeta). Constraints and indexes do not count: the
 * schema is applied again after the import. Anything else (an organisation, a source, a changeset,
 * even one of an undone import) keeps the transactional path.
 */
export async function importerRefusal(database: Database): Promise<string | undefined> {
  if (!database.embedded) return "the database is not an embedded one this process started";
  const others = await database.read("MATCH (n) WHERE NOT n:Region AND NOT n:AtlasMeta RETURN n LIMIT 1");
  if (others.records.length > 0) return "the database is not empty";
  const table = loadRegionTable();
  const regions = await database.read<{ all: number; known: number }>("MATCH (r:Region) RETURN count(r) AS all, count(CASE WHEN r.code IN $codes THEN 1 END) AS known", { codes: table.map((r) => r.code) });
  const all = Number(regions.records[0]!.get("all"));
  const known = Number(regions.records[0]!.get("known"));
  if (all > 0 && (all !== table.length || known !== table.length)) return "the database holds regions other than the regions table";
  return undefined;
}

export interface ImporterLoadOptions {
  /** The changeset the load is recorded as (by, files). */
  changeset: ChangesetStart;
  onProgress?: ProgressReporter;
  onChanged?: () => void;
  /** How long the importer and the restart may take (default an hour). */
  timeoutMs?: number;
}

/** What loadWithImporter did: the load's summary, or why the importer was not used (nothing was changed). */
export type ImporterOutcome = { summary: LoadSummary } | { refused: string };

/**
 * Builds the database from `records` with Neo4j's offline importer: writes the importer's files
 * (importer-files.ts) into the database's import folder, has the launcher stop the database, run
 * `database import full` and start it again (EmbeddedNeo4j.importFull), applies cypher/schema.cypher,
 * and checks that the store holds what the files held. The caller must have checked
 * importerRefusal. Returns `refused` without touching the database when the records hold
 * something the importer would refuse or store differently; throws when the importer failed (the
 * database is then running again, with whatever store the importer left).
 */
export async function loadWithImporter(database: Database, records: RecordSet, options: ImporterLoadOptions): Promise<ImporterOutcome> {
  const control = database.embedded;
  if (!control) return { refused: "the database is not an embedded one this process started" };
  const importDir = path.join(control.home, "import");
  mkdirSync(importDir, { recursive: true });
  const dir = mkdtempSync(path.join(importDir, "importer-"));
  try {
    const started = performance.now();
    const changeset = newChangeset(options.changeset);
    const version = Number((await database.read(namedQuery("graph-version"))).records[0]?.get("version") ?? 0) + 1;
    let files;
    try {
      files = await writeImporterFiles(records, dir, { changeset, version });
    } catch (error) {
      if (error instanceof ImporterUnsuitableError) return { refused: error.message };
      throw error;
    }
    const written = performance.now();
    options.onProgress?.(0, 1, "importer");
    // The database's name comes before the inputs: --nodes and --relationships take several values.
    const args = [
      "database",
      "import",
      "full",
      database.name ?? "neo4j",
      "--overwrite-destination=true",
      `--array-delimiter=${arrayDelimiter}`,
      `--multiline-fields=${files.multiline}`,
      `--report-file=${path.join(dir, "import.report")}`,
      ...files.inputs,
    ];
    const { importerMs } = await control.importFull(args, { timeoutMs: options.timeoutMs });
    const restarted = performance.now();
    await database.forgetBookmarks();
    await waitForDatabase(database);
    await applySchema(database);
    const schemaDone = performance.now();
    const counts = await database.read<{ nodes: number; relationships: number }>("CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships");
    const nodes = Number(counts.records[0]!.get("nodes"));
    const relationships = Number(counts.records[0]!.get("relationships"));
    if (nodes !== files.nodes || relationships !== files.relationships) {
      throw new Error(`Neo4j's importer built ${nodes} nodes and ${relationships} relationships from files holding ${files.nodes} and ${files.relationships}; see ${path.join(control.home, "logs")}`);
    }
    options.onChanged?.();
    const total = Object.values(files.created).reduce((sum, n) => sum + n, 0);
    options.onProgress?.(total, total, "imported");
    const summary: LoadSummary = {
      nodes: Object.fromEntries(Object.entries(files.created).map(([label, created]) => [label, { created, updated: 0, unchanged: 0 }])),
      relationshipsCreated: files.loadRelationships,
      changeset: changeset.id,
      loadedWith: "importer",
    };
    const s = (ms: number) => Math.round(ms) / 1000;
    summary.importerSeconds = { files: s(written - started), importer: s(importerMs), restart: s(restarted - written - importerMs), schema: s(schemaDone - restarted) };
    return { summary };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** After a restart the driver's pooled connections are dead: queries are retried until one answers. */
async function waitForDatabase(database: Database, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await database.read("RETURN 1");
      await database.write("RETURN 1");
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
