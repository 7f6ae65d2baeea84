import { readdirSync, readFileSync } from "node:fs";
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

/** One statement of cypher/load-csv/: the benchmarks' LOAD CSV baseline (see bench/load-csv.ts). */
export interface LoadCsvStep {
  /** The file name, e.g. "05-enterprises.cypher". */
  file: string;
  /** What it loads, the file name without its order and extension: "enterprises", also the CSV it reads. */
  name: string;
  statement: string;
}

/** The files of cypher/load-csv/ in the order their numbers give, one statement each. */
export function loadCsvSteps(dir = path.join(cypherDir, "load-csv")): LoadCsvStep[] {
  return readdirSync(dir)
    .filter((file) => /^\d+-[a-z][a-z0-9-]*\.cypher$/.test(file))
    .sort()
    .map((file) => {
      const statements = splitStatements(readFileSync(path.join(dir, file), "utf8"));
      // CALL … IN TRANSACTIONS must be the whole of an auto-commit query, so a file cannot hold two.
      if (statements.length !== 1) throw new Error(`${file} must hold exactly one statement, not ${statements.length}`);
      return { file, name: file.replace(/^\d+-/, "").replace(/\.cypher$/, ""), statement: statements[0]! };
    });
}
