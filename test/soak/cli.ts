import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { execFileSync } from "node:child_process";
import { pickApiCases } from "../../bench/api-cases.ts";
import { projectRoot } from "../../server/config.ts";
import { createDatabase } from "../../server/db/database.ts";
import { runSoak } from "./run-soak.ts";
import { soakContext } from "./soak-context.ts";
import { soakMemoryCeilingMiB, startSoakServer } from "./soak-server.ts";

/**
 * `npm run soak [-- --minutes 5]`: a fresh server as a user starts it (its own embedded Neo4j in a
 * temporary home, the sample and the register, production settings), then attackers and visitors
 * for the given minutes. Writes bench/soak.json and prints what the README's soak section states.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({ options: { minutes: { type: "string", default: "5" }, out: { type: "string", default: path.join(projectRoot, "bench", "soak.json") } } });
  const minutes = Number(values.minutes);
  if (!(minutes > 0)) throw new Error(`--minutes must be a positive number, not "${values.minutes}"`);
  const home = mkdtempSync(path.join(os.tmpdir(), "atlas-soak-"));
  process.stderr.write(`[soak] starting a server in ${home}\n`);
  const server = await startSoakServer({ atlasHome: home, boltPort: 0 });
  // The server started its embedded database on a free port and wrote it beside the store.
  const boltPort = Number(readFileSync(path.join(home, "neo4j", "neo4j.pid"), "utf8").trim().split(/\s+/)[1]);
  const database = createDatabase(`bolt://127.0.0.1:${boltPort}`, undefined, { description: "soak database" });
  try {
    const ordinary = await pickApiCases(database, { perCase: 10, seed: 15 });
    process.stderr.write(`[soak] ${minutes} min of attacks and visitors\n`);
    const report = await runSoak({ url: server.url, serverPid: server.pid, durationMs: minutes * 60_000, maxRequests: 200_000, context: await soakContext(database, server.jwtSecret), ordinary });
    const load = os.loadavg()[0]!.toFixed(1);
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: projectRoot, encoding: "utf8" }).trim();
    const recorded = { date: new Date().toISOString().slice(0, 10), commit, loadAverage: Number(load), memoryCeilingMiB: soakMemoryCeilingMiB, ...report, ordinary: { ...report.ordinary, latencyMs: { ...report.ordinary.latencyMs, runs: undefined } } };
    writeFileSync(values.out!, `${JSON.stringify(recorded, null, 2)}\n`);
    const unnamed = Object.values(report.hostile).reduce((n, t) => n + t.unnamedCount, 0);
    const hostileSent = Object.values(report.hostile).reduce((n, t) => n + t.sent, 0);
    process.stdout.write(
      [
        `soak: ${report.seconds.toFixed(0)} s, ${commit}, load average ${load}`,
        `  server alive: ${report.serverAlive}; memory ${report.memory.startMiB.toFixed(0)} → peak ${report.memory.peakMiB.toFixed(0)} MiB (ceiling ${soakMemoryCeilingMiB})`,
        `  /healthz: ${report.health.ok} ok, ${report.health.busy} busy, ${report.health.down} down, ${report.health.unanswered} unanswered`,
        `  hostile: ${hostileSent} sent, ${unnamed} without a named refusal`,
        `  ordinary: ${report.ordinary.answered} answered, ${report.ordinary.busy} told to retry, ${report.ordinary.failed} failed; p50 ${report.ordinary.latencyMs.p50.toFixed(0)} ms, p99 ${report.ordinary.latencyMs.p99.toFixed(0)} ms`,
        `  written to ${path.relative(projectRoot, values.out!)}`,
        "",
      ].join("\n"),
    );
    const ok = report.serverAlive && report.memory.peakMiB < soakMemoryCeilingMiB && report.health.down === 0 && unnamed === 0 && report.ordinary.failed === 0;
    return ok ? 0 : 1;
  } finally {
    await database.close();
    await server.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`soak: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
