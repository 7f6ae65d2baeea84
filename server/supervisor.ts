// The supervisor `npm start` runs: it runs the server as a child process (this same CLI, `serve`)
// and starts it again when it dies (an uncaught exception, out of memory, SIGKILL).
//
// Who owns the database: the server child, exactly as without supervision (ATLAS_SUPERVISE=off).
// The supervisor loads nothing of the server, no driver and no database code, so it stays small and
// nothing the server does can take it down with it. The embedded Neo4j's launcher watches its
// stdin, a pipe from the server that started it: when that server dies, however it dies, the pipe
// closes and the JVM shuts the database down by itself, so no Java process outlives its server
// and the store is free for the next one. The server tells the supervisor that JVM's pid; after a
// crash the supervisor waits until it is gone (and kills it if it lingers) before it starts the
// server again, which then starts the database on the same store. A supervisor that owned the
// database instead would keep it across server crashes, but would need the database code, a
// second way to recover from the database's own crashes, and a different start for each mode.
import { fork, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Logger } from "./logger.ts";

/** What the server child tells its supervisor over the IPC channel that fork opens. */
export type ServerMessage =
  /** The embedded database's JVM that this server started (and whose life ends with the server's). */
  | { atlas: "database"; pid: number }
  /** The server answers HTTP on this port. */
  | { atlas: "ready"; port: number };

export interface RestartPolicy {
  /** Wait before the first restart; each quick crash after it doubles the wait. */
  firstDelayMs: number;
  /** The longest wait between restarts. */
  maxDelayMs: number;
  /** A server that served this long before it crashed is restarted after firstDelayMs again. */
  stableMs: number;
  /** At most this many restarts within windowMs; the next crash ends the supervisor with an error. */
  maxRestarts: number;
  windowMs: number;
}

export const defaultRestartPolicy: RestartPolicy = { firstDelayMs: 1_000, maxDelayMs: 30_000, stableMs: 60_000, maxRestarts: 5, windowMs: 10 * 60_000 };

/** The restarts so far: when each happened, and how many quick crashes in a row the backoff counts. */
export interface RestartHistory {
  restartTimes: number[];
  quickCrashes: number;
}

export type RestartDecision = { restart: true; delayMs: number; number: number; history: RestartHistory } | { restart: false; recent: number };

/** After a crash at `now` of a server that had served for `servedMs`: restart after how long, or give up. */
export function planRestart(history: RestartHistory, now: number, servedMs: number, policy: RestartPolicy = defaultRestartPolicy): RestartDecision {
  const recent = history.restartTimes.filter((time) => now - time < policy.windowMs);
  if (recent.length >= policy.maxRestarts) return { restart: false, recent: recent.length };
  const quickCrashes = servedMs >= policy.stableMs ? 0 : history.quickCrashes;
  const delayMs = Math.min(policy.firstDelayMs * 2 ** quickCrashes, policy.maxDelayMs);
  const restartTimes = [...history.restartTimes, now];
  return { restart: true, delayMs, number: restartTimes.length, history: { restartTimes, quickCrashes: quickCrashes + 1 } };
}

/**
 * Whether a process still runs. A zombie (ended, but not reaped, as happens to orphans where the
 * container's init does not reap) holds no port and no lock: it counts as gone.
 */
export function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  if (process.platform !== "linux") return true;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface SuperviseOptions {
  /** The script to fork, and its arguments: the CLI, `serve`. */
  script: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** PORT as configured; 0 (any free port) is pinned to the port the first server took, so restarts come back where clients are. */
  port: number;
  logger: Logger;
  policy?: RestartPolicy;
  /** How long the server may take to stop after SIGINT/SIGTERM before it is killed (it stops its database first). */
  serverStopGraceMs?: number;
  /** How long a dead server's database may take to shut itself down before it is killed. */
  databaseGraceMs?: number;
}

/**
 * Runs the server and restarts it after each crash, with backoff and a limit, until SIGINT or
 * SIGTERM (passed on to the server, whose stop is then waited for) or a clean exit of the server.
 * Resolves with the exit code for the supervisor. A server that fails before it ever served is not
 * restarted: that is a start-up error (a configuration, a port in use) that would only repeat.
 */
