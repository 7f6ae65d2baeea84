import { readFileSync } from "node:fs";
import path from "node:path";
import { cypherDir, stripComments } from "../server/db/cypher-files.ts";

/**
 * The text of a benchmark's own query, cypher/bench/<name>.cypher (choosing parameters, reading
 * memory): kept with the other Cypher, apart from the queries the product runs.
 */
export function benchQuery(name: string): string {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`Not a query name: ${name}`);
  return stripComments(readFileSync(path.join(cypherDir, "bench", `${name}.cypher`), "utf8"));
}
