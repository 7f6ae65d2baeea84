import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./config.ts";
import type { Logger } from "./logger.ts";

export const clientDir = path.join(projectRoot, "dist", "client");

/** Newest modification time of a file or anything below a folder (0 when absent). */
export function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((newest, entry) => Math.max(newest, newestMtime(path.join(target, entry))), stat.mtimeMs);
}

/** The client needs a build when dist/ is missing or older than its sources or build config. */
export function clientBuildIsStale(root = projectRoot): boolean {
  const built = newestMtime(path.join(root, "dist", "client", "index.html"));
  const sources = Math.max(newestMtime(path.join(root, "client")), newestMtime(path.join(root, "vite.config.ts")), newestMtime(path.join(root, "package-lock.json")));
  return built === 0 || sources > built;
}

/** Builds the dashboard with Vite when stale, so `npm start` works on a fresh clone and restarts stay fast. */
export async function ensureClientBuilt(logger: Logger): Promise<string> {
  if (!clientBuildIsStale()) return clientDir;
  logger.info("building the dashboard (vite build)");
  const started = Date.now();
  const { build } = await import("vite");
  await build({ configFile: path.join(projectRoot, "vite.config.ts"), logLevel: "warn" });
  logger.info({ ms: Date.now() - started }, "dashboard built");
  return clientDir;
}
