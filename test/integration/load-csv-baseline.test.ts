import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadWithLoadCsv } from "../../bench/load-csv.ts";
import type { Database } from "../../server/db/database.ts";
import { prepareDatabase } from "../../server/commands/prepare-database.ts";
import { generateDataset } from "../../server/generate/generate.ts";
import { ingest } from "../../server/ingest/ingest.ts";
import { createLogger } from "../../server/logger.ts";
import { canonicalDump, connectTestDatabase, resetDatabase } from "../support/test-database.ts";

// LOAD CSV reads from the server's own import folder. The embedded database of the global setup has
// it at <home>/import; an external server's import folder is only known when NEO4J_IMPORT_DIR names it
// (a folder this process can write and the server reads as server.directories.import).
const embeddedHome = inject("embeddedHome");
const importDir = embeddedHome !== "" ? path.join(embeddedHome, "import") : process.env.NEO4J_IMPORT_DIR;

// The graph by label and type; the import's own record (Changeset, ChangesetEntry) is bookkeeping, which LOAD CSV does not keep.
async function countsByLabelAndType(database: Database): Promise<Record<string, number>> {
  const nodes = await database.read("MATCH (n) WHERE NOT n:AtlasTestMarker AND NOT n:AtlasMeta AND NOT n:Changeset AND NOT n:ChangesetEntry UNWIND labels(n) AS label RETURN label AS key, count(*) AS n");
  const rels = await database.read("MATCH ()-[r]->() RETURN '-[:' + type(r) + ']->' AS key, count(*) AS n");
  return Object.fromEntries([...nodes.records, ...rels.records].map((r) => [String(r.get("key")), Number(r.get("n"))]));
}

describe.runIf(importDir !== undefined)("the LOAD CSV baseline of the benchmarks (needs the embedded test database, or NEO4J_IMPORT_DIR with NEO4J_URI)", () => {
  let database: Database;
  let datasetDir: string;
  beforeAll(async () => {
    database = connectTestDatabase();
    datasetDir = mkdtempSync(path.join(os.tmpdir(), "atlas-load-csv-"));
    await generateDataset({ scale: "tiny", seed: 11, out: datasetDir });
  });
  afterAll(async () => {
    await resetDatabase(database);
    await database.close();
    rmSync(datasetDir, { recursive: true, force: true });
  });

  it("builds the same graph from the generated CSVs as the ingest pipeline", async () => {
    // Both loads start from what a start leaves in an empty database: the schema and the regions.
    await resetDatabase(database);
    await prepareDatabase(database, { loadSample: false, loadRegister: false, logger: createLogger("silent") });
    // The folder, as a user gives it (its README.txt is passed over), in batches of 500 records:
    // each batch adds its new agreements to COLLABORATES_WITH, so a pair met in several batches is
    // built up across transactions and must end as LOAD CSV's recount from PARTY_TO.
    const ingested = await ingest(database, [datasetDir], { batchSize: 500 });
    expect(ingested.skipped.map((file) => path.basename(file))).toEqual(["README.txt"]);
    expect(ingested.problems).toEqual([]);
    const pipelineCounts = await countsByLabelAndType(database);
    const pipelineDump = await canonicalDump(database);

    await resetDatabase(database);
    await prepareDatabase(database, { loadSample: false, loadRegister: false, logger: createLogger("silent") });
    const loaded = await loadWithLoadCsv(database, { datasetDir, importDir: importDir! });
    expect(loaded.rows).toBe(Object.values(ingested.read).reduce((sum, n) => sum + n, 0));
    expect(loaded.steps.map((step) => step.file)).toEqual([
      "01-sources.cypher",
      "02-chains.cypher",
      "03-segments.cypher",
      "04-institutions.cypher",
      "05-enterprises.cypher",
      "06-governments.cypher",
      "07-agreements.cypher",
      "08-alliances.cypher",
      "09-collaborations.cypher",
    ]);
    expect(await countsByLabelAndType(database)).toEqual(pipelineCounts);
    // Guards against two empty graphs passing: the dataset has every kind of node and link.
    for (const key of ["Institution", "Enterprise", "Government", "Agreement", "Alliance", "ChainSegment", "-[:COLLABORATES_WITH]->", "-[:OPERATES_IN]->", "-[:LOCATED_IN]->", "-[:MEMBER_OF]->", "-[:SERVES]->", "-[:HAS_SEGMENT]->", "-[:EVIDENCED_BY]->"]) {
      expect(pipelineCounts[key], key).toBeGreaterThan(0);
    }
    const baselineDump = await canonicalDump(database);
    expect(baselineDump.length).toBe(pipelineDump.length);
    expect(baselineDump).toEqual(pipelineDump);
    // The copies in the import folder are removed again.
    expect(readdirSync(importDir!).filter((entry) => entry.startsWith("load-csv-"))).toEqual([]);
  }, 300_000);
});
