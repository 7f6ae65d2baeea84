import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../server/db/database.ts";
import { prepareDatabase } from "../../server/commands/prepare-database.ts";
import { sampleDir } from "../../server/ingest/sample.ts";
import { createLogger } from "../../server/logger.ts";
import { csvRows } from "../support/csv-rows.ts";
import { connectTestDatabase, resetDatabase, countOf } from "../support/test-database.ts";

const logger = createLogger("silent");

// The register of higher-education institutions, which prepareDatabase also loads, is tested in
// prepare-database-register.test.ts; here it is left out, so these tests see the regions and the sample alone.
describe("what npm start does to the database before serving", () => {
  let database: Database;
  beforeAll(() => {
    database = connectTestDatabase();
  });
  beforeEach(async () => {
    await resetDatabase(database);
    await database.write("MATCH (r:Region) DETACH DELETE r");
  });
  afterAll(() => database.close());

  it("loads the regions and the sample into an empty database, and nothing the second time", async () => {
    expect(await prepareDatabase(database, { loadSample: true, loadRegister: false, logger })).toEqual({ sampleLoaded: true, registerLoaded: false });
    expect(await countOf(database, "MATCH (r:Region {level: 'province'}) RETURN count(r)")).toBe(34);
    expect(await countOf(database, "MATCH (i:Institution) RETURN count(i)")).toBe(csvRows(sampleDir, "institutions.csv").length);
    expect(await prepareDatabase(database, { loadSample: true, loadRegister: false, logger })).toEqual({ sampleLoaded: false, registerLoaded: false });
  });

  it("loads only the regions with ATLAS_SAMPLE=off, and the sample on a later start", async () => {
    expect(await prepareDatabase(database, { loadSample: false, loadRegister: false, logger })).toEqual({ sampleLoaded: false, registerLoaded: false });
    expect(await countOf(database, "MATCH (r:Region) RETURN count(r)")).toBeGreaterThan(3000);
    expect(await countOf(database, "MATCH (o:Organization) RETURN count(o)")).toBe(0);
    // The regions alone do not make the database "not empty".
    expect(await prepareDatabase(database, { loadSample: true, loadRegister: false, logger })).toEqual({ sampleLoaded: true, registerLoaded: false });
  });
});
