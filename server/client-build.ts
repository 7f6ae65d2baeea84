import path from "node:path";
import { isStale, runBuild } from "../scripts/build-parts.js";
import { projectRoot } from "./config.ts";
import type { Logger } from "./logger.ts";

export const clientDir = path.join(projectRoot, "dist", "client");

/**
 * Builds the dashboard when stale, so the server started from the sources (`npm run -s atlas --
 * start`) and the tests serve a current one; `npm start` has built it already. The build runs in a
 * child process, never in this one: Vite sets NODE_ENV=production where it runs, which turned the
 * GraphQL introspection off in a server that had built its dashboard itself.
 */
export async function ensureClientBuilt(logger: Logger): Promise<string> {
  if (!isStale(projectRoot, "client")) return clientDir;
  logger.info("building the dashboard (npm run build:client, in a child process)");
  const started = Date.now();
  await runBuild(projectRoot, "client");
  logger.info({ ms: Date.now() - started }, "dashboard built");
  return clientDir;
}
