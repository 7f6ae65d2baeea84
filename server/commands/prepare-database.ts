import type { Logger } from "../logger.ts";
import { loadRegions, loadSampleIfEmpty, regionsAreLoaded } from "../ingest/index.ts";
import { applySchema, type Database } from "../db/index.ts";

/**
 * What every start does before serving: constraints and indexes, the regions table (reference data
 * every view and ingest relies on, once per database), and the sample when the database holds no
 * data of its own yet.
 */
export async function prepareDatabase(database: Database, options: { loadSample: boolean; logger: Logger }): Promise<{ sampleLoaded: boolean }> {
  await applySchema(database);
  if (!(await regionsAreLoaded(database))) await loadRegions(database);
  return { sampleLoaded: options.loadSample ? await loadSampleIfEmpty(database, options.logger) : false };
}
