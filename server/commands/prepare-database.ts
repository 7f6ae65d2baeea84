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
  const register = options.loadRegister ? await loadRegisterIfAbsent(database, options.logger) : undefined;
  if (register && register.problems.length > 0) {
    // Reference data is worth having, not worth refusing to serve a graph over.
    options.logger.warn(
      { problems: register.problems.slice(0, 20), count: register.problems.length },
      "the register of higher-education institutions was not loaded: some of its schools clash with the graph; resolve them and run `npm run -s atlas -- register`, or set ATLAS_REGISTER=off",
    );
  }
  return { sampleLoaded, registerLoaded: register?.loaded ?? false };
}
