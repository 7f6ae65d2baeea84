import { spawn } from "node:child_process";
import readline from "node:readline";
import { projectRoot } from "../server/config.ts";

export interface BenchServer {
  url: string;
  /** The server's own Node process (not a wrapper), for its memory. */
  pid: number;
  stop(): Promise<void>;
}

/**
 * `npm start` as a user runs it, in its own process, on the database the benchmark prepared
 * (same ATLAS_HOME and Bolt port, so it reuses the running embedded Neo4j). Request logging and the
 * per-client rate limit are off: the load test is one client on loopback asking as fast as it can.
 */
export async function startBenchServer(options: { atlasHome: string; boltPort: number; env?: Record<string, string>; /** e.g. --cpu-prof, to see where a slow figure goes */ nodeArgs?: string[] }): Promise<BenchServer> {
  // The young generation npm start gives the server (package.json).
  const child = spawn(process.execPath, ["--max-semi-space-size=64", ...(options.nodeArgs ?? []), "--import", "tsx", "server/cli.ts", "start"], {
    cwd: projectRoot,
    env: {
      ...process.env,
      // Any free port, bound by the server itself (a port chosen here could be taken first); the banner says which.
      PORT: "0",
      ATLAS_HOME: options.atlasHome,
      ATLAS_BOLT_PORT: String(options.boltPort),
      NEO4J_URI: "",
      ATLAS_SAMPLE: "off",
      // The benchmarks measure the dataset they load, not the register of schools a first start adds.
      ATLAS_REGISTER: "off",
      ATLAS_RATE_LIMIT: "off",
      LOG_LEVEL: "warn",
      // The server itself, not the supervisor npm start puts in front of it: its pid is the server's, SIGINT stops it.
      ATLAS_SUPERVISE: "off",
      // The load runs keep 200 clients waiting on analytics at once: they measure how long answers
      // take when every question waits its turn, so the queue holds them all instead of refusing
      // the overflow as busy (the soak, test/soak/, runs with the default queue).
      ATLAS_HEAVY_QUEUE: "1000",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const keep = (line: string) => {
    output.push(line);
    if (output.length > 40) output.shift();
  };
  readline.createInterface({ input: child.stderr! }).on("line", keep);
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within 10 minutes:\n${output.join("\n")}`)), 600_000);
    readline.createInterface({ input: child.stdout! }).on("line", (line) => {
      keep(line);
      const running = /is running at http:\/\/localhost:(\d+)/.exec(line);
      if (running) {
        clearTimeout(timer);
        resolve(Number(running[1]));
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (code ${code}) before it was ready:\n${output.join("\n")}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        // SIGINT is Ctrl-C: the server closes its driver but leaves a database it did not start running.
        child.kill("SIGINT");
      }),
  };
}

/** One GraphQL request over HTTP; throws on an HTTP or GraphQL error, so a broken case cannot pass as fast. */
export async function postGraphql(url: string, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (!response.ok || body.errors?.length) {
    throw new Error(`GraphQL ${response.status}: ${body.errors?.map((e) => e.message).join("; ") ?? "no body"}`);
  }
  return body.data;
}
