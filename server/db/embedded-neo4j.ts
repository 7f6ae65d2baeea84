import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import readline from "node:readline";
import { projectRoot } from "../config.ts";
import type { Logger } from "../logger.ts";

/** The launcher script that builds (once) and runs the Java side: server/embedded-neo4j/. */
export const launcherScript = path.join(projectRoot, "server", "embedded-neo4j", "run.sh");

export interface EmbeddedNeo4jOptions {
  home: string;
  /** Bolt port on 127.0.0.1; 0 takes any free one (see portRetries). */
  boltPort: number;
  logger: Logger;
  /** How long to wait for Bolt once the JVM runs (default 120 s); the first Maven build does not count. */
  startTimeoutMs?: number;
  /**
   * How many times to start again on another free port when the port is taken by the time the
   * launcher checks it or Neo4j binds it. A port chosen as free can be taken by another process
   * before Neo4j binds it, and only Neo4j can bind it, so trying again is the only race-free way.
   * Default: 5 for boltPort 0, none for a port given (a port someone chose and another process
   * holds is reported, not silently replaced).
   */
  portRetries?: number;
}

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  /** The Bolt port it listens on: boltPort, or the one taken instead (boltPort 0, or a retry). */
  boltPort: number;
  /** Shuts the database down cleanly (SIGTERM, then SIGKILL after the grace period). */
  stop(graceMs?: number): Promise<void>;
  /**
   * Stops the database, runs Neo4j's offline importer (`neo4j-admin database import full`) in the
   * launcher's JVM with these arguments, and starts the database again on the same port; resolves
   * once Bolt answers again, with the importer's own time. Rejects with an EmbeddedNeo4jError
   * ("import_failed") when the importer failed: the database is running again, on whatever store
   * the importer left. One import at a time.
   */
  importFull(args: readonly string[], options?: { timeoutMs?: number }): Promise<{ importerMs: number }>;
}

export class EmbeddedNeo4jError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** One line of the launcher's stdout protocol (see EmbeddedNeo4j.java). */
export type LauncherLine =
  | { kind: "starting" }
  | { kind: "ready"; uri: string }
  | { kind: "imported"; ms: number }
  | { kind: "import-failed"; message: string }
  | { kind: "error"; code: string; message: string }
  | { kind: "other"; text: string };

export function parseLauncherLine(line: string): LauncherLine {
  if (line === "ATLAS_NEO4J_STARTING") return { kind: "starting" };
  const ready = /^ATLAS_NEO4J_READY (\S+)$/.exec(line);
  if (ready) return { kind: "ready", uri: ready[1]! };
  const imported = /^ATLAS_NEO4J_IMPORTED (\d+)$/.exec(line);
  if (imported) return { kind: "imported", ms: Number(imported[1]) };
  const importFailed = /^ATLAS_NEO4J_IMPORT_FAILED (.*)$/.exec(line);
  if (importFailed) return { kind: "import-failed", message: importFailed[1]! };
  const error = /^ATLAS_NEO4J_ERROR (\S+) (.*)$/.exec(line);
  if (error) return { kind: "error", code: error[1]!, message: error[2]! };
  return { kind: "other", text: line };
}

/** The launcher failed because its Bolt port was taken: at its own check, or when Neo4j bound it after that check. */
export function isPortInUse(error: unknown): boolean {
  return (
    error instanceof EmbeddedNeo4jError &&
    (error.code === "port_in_use" || (error.code === "start_failed" && /Address already in use|BindException/.test(error.message)))
  );
}

/** A loopback port nobody listens on right now. Only a candidate: another process may take it before Neo4j binds it. */
function unusedLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts Neo4j in a child JVM and resolves once Bolt answers, on boltPort or, when it is 0 or
 * taken and portRetries allows, on another free port (the result says which).
 * The child watches its stdin: if this process dies without calling stop(), the pipe closes and
 * the database shuts itself down, so no Java process outlives us.
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const retries = options.portRetries ?? (options.boltPort === 0 ? 5 : 0);
  let boltPort = options.boltPort === 0 ? await unusedLoopbackPort() : options.boltPort;
  for (let attempt = 0; ; attempt++) {
    try {
      return await launch({ ...options, boltPort });
    } catch (error) {
      if (!isPortInUse(error) || attempt >= retries) throw error;
      const taken = boltPort;
      boltPort = await unusedLoopbackPort();
      options.logger.info({ taken, next: boltPort }, "the bolt port was taken by another process; starting on another");
    }
  }
}

