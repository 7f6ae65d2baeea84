import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "../../server/config.ts";
import { createDatabase, type Database } from "../../server/db/database.ts";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../server/db/embedded-neo4j.ts";
import { createLogger } from "../../server/logger.ts";
import { processIsRunning } from "../../server/supervisor.ts";

/**
 * An embedded Neo4j of a test's own, in its own ATLAS_HOME on its own port, apart from the run's
 * shared database: a test that kills a database must not kill everyone else's.
 */
export interface OwnNeo4j {
  /** ATLAS_HOME, for a server or ingest that should use this database. */
  atlasHome: string;
  /** The embedded store: ATLAS_HOME/neo4j, as the server's config derives it. */
  home: string;
  boltPort: number;
  uri: string;
  /** A driver on it; it reconnects by itself after a restart. */
  database: Database;
  /** The launcher's JVM as its pid file names it. */
  javaPid(): number;
  /** SIGKILL on the JVM, as a crash or the OOM killer would; resolves once it is gone. */
  kill(): Promise<void>;
  /** SIGSTOP on the JVM: a database that hangs (a long GC pause, a frozen VM, a cut network) keeps its sockets open and answers nothing. */
  freeze(): void;
  /** SIGCONT: the frozen database carries on where it stopped. */
  thaw(): void;
  /** Starts it again in the same home on the same port. */
  restart(): Promise<void>;
  /** Stops it and removes its home. */
  dispose(): Promise<void>;
}

const logger = createLogger(process.env.LOG_LEVEL ?? "silent");

export async function startOwnNeo4j(prefix: string): Promise<OwnNeo4j> {
  const atlasHome = mkdtempSync(path.join(os.tmpdir(), prefix));
  const home = path.join(atlasHome, "neo4j");
  // Any free port at first (taken by the launcher, so no other process can take it between choice
  // and bind); a restart comes back on the same one, where the servers using it look for it.
  let embedded: EmbeddedNeo4j = await startEmbeddedNeo4j({ home, boltPort: 0, logger, startTimeoutMs: 180_000 });
  const boltPort = embedded.boltPort;
  const start = () => startEmbeddedNeo4j({ home, boltPort, logger, startTimeoutMs: 180_000 });
  const database = createDatabase(embedded.uri, undefined, { description: `test Neo4j in ${home}` });
  const javaPid = () => Number(readFileSync(path.join(home, "neo4j.pid"), "utf8").trim().split(/\s+/)[0]);
  return {
    atlasHome,
    home,
    boltPort,
    uri: embedded.uri,
    database,
    javaPid,
    async kill() {
      const pid = javaPid();
      process.kill(pid, "SIGKILL");
      await waitUntil(() => !isAlive(pid), 30_000, `the JVM ${pid} to die`);
    },
    freeze() {
      process.kill(javaPid(), "SIGSTOP");
    },
    thaw() {
      if (isAlive(javaPid())) process.kill(javaPid(), "SIGCONT");
    },
    async restart() {
      embedded = await start();
    },
    async dispose() {
      await database.close().catch(() => undefined);
      // A JVM left frozen by a failed test would ignore the SIGTERM until the grace period ran out.
      if (isAlive(javaPid())) process.kill(javaPid(), "SIGCONT");
      await embedded.stop();
      rmSync(atlasHome, { recursive: true, force: true });
    },
  };
}

/** Whether the process still runs; an unreaped zombie (an orphan where init does not reap) counts as gone. */
export function isAlive(pid: number): boolean {
  return processIsRunning(pid);
}

export async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string, intervalMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export interface CliRun {
  pid: number;
  /** Exit code (null when killed by a signal) and everything it printed. */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>;
}

/** `node --import tsx server/cli.ts <args>` as a user runs it, against the given embedded home and port. */
export function runCli(args: string[], target: { atlasHome: string; boltPort: number }): CliRun {
  const child = spawn(process.execPath, ["--import", "tsx", "server/cli.ts", ...args], {
    cwd: projectRoot,
    env: { ...process.env, NEO4J_URI: "", ATLAS_HOME: target.atlasHome, ATLAS_BOLT_PORT: String(target.boltPort), ATLAS_SAMPLE: "off", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return {
    pid: child.pid!,
    done: new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal, output }))),
  };
}
