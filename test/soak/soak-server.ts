import { randomBytes } from "node:crypto";
import { startBenchServer, type BenchServer } from "../../bench/bench-server.ts";

/**
 * The server as it runs in production behind one reverse proxy, in its own process: default limits,
 * the default rate limit, NODE_ENV=production, the sample and the register loaded at start. Loopback
 * is trusted as the proxy so each simulated client can come from an address of its own.
 */
export async function startSoakServer(options: { atlasHome: string; boltPort: number; env?: Record<string, string> }): Promise<BenchServer & { jwtSecret: string }> {
  const jwtSecret = randomBytes(32).toString("hex");
  const server = await startBenchServer({
    atlasHome: options.atlasHome,
    boltPort: options.boltPort,
    env: {
      NODE_ENV: "production",
      ATLAS_SAMPLE: "on",
      ATLAS_REGISTER: "on",
      ATLAS_RATE_LIMIT: "600",
      ATLAS_TRUST_PROXY: "loopback",
      ATLAS_JWT_SECRET: jwtSecret,
      // The default pool and queue of analytics, not the benchmarks' longer queue.
      ATLAS_HEAVY_CONCURRENCY: "",
      ATLAS_HEAVY_QUEUE: "",
      ...options.env,
    },
  });
  return { ...server, jwtSecret };
}

/**
 * The server process's resident memory may not pass this during a soak. Before issue 15, distinct
 * large queries took it from 825 MiB to 4.8 GiB and out of memory; with the sample and the register
 * it peaked at 348 MiB in a 90 s soak (bench/soak.json has the latest run), so twice that is the ceiling.
 */
export const soakMemoryCeilingMiB = 768;
