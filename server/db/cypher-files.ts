import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../config.ts";

export const cypherDir = path.join(projectRoot, "cypher");

const cache = new Map<string, string>();

/**
 * The text of a named query, cypher/queries/<name>.cypher. Queries take their input only as
 * parameters ($name): no Cypher is ever assembled from user input.
 */
export function namedQuery(name: string): string {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`Not a query name: ${name}`);
  let text = cache.get(name);
  if (text === undefined) {
    text = stripComments(readFileSync(path.join(cypherDir, "queries", `${name}.cypher`), "utf8"));
    cache.set(name, text);
  }
  return text;
}

/** Drops whole-line // comments and blank lines, so what we send is exactly the query. */
export function stripComments(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((line) => !/^\s*\/\//.test(line) && line.trim() !== "")
    .join("\n");
}

/** Splits a file of statements, each ending with ";" at the end of a line. */
export function splitStatements(text: string): string[] {
  return stripComments(text)
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement !== "");
}
