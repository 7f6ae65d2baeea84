// @ts-check
// `npm start` runs this first: it builds whatever part of dist/ is missing or older than its
// sources (in child processes; see build-parts.js), then npm starts the built server with plain
// node. Usage: node scripts/build-if-stale.js [client|server]… (both when none is named).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildParts, isStale, runBuild } from "./build-parts.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const asked = process.argv.slice(2);
const unknown = asked.filter((part) => !buildParts.includes(/** @type {import("./build-parts.js").BuildPart} */ (part)));
if (unknown.length > 0) {
  process.stderr.write(`build-if-stale: unknown part ${unknown.join(", ")}; the parts are ${buildParts.join(", ")}\n`);
  process.exit(2);
}
const stale = buildParts.filter((part) => (asked.length === 0 || asked.includes(part)) && isStale(root, part));
for (const part of stale) {
  const started = Date.now();
  process.stderr.write(`building the ${part === "client" ? "dashboard" : "server"}: dist/${part} is missing or older than its sources (npm run build:${part})\n`);
  try {
    await runBuild(root, part);
  } catch (error) {
    process.stderr.write(`${/** @type {Error} */ (error).message}\n`);
    process.exit(1);
  }
  process.stderr.write(`built the ${part === "client" ? "dashboard" : "server"} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
