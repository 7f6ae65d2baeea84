// @ts-check
// `npm run build:server`: the server as JavaScript that plain node runs (dist/server/cli.js).
// esbuild, because it is the compiler tsx already ran the sources with (same output, in well under
// a second, where `tsc` takes several), and because one bundle leaves no compiled file behind
// when a source file is moved or deleted. It does not check types: `npm test` does.
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outdir = path.join(root, "dist", "server");

// Chunks are named by content hash: last build's would pile up.
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  // The metrics worker is a script of its own: a worker thread starts from a file.
  entryPoints: ["server/cli.ts", "server/metrics/compute-worker.ts"],
  outbase: "server",
  outdir,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20.19",
  // Installed packages stay imports, resolved from node_modules at run time as before.
  packages: "external",
  // What a command loads with import() only when asked for (the benchmarks, with their
  // devDependencies) stays in a chunk of its own, so starting the server never loads it.
  splitting: true,
  // Stack traces name the TypeScript files and lines (node --enable-source-maps).
  sourcemap: true,
  // The files bundled, with which build-parts.js tells whether the build is stale.
  metafile: true,
  logLevel: "warning",
}).then(({ metafile }) => writeFileSync(path.join(outdir, "meta.json"), JSON.stringify(metafile)));
