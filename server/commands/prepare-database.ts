import type { Logger } from "../logger.ts";
import { loadRegions, loadRegisterIfAbsent, loadSampleIfEmpty, regionsAreLoaded } from "../ingest/index.ts";
import { applySchema, type Database } from "../db/index.ts";

export interface PrepareOptions {
  /** Load data/sample into an empty database (ATLAS_SAMPLE). */
  loadSample: boolean;
  /** Load the ministry's register of higher-education institutions when it is not loaded yet (ATLAS_REGISTER). */
  loadRegister: boolean;
  logger: Logger;
}

/**
 * What every start does before serving: constraints and indexes, the regions table (reference data
 * every view and ingest relies on, once per database), the sample when the database holds no
 * data of its own yet, then the register of higher-education institutions (reference data too,
 * once per database). The sample goes before the register so that its organisations keep their
 * ids: the register's schools fold into them.
 */
export async function prepareDatabase(database: Database, options: PrepareOptions): Promise<{ sampleLoaded: boolean; registerLoaded: boolean }> {
  await applySchema(database);
  if (!(await regionsAreLoaded(database))) await loadRegions(database);
  const sampleLoaded = options.loadSample ? await loadSampleIfEmpty(database, options.logger) : false;
  const registerLoaded = options.loadRegister ? (await loadRegisterIfAbsent(database, options.logger)).loaded : false;
  return { sampleLoaded, registerLoaded };
}
