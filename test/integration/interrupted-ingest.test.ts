import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphCounts } from "../../bench/bench-database.ts";
import { applySchema } from "../../server/db/apply-schema.ts";
import type { Database } from "../../server/db/database.ts";
import { generateDataset } from "../../server/generate/generate.ts";
import { ingest } from "../../server/ingest/ingest.ts";
import { isAlive, runCli, startOwnNeo4j, waitUntil, type CliRun, type OwnNeo4j } from "../support/own-neo4j.ts";
import { canonicalDump, connectTestDatabase, countOf, resetDatabase } from "../support/test-database.ts";

// Small batches make many transactions, so a kill lands between (or inside) them, never after the end.
const batchSize = 200;
const agreementCount = (database: Database) => countOf(database, "MATCH (a:Agreement) RETURN count(a)");

/**
 * Waits until the ingest has committed some agreements but not all of them, then runs `interrupt`.
 * Fails (rather than passing vacuously) if the run ended before it could be interrupted.
 */
async function interruptMidRun(database: Database, run: CliRun, interrupt: () => Promise<void>): Promise<void> {
  let finished = false;
  void run.done.then(() => (finished = true));
  await waitUntil(async () => finished || (await agreementCount(database)) >= 2 * batchSize, 240_000, "the ingest to commit its first agreements", 50);
  if (finished) throw new Error(`the ingest ended before it could be interrupted:\n${(await run.done).output}`);
  await interrupt();
}

describe("an ingest interrupted half-way, then run again, gives the graph of one clean run", { timeout: 600_000 }, () => {
  let dataDir: string;
  let totalAgreements: number;
  let expectedDump: string[];
  let expectedCounts: Awaited<ReturnType<typeof graphCounts>>;
  const own: OwnNeo4j[] = [];
  const runs: CliRun[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "atlas-interrupted-data-"));
    const generated = await generateDataset({ scale: "tiny", seed: 21, out: dataDir });
    totalAgreements = generated.files["agreements.csv"] ?? 0;
    expect(totalAgreements).toBeGreaterThanOrEqual(10 * batchSize);
    // The reference: the same folder, in the same batches, loaded once without interruption.
    const reference = connectTestDatabase();
    try {
      await applySchema(reference);
      await resetDatabase(reference);
      const result = await ingest(reference, [dataDir], { batchSize });
      expect(result.problems).toEqual([]);
      expectedDump = await canonicalDump(reference);
      expectedCounts = await graphCounts(reference);
      delete expectedCounts.nodes["AtlasTestMarker"];
      expect(await agreementCount(reference)).toBe(totalAgreements);
    } finally {
      await reference.close();
    }
  }, 600_000);

  afterAll(async () => {
    for (const run of runs) if (isAlive(run.pid)) process.kill(run.pid, "SIGKILL");
    for (const neo4j of own) await neo4j.dispose();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function expectTheCleanGraph(neo4j: OwnNeo4j): Promise<void> {
    const rerun = runCli(["ingest", "--batch-size", String(batchSize), dataDir], neo4j);
    runs.push(rerun);
    const { code, output } = await rerun.done;
    expect(code, output).toBe(0);
    expect(await graphCounts(neo4j.database)).toEqual(expectedCounts);
    // Compared as a whole, so a difference shows as the lines that differ.
    expect(await canonicalDump(neo4j.database)).toEqual(expectedDump);
  }

  it("when the ingest process is killed (SIGKILL)", async () => {
    const neo4j = await startOwnNeo4j("atlas-interrupted-ingest-");
    own.push(neo4j);
    const run = runCli(["ingest", "--batch-size", String(batchSize), dataDir], neo4j);
    runs.push(run);
    await interruptMidRun(neo4j.database, run, async () => {
      process.kill(run.pid, "SIGKILL");
      await run.done;
    });
    const written = await agreementCount(neo4j.database);
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(totalAgreements);
    await expectTheCleanGraph(neo4j);
  });

  it("when the database process is killed (SIGKILL on the launcher's JVM), then started again", async () => {
    const neo4j = await startOwnNeo4j("atlas-interrupted-db-");
    own.push(neo4j);
    const run = runCli(["ingest", "--batch-size", String(batchSize), dataDir], neo4j);
    runs.push(run);
    let writtenBeforeKill = 0;
    await interruptMidRun(neo4j.database, run, async () => {
      writtenBeforeKill = await agreementCount(neo4j.database);
      await neo4j.kill();
    });
    // The ingest fails (it cannot finish without its database) and says so; it must not hang.
    const failed = await run.done;
    expect(failed.code, failed.output).not.toBe(0);
    await neo4j.restart();
    const written = await agreementCount(neo4j.database);
    expect(written).toBeGreaterThanOrEqual(writtenBeforeKill);
    expect(written).toBeLessThan(totalAgreements);
    await expectTheCleanGraph(neo4j);
  });
});
