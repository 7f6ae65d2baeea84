import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySchema } from "../../server/db/apply-schema.ts";
import { embeddedDatabase, type Database } from "../../server/db/database.ts";
import { startEmbeddedNeo4j } from "../../server/db/embedded-neo4j.ts";
import { generateDataset } from "../../server/generate/generate.ts";
import { listChangesets, undoChangeset } from "../../server/ingest/changesets.ts";
import { ingest, type IngestResult } from "../../server/ingest/ingest.ts";
import { sampleDir } from "../../server/ingest/sample.ts";
import { createLogger } from "../../server/logger.ts";
import { canonicalDump, countOf } from "../support/test-database.ts";

// Each load gets an embedded Neo4j of its own, started by this process (the importer stops and
// starts the database, which only the process that started it may do), one at a time.
const logger = createLogger(process.env.LOG_LEVEL ?? "silent");
const homes: string[] = [];

async function freshDatabase(): Promise<Database & { dispose(): Promise<void> }> {
  const atlasHome = mkdtempSync(path.join(os.tmpdir(), "atlas-importer-"));
  homes.push(atlasHome);
  const home = path.join(atlasHome, "neo4j");
  const embedded = await startEmbeddedNeo4j({ home, boltPort: 0, logger, startTimeoutMs: 180_000 });
  const database = embeddedDatabase(embedded, home, `test Neo4j in ${home}`);
  // What a start leaves in an empty database before any load: the schema (the regions come with the load).
  await applySchema(database);
  return {
    ...database,
    async dispose() {
      await database.close();
      rmSync(atlasHome, { recursive: true, force: true });
    },
  };
}

interface Loaded {
  result: IngestResult;
  dump: string[];
  changesets: Awaited<ReturnType<typeof listChangesets>>;
}

/** One load of `paths` into a fresh database through the given path; the database is disposed of afterwards. */
async function loadFresh(paths: string[], firstLoad: "importer" | "transactional", then?: (database: Database, loaded: Loaded) => Promise<void>): Promise<Loaded> {
  const database = await freshDatabase();
  try {
    const started = performance.now();
    const result = await ingest(database, paths, { firstLoad, by: "tester", skipUnknown: true });
    expect(result.problems).toEqual([]);
    console.log(`${firstLoad} load of ${paths.join(", ")}: ${((performance.now() - started) / 1000).toFixed(1)} s`, result.summary?.importerSeconds ?? "");
    const loaded = { result, dump: await canonicalDump(database), changesets: await listChangesets(database) };
    await then?.(database, loaded);
    return loaded;
  } finally {
    await database.dispose();
  }
}

function expectSameLoad(importer: Loaded, transactional: Loaded): void {
  expect(importer.result.summary?.loadedWith).toBe("importer");
  expect(transactional.result.summary?.loadedWith).toBeUndefined();
  // The same graph, node for node, property for property (types included: the dump is JSON).
  expect(importer.dump.length).toBe(transactional.dump.length);
  expect(importer.dump).toEqual(transactional.dump);
  // The same summary and the same record of the import.
  const { changeset: a, loadedWith: _a, importerSeconds: _s, ...importerSummary } = importer.result.summary!;
  const { changeset: b, ...transactionalSummary } = transactional.result.summary!;
  expect(importerSummary).toEqual(transactionalSummary);
  expect(importer.changesets.map((c) => ({ ...c, id: "", at: "" }))).toEqual(transactional.changesets.map((c) => ({ ...c, id: "", at: "" })));
  expect(a).toBe(importer.changesets[0]!.id);
  expect(b).toBe(transactional.changesets[0]!.id);
}

afterAll(() => {
  for (const home of homes) rmSync(home, { recursive: true, force: true });
});

describe("the first load into an empty embedded database through Neo4j's importer", () => {
  it("builds the same graph from the sample as the transactional load, and is undone like one", async () => {
    const transactional = await loadFresh([sampleDir], "transactional");
    const importer = await loadFresh([sampleDir], "importer", async (database, loaded) => {
      // Guards against two empty graphs passing.
      expect(await countOf(database, "MATCH (o:Organization) RETURN count(o)")).toBeGreaterThan(10);
      expect(await countOf(database, "MATCH ()-[c:COLLABORATES_WITH]->() RETURN count(c)")).toBeGreaterThan(0);
      expect(await countOf(database, "MATCH (m:AtlasMeta {id: 'graph'}) WHERE m.version >= 1 RETURN count(m)")).toBe(1);
      // The schema is back: constraints and the search index, and every organisation has its search keys.
      expect(await countOf(database, "SHOW CONSTRAINTS YIELD name WHERE name = 'agreement_id' RETURN count(*)")).toBe(1);
      expect(await countOf(database, "SHOW INDEXES YIELD name, state WHERE name = 'organization_search_text' AND state = 'ONLINE' RETURN count(*)")).toBe(1);
      expect(await countOf(database, "MATCH (o:Organization) WHERE o.searchText IS NULL RETURN count(o)")).toBe(0);
      // The import is recorded and undone as a transactional one would be: back to the regions alone.
      await undoChangeset(database, loaded.changesets[0]!.id, "tester");
      expect(await countOf(database, "MATCH (n) WHERE NOT n:Region AND NOT n:AtlasMeta AND NOT n:Changeset AND NOT n:ChangesetEntry RETURN count(n)")).toBe(0);
      expect(await countOf(database, "MATCH (r:Region) RETURN count(r)")).toBeGreaterThan(3000);
    });
    expectSameLoad(importer, transactional);
  }, 600_000);

  describe("a generated province-scale dataset", () => {
    let datasetDir: string;
    beforeAll(async () => {
      datasetDir = mkdtempSync(path.join(os.tmpdir(), "atlas-importer-province-"));
      homes.push(datasetDir);
      await generateDataset({ scale: "province", seed: 5, out: datasetDir });
    }, 300_000);

    it("builds the same graph as the transactional load", async () => {
      const transactional = await loadFresh([datasetDir], "transactional");
      const importer = await loadFresh([datasetDir], "importer");
      expectSameLoad(importer, transactional);
      expect(importer.dump.length).toBeGreaterThan(30_000);
    }, 900_000);

  });

  it("keeps the transactional path when the database is not empty", async () => {
    const tinyDir = mkdtempSync(path.join(os.tmpdir(), "atlas-importer-tiny-"));
    homes.push(tinyDir);
    await generateDataset({ scale: "tiny", seed: 7, out: tinyDir });
    await loadFresh([sampleDir], "importer", async (database) => {
      const before = await countOf(database, "MATCH (o:Organization) RETURN count(o)");
      // The synthetic data names some of the sample's enterprises in other places: keep them as they are.
      const second = await ingest(database, [tinyDir], { firstLoad: "importer", by: "tester", skipUnknown: true, onConflict: "keep" });
      expect(second.problems).toEqual([]);
      expect(second.summary?.loadedWith).toBeUndefined();
      expect(await countOf(database, "MATCH (o:Organization) RETURN count(o)")).toBeGreaterThan(before);
      expect(await listChangesets(database)).toHaveLength(2);
    });
  }, 900_000);
});
