import { namedQuery, type Database } from "../db/index.ts";
import type { Logger } from "../logger.ts";
import { ingestRecords, type IngestResult } from "./ingest.ts";
import { readRegisterCsv, readRegisterEnglishNames, registerFile, registerRecords, registerSource, type RegisterRow } from "./register-reference.ts";

/**
 * True when every school of the register is in the graph with its code and cites the register:
 * one indexed read, so every start can ask.
 */
export async function registerIsLoaded(database: Database, rows: readonly RegisterRow[] = readRegisterCsv()): Promise<boolean> {
  const result = await database.read(namedQuery("register-codes-loaded"), { source: registerSource.id, codes: rows.map((row) => row.code) });
  return Number(result.records[0]?.get("loaded") ?? 0) === rows.length;
}

export interface RegisterLoad {
  /** False when the register was already loaded, or when it could not be (then `problems` says why): nothing was written. */
  loaded: boolean;
  /** What stopped the load: rows that clash with the graph (a school's name on an enterprise, a name that fits several organisations). */
  problems: string[];
  result?: IngestResult;
  ms: number;
}

/**
 * Loads the ministry's register (data/reference/moe-register-2025.csv) through the ingest
 * pipeline, unless it is loaded already. Organisations already in the graph (the sample's, a
 * planner's) keep their ids and facts: a school that matches one by code or name is folded into
 * it and gains its code, region only where it had none, and the register as a source ("keep" on
 * any conflict: reference data never overwrites what people loaded). A row that cannot be placed
 * (its school's name is an enterprise's in the graph, or fits several organisations) stops the
 * load, all or nothing like any ingest; the problems are returned for the caller to report.
 */
export async function loadRegisterIfAbsent(database: Database, logger: Logger, file: string = registerFile): Promise<RegisterLoad> {
  const started = Date.now();
  const rows = readRegisterCsv(file);
  if (await registerIsLoaded(database, rows)) return { loaded: false, problems: [], ms: Date.now() - started };
  const read = { records: registerRecords(rows, file, readRegisterEnglishNames()), problems: [], notes: [], skipped: [] };
  const result = await ingestRecords(database, read, { onConflict: "keep" });
  if (result.problems.length > 0) return { loaded: false, problems: result.problems, result, ms: Date.now() - started };
  const ms = Date.now() - started;
  const merged = result.noteDetails.filter((note) => note.code === "org.merged").length;
  logger.info({ institutions: rows.length, mergedIntoExisting: merged, keptOnConflict: result.conflicts?.length ?? 0, nodes: result.summary?.nodes, ms }, "loaded the Ministry of Education's register of higher-education institutions");
  return { loaded: true, problems: [], result, ms };
}
