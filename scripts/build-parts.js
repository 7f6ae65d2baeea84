// @ts-check
// The two parts of `npm run build`, when each is stale, and how to rebuild one. Plain JavaScript:
// `npm start` checks the build before there is any, with nothing but Node.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** @typedef {"client" | "server"} BuildPart */

/** @type {readonly BuildPart[]} */
export const buildParts = ["client", "server"];

/**
 * Newest modification time of a file or anything below a folder (0 when absent).
 * @param {string} target
 * @returns {number}
 */
export function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((newest, entry) => Math.max(newest, newestMtime(path.join(target, entry))), stat.mtimeMs);
}

/** Any part is stale after a change to the installed packages or to the build commands. */
const sharedInputs = ["package.json", "package-lock.json"];

/** The file a part's build writes, whose time stamps the build. */
const builtMarker = { client: path.join("dist", "client", "index.html"), server: path.join("dist", "server", "cli.js") };

/**
 * The files esbuild bundled into the server last time (its metafile lists them), so that a test or
 * a benchmark changed elsewhere does not call for a build, and a bundled file that is gone does.
 * null when the server was never built.
 * @returns {string[] | null}
 */
function serverSources(/** @type {string} */ root) {
  const metafile = path.join(root, "dist", "server", "meta.json");
  if (!existsSync(metafile)) return null;
  /** @type {{ inputs: Record<string, unknown> }} */
  const meta = JSON.parse(readFileSync(metafile, "utf8"));
  return Object.keys(meta.inputs);
}

/**
 * A part is stale when its build is missing or older than what it is built from: for the dashboard
 * all of client/ and the Vite config, for the server the files it bundled and tsconfig.json (a
 * bundled file that is gone counts as changed).
 */
export function isStale(/** @type {string} */ root, /** @type {BuildPart} */ part) {
  const built = newestMtime(path.join(root, builtMarker[part]));
  if (built === 0) return true;
  const newerThanBuild = (/** @type {string} */ input) => newestMtime(path.join(root, input)) > built;
  if (part === "client") return ["client", "vite.config.ts", ...sharedInputs].some(newerThanBuild);
  const sources = serverSources(root);
  if (sources === null) return true;
  return sources.some((source) => !existsSync(path.join(root, source))) || [...sources, "tsconfig.json", ...sharedInputs].some(newerThanBuild);
}

/**
 * The command that builds each part, as `npm run build:<part>` runs it. The server's runs our own
 * script with this node, without npm in between (a second saved on a first start); Vite prints
 * only its warnings, as the table of every file it wrote is noise before a start.
 * @type {Record<BuildPart, { command: string, args: string[], shell: boolean }>}
 */
const buildCommands = {
  client: { command: "npm", args: ["run", "-s", "build:client", "--", "--logLevel", "warn"], shell: process.platform === "win32" },
  server: { command: process.execPath, args: [path.join("scripts", "build-server.js")], shell: false },
};

/**
 * Builds one part in a child process, never in the caller's: Vite sets NODE_ENV=production in the
 * process it runs in, which once turned the server's GraphQL introspection off for the rest of
 * its life. The build's output goes to stderr, so a command's own output on stdout stays clean.
 * @param {string} root
 * @param {BuildPart} part
 * @returns {Promise<void>}
 */
export function runBuild(root, part) {
  const { command, args, shell } = buildCommands[part];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ["ignore", 2, 2], shell });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`building the ${part} (npm run build:${part}) failed (${signal ?? `exit code ${code}`})`));
    });
  });
}
