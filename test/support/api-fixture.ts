import { expect } from "vitest";
import { applySchema } from "../../server/db/apply-schema.ts";
import type { Database } from "../../server/db/database.ts";
import { ingest } from "../../server/ingest/ingest.ts";
import { ApiOracle, apiFixtureDir, readContainment, readFixture } from "./api-oracle.ts";
import { connectTestDatabase, resetDatabase } from "./test-database.ts";
import { startTestServer, type TestServer, type TestServerOptions } from "./test-server.ts";

export interface LoadedApiFixture {
  database: Database;
  server: TestServer;
  oracle: ApiOracle;
}

/** The api-small fixture loaded into an emptied test database, with its schema; no server. */
export async function loadApiFixtureDatabase(): Promise<Database> {
  const database = connectTestDatabase();
  await applySchema(database);
  await resetDatabase(database);
  const result = await ingest(database, [apiFixtureDir]);
  expect(result.problems).toEqual([]);
  return database;
}

/**
 * The api-small fixture loaded into an emptied test database, its oracle (with the region
 * containment read from the database), and a server over it. `afterLoad` runs before the server
 * starts, for a test file's own touches to the data.
 */
export async function loadApiFixture(options: { afterLoad?: (database: Database) => Promise<void>; server?: TestServerOptions } = {}): Promise<LoadedApiFixture> {
  const database = await loadApiFixtureDatabase();
  await options.afterLoad?.(database);
  const fixture = readFixture(apiFixtureDir);
  const oracle = new ApiOracle(fixture, await readContainment(database, ApiOracle.regionCodesOf(fixture)));
  const server = await startTestServer(database, options.server);
  return { database, server, oracle };
}
