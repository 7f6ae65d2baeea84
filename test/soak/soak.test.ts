// Issue 15's soak: attackers and dashboard visitors at once, against the server in its own process
// with production settings, bounded in time and in count, on loopback. The server must not die, its
// memory must stay under the ceiling, /healthz must never call a busy database down, every hostile
// request must get a named refusal (or, for a path search, a right answer), and ordinary questions
// must be answered or told when to come back. The p99 is reported, not asserted: timings belong to
// the benchmarks (`npm run soak` records them in bench/soak.json).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { pickApiCases } from "../../bench/api-cases.ts";
import type { BenchServer } from "../../bench/bench-server.ts";
import { applySchema } from "../../server/db/apply-schema.ts";
import type { Database } from "../../server/db/database.ts";
import { connectTestDatabase, resetDatabase } from "../support/test-database.ts";
import { runSoak, type SoakReport } from "./run-soak.ts";
import { soakContext } from "./soak-context.ts";
import { soakMemoryCeilingMiB, startSoakServer } from "./soak-server.ts";

const seconds = Number(process.env.ATLAS_SOAK_SECONDS ?? 120);

describe(`soak: ${seconds} s of attacks and ordinary traffic`, () => {
  let database: Database;
  let server: (BenchServer & { jwtSecret: string }) | undefined;
  let home: string;
  let report: SoakReport;

  beforeAll(async () => {
    database = connectTestDatabase();
    await applySchema(database);
    await resetDatabase(database);
    home = mkdtempSync(path.join(os.tmpdir(), "atlas-soak-"));
    const user = inject("neo4jUser");
    server = await startSoakServer({
      atlasHome: home,
      boltPort: 0,
      env: { NEO4J_URI: inject("neo4jUri"), NEO4J_USER: user, NEO4J_PASSWORD: user ? inject("neo4jPassword") : "" },
    });
    const ordinary = await pickApiCases(database, { perCase: 10, seed: 15 });
    report = await runSoak({
      url: server.url,
      serverPid: server.pid,
      durationMs: seconds * 1000,
      maxRequests: 20_000,
      context: await soakContext(database, server.jwtSecret),
      ordinary,
    });
    process.stdout.write(`${JSON.stringify({ ...report, ordinary: { ...report.ordinary, latencyMs: { ...report.ordinary.latencyMs, runs: undefined } } }, null, 1)}\n`);
  }, (seconds + 240) * 1000);

  afterAll(async () => {
    await server?.stop();
    await database?.close();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it("keeps the server alive and its memory under the ceiling", () => {
    expect(report.serverAlive).toBe(true);
    expect(report.memory.samples).toBeGreaterThan(seconds / 2);
    expect(report.memory.peakMiB).toBeLessThan(soakMemoryCeilingMiB);
  });

  it("never reports the busy database as down", () => {
    expect(report.health.downDetails).toEqual([]);
    expect(report.health).toMatchObject({ down: 0, unanswered: 0 });
    expect(report.health.ok + report.health.busy).toBeGreaterThan(seconds / 2);
  });

  it("answers every hostile request with a named refusal, or a right answer where one is allowed", () => {
    for (const [name, tally] of Object.entries(report.hostile)) {
      expect({ name, unnamed: tally.unnamed }).toEqual({ name, unnamed: [] });
      expect(tally.sent, name).toBeGreaterThan(0);
    }
  });

  it("answers ordinary questions, or tells the visitor when to come back", () => {
    expect(report.ordinary.failures).toEqual([]);
    expect(report.ordinary.answered).toBeGreaterThan(report.ordinary.busy);
  });
});
