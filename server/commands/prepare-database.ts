import type { Logger } from "../logger.ts";
import { loadSampleIfEmpty } from "../ingest/sample.ts";
import { loadRegions, regionsAreLoaded } from "../ingest/load-regions.ts";
import { applySchema } from "../db/apply-schema.ts";
import type { Database } from "../db/database.ts";

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