function launch(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const { home, boltPort, logger } = options;
  mkdirSync(home, { recursive: true });
  const child = spawn("bash", [launcherScript, "--home", home, "--port", String(boltPort), "--watch-stdin"], {
    stdio: ["pipe", "pipe", "pipe"],
    env: process.env,
  });

  const stderrTail: string[] = [];
  readline.createInterface({ input: child.stderr! }).on("line", (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 40) stderrTail.shift();
    if (line.startsWith("atlas-neo4j:")) logger.info({ neo4j: line.slice("atlas-neo4j:".length).trim() }, "embedded neo4j");
    else logger.debug({ neo4j: line }, "embedded neo4j output");
  });

  // After READY, lines answer the commands sent on stdin (importFull): at most one at a time.
  let command: ((line: LauncherLine) => void) | undefined;
  let exited: ((error: Error) => void) | undefined;
  child.on("exit", (code, signal) => exited?.(new EmbeddedNeo4jError("exited", `Embedded Neo4j exited (${signal ?? `code ${code}`}).\n${stderrTail.slice(-15).join("\n")}`)));
  const importFull = (args: readonly string[], importOptions: { timeoutMs?: number } = {}): Promise<{ importerMs: number }> => {
    if (command) return Promise.reject(new EmbeddedNeo4jError("busy", "the embedded Neo4j is already running an import"));
    if (child.exitCode !== null || child.signalCode !== null) return Promise.reject(new EmbeddedNeo4jError("exited", "the embedded Neo4j is not running"));
    const folder = mkdtempSync(path.join(home, "importer-args-"));
    const argsFile = path.join(folder, "args.txt");
    writeFileSync(argsFile, args.map((arg) => `${arg}\n`).join(""));
    return new Promise<{ importerMs: number }>((resolve, reject) => {
      let importerMs: number | undefined;
      let failure: Error | undefined;
      const timer = setTimeout(() => finish(new EmbeddedNeo4jError("timeout", `the importer and restart did not finish within ${(importOptions.timeoutMs ?? 3_600_000) / 1000}s`)), importOptions.timeoutMs ?? 3_600_000);
      const finish = (error?: Error) => {
        clearTimeout(timer);
        command = undefined;
        exited = undefined;
        rmSync(folder, { recursive: true, force: true });
        if (error) reject(error);
        else resolve({ importerMs: importerMs! });
      };
      exited = (error) => finish(error);
      command = (line) => {
        if (line.kind === "imported") importerMs = line.ms;
        else if (line.kind === "import-failed") failure = new EmbeddedNeo4jError("import_failed", `Neo4j's importer failed: ${line.message}\n${stderrTail.slice(-15).join("\n")}`);
        else if (line.kind === "error") finish(new EmbeddedNeo4jError(line.code, line.message));
        else if (line.kind === "ready") {
          logger.info({ home, importerMs }, "embedded neo4j is ready again after the importer");
          finish(failure);
        }
      };
      child.stdin!.write(`IMPORT ${argsFile}\n`);
    });
  };

  return new Promise<EmbeddedNeo4j>((resolve, reject) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const armTimer = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        fail(new EmbeddedNeo4jError("timeout", `Embedded Neo4j did not answer on 127.0.0.1:${boltPort} within ${(options.startTimeoutMs ?? 120_000) / 1000}s. Its log is in ${path.join(home, "logs")}.`));
        child.kill("SIGKILL");
      }, options.startTimeoutMs ?? 120_000);
    };
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(error);
    };
    readline.createInterface({ input: child.stdout! }).on("line", (raw) => {
      const line = parseLauncherLine(raw);
      if (settled) {
        command?.(line);
        return;
      }
      if (line.kind === "ready") {
        settled = true;
        clearTimeout(timer);
        logger.info({ uri: line.uri, home, pid: child.pid }, "embedded neo4j is ready");
        resolve({ uri: line.uri, pid: child.pid!, boltPort, stop: (graceMs) => stopChild(child, graceMs ?? 30_000), importFull });
      } else if (line.kind === "error") {
        fail(new EmbeddedNeo4jError(line.code, line.message));
      } else if (line.kind === "starting") {
        // The clock starts with the JVM: the Maven build before it (first start only) may take minutes.
        armTimer();
      }
    });
    child.on("error", (error) => fail(new EmbeddedNeo4jError("spawn_failed", `Could not run ${launcherScript}: ${error.message}`)));
    child.on("exit", (code, signal) => {
      fail(new EmbeddedNeo4jError("exited", `Embedded Neo4j exited (${signal ?? `code ${code}`}) before it was ready.\n${stderrTail.slice(-15).join("\n")}`));
    });
  });
}

function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
