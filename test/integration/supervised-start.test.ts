import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../server/config.ts";
import { isAlive, waitUntil } from "../support/own-neo4j.ts";

// Deadlines only, so that a server that never comes back fails the test instead of hanging it;
// a start (JVM, store recovery, schema) takes seconds on a quiet machine and minutes on a busy one.
const startDeadlineMs = 300_000;

async function healthStatus(url: string): Promise<number> {
  try {
    return (await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5_000) })).status;
  } catch {
    return 0;
  }
}

/** The JVM the launcher in this home runs (or ran last), from its pid file. */
function javaPid(atlasHome: string): number {
  return Number(readFileSync(path.join(atlasHome, "neo4j", "neo4j.pid"), "utf8").trim().split(/\s+/)[0]);
}

/**
 * `npm start` as a user runs it (the supervisor, which runs the server as its child), from the
 * sources as the other CLI tests do, in a home of its own on ports the server and the launcher
 * take themselves (0), with JSON logs at info so the supervisor's own lines can be read.
 */
describe("npm start after the server crashes", { timeout: 900_000 }, () => {
  const atlasHome = mkdtempSync(path.join(os.tmpdir(), "atlas-supervise-"));
  const lines: string[] = [];
  let supervisor: ChildProcess | undefined;

  afterAll(async () => {
    if (supervisor && supervisor.exitCode === null && supervisor.signalCode === null) {
      supervisor.kill("SIGKILL");
    }
    // Whatever the test left (it fails if it left anything): no JVM may hold the home we remove.
    try {
      if (isAlive(javaPid(atlasHome))) process.kill(javaPid(atlasHome), "SIGKILL");
    } catch {
      // no pid file: no database ever started
    }
    rmSync(atlasHome, { recursive: true, force: true });
  });

  const logged = (pattern: RegExp) => lines.filter((line) => pattern.test(line));
  /** The pids of the server processes the supervisor says it started, in order. */
  const serverPids = () => logged(/server process \d+ started/).map((line) => Number(/server process (\d+) started/.exec(line)![1]));

  it("restarts a server killed with SIGKILL, its database back on the same store; SIGTERM then stops everything", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "server/cli.ts", "start"], {
      cwd: projectRoot,
      env: {
        ...process.env,
        ATLAS_SUPERVISE: "",
        NEO4J_URI: "",
        ATLAS_HOME: atlasHome,
        PORT: "0",
        ATLAS_BOLT_PORT: "0",
        ATLAS_SAMPLE: "off",
        ATLAS_REGISTER: "off",
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    supervisor = child;
    readline.createInterface({ input: child.stdout! }).on("line", (line) => lines.push(line));
    readline.createInterface({ input: child.stderr! }).on("line", (line) => lines.push(line));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
    const output = () => lines.slice(-60).join("\n");

    // Served once: the banner names the port the server took.
    await waitUntil(() => logged(/is running at http:\/\/localhost:\d+/).length >= 1 || child.exitCode !== null, startDeadlineMs, "the first start");
    expect(child.exitCode, output()).toBeNull();
    const url = `http://127.0.0.1:${/is running at http:\/\/localhost:(\d+)/.exec(logged(/is running at/)[0]!)![1]}`;
    expect(await healthStatus(url)).toBe(200);
    const [firstServer] = serverPids();
    expect(firstServer, output()).toBeGreaterThan(0);
    expect(firstServer).not.toBe(child.pid);
    const firstJava = javaPid(atlasHome);
    expect(isAlive(firstJava)).toBe(true);

    // A crash nothing can catch.
    process.kill(firstServer!, "SIGKILL");
    await waitUntil(() => !isAlive(firstServer!), 30_000, "the killed server to be gone");

    // Back on the same port, with the database started again on the same store.
    await waitUntil(async () => logged(/is running at/).length >= 2 && (await healthStatus(url)) === 200, startDeadlineMs, `${url}/healthz to answer 200 again:\n${output()}`, 500);
    expect(logged(/server exited with signal SIGKILL; restarting in 1 s \(restart 1\)/), output()).toHaveLength(1);
    const secondServer = serverPids()[1]!;
    expect(secondServer).not.toBe(firstServer);
    expect(isAlive(secondServer)).toBe(true);
    // The killed server's JVM stopped by itself (its stdin closed with its server), freeing the store for the new one.
    expect(isAlive(firstJava)).toBe(false);
    const secondJava = javaPid(atlasHome);
    expect(secondJava).not.toBe(firstJava);
    expect(isAlive(secondJava)).toBe(true);

    // SIGTERM stops the server, which stops its database; the supervisor waits for both.
    child.kill("SIGTERM");
    const exit = await Promise.race([exited, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`the supervisor did not exit:\n${output()}`)), 120_000))]);
    expect(exit, output()).toEqual({ code: 0, signal: null });
    for (const pid of [firstServer!, secondServer, firstJava, secondJava]) expect(isAlive(pid), `process ${pid} is left running`).toBe(false);
  });
});