export function superviseServer(options: SuperviseOptions): Promise<number> {
  const { logger } = options;
  const policy = options.policy ?? defaultRestartPolicy;
  const env = { ...options.env };
  let history: RestartHistory = { restartTimes: [], quickCrashes: 0 };
  let server: ChildProcess | undefined;
  let databasePid: number | undefined;
  let readyAt: number | undefined;
  let everReady = false;
  let stopping = false;
  let wake: (() => void) | undefined;

  return new Promise<number>((resolveExit) => {
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, "stopping the server");
      if (server) {
        const stoppingServer = server;
        stoppingServer.kill(signal);
        const killer = setTimeout(() => {
          logger.warn({ serverPid: stoppingServer.pid }, `the server did not stop within ${(options.serverStopGraceMs ?? 60_000) / 1000} s; killing it`);
          stoppingServer.kill("SIGKILL");
        }, options.serverStopGraceMs ?? 60_000);
        stoppingServer.once("exit", () => clearTimeout(killer));
      }
      // Waiting to restart: stop waiting (the database of the server that died is still waited for).
      wake?.();
    };
    const onSigint = () => onSignal("SIGINT");
    const onSigterm = () => onSignal("SIGTERM");
    process.on("SIGINT", onSigint);
    process.on("SIGTERM", onSigterm);
    const finish = (code: number) => {
      process.off("SIGINT", onSigint);
      process.off("SIGTERM", onSigterm);
      resolveExit(code);
    };

    /** Until the JVM of a dead server's database is gone: it stops by itself when its server dies; one that lingers is killed. */
    const databaseGone = async (pid: number | undefined) => {
      if (pid === undefined) return;
      const graceMs = options.databaseGraceMs ?? 60_000;
      const deadline = Date.now() + graceMs;
      while (processIsRunning(pid) && Date.now() < deadline) await sleep(200);
      if (!processIsRunning(pid)) return;
      logger.warn({ databasePid: pid }, `the database of the server that stopped was still running after ${graceMs / 1000} s; killing it`);
      process.kill(pid, "SIGKILL");
      const killDeadline = Date.now() + 10_000;
      while (processIsRunning(pid) && Date.now() < killDeadline) await sleep(200);
    };

    const startServer = () => {
      databasePid = undefined;
      readyAt = undefined;
      const child = fork(options.script, options.args, { env, stdio: ["ignore", "inherit", "inherit", "ipc"] });
      server = child;
      logger.info({ serverPid: child.pid }, `server process ${child.pid} started`);
      child.on("message", (message: ServerMessage) => {
        if (message?.atlas === "database") {
          databasePid = message.pid;
        } else if (message?.atlas === "ready") {
          readyAt = Date.now();
          everReady = true;
          if (options.port === 0 && env.PORT !== String(message.port)) {
            env.PORT = String(message.port);
            logger.info({ port: message.port }, `PORT=0: the server took port ${message.port}; a restarted server comes back on it`);
          }
        }
      });
      child.once("exit", (code, signal) => void exited(code, signal));
      child.once("error", (error) => {
        // Only a process that never ran has no exit to wait for.
        if (child.pid !== undefined) return;
        logger.error({ err: error }, `could not run the server: ${error.message}`);
        finish(1);
      });
    };

    const exited = async (code: number | null, signal: NodeJS.Signals | null) => {
      server = undefined;
      const deadDatabase = databasePid;
      const servedMs = readyAt === undefined ? 0 : Date.now() - readyAt;
      const how = signal ? `signal ${signal}` : `code ${code}`;
      if (stopping || (code === 0 && !signal)) {
        await databaseGone(deadDatabase);
        logger.info(`server exited with ${how}; stopped`);
        return finish(0);
      }
      if (!everReady) {
        logger.error({ code, signal }, `server exited with ${how} before it started; not restarting it (a failed start would fail again; the reason is above)`);
        await databaseGone(deadDatabase);
        return finish(code || 1);
      }
      const decision = planRestart(history, Date.now(), servedMs, policy);
      if (!decision.restart) {
        logger.error(
          { code, signal, restarts: decision.recent },
          `server exited with ${how}; it was restarted ${decision.recent} times within ${policy.windowMs / 60_000} minutes, so it is not restarted again. See the errors above.`,
        );
        await databaseGone(deadDatabase);
        return finish(1);
      }
      history = decision.history;
      logger.error(
        { code, signal, restart: decision.number, delayMs: decision.delayMs },
        `server exited with ${how}; restarting in ${decision.delayMs / 1000} s (restart ${decision.number})`,
      );
      if (deadDatabase !== undefined && processIsRunning(deadDatabase)) {
        logger.info({ databasePid: deadDatabase }, `waiting for the database of the server that died (pid ${deadDatabase}) to shut down and free the store`);
      }
      await Promise.all([
        new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, decision.delayMs);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        }),
        databaseGone(deadDatabase),
      ]);
      wake = undefined;
      if (stopping) {
        logger.info("stopped");
        return finish(0);
      }
      startServer();
    };

    startServer();
  });
}
