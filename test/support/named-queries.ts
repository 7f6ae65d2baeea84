import { readdirSync } from "node:fs";
import path from "node:path";
import { isInt } from "neo4j-driver";
import { cypherDir, namedQuery } from "../../server/db/cypher-files.ts";
import type { RecordedQuery } from "./recording-database.ts";

/** The names of cypher/queries/<name>.cypher, sorted. */
export function namedQueryNames(): string[] {
  return readdirSync(path.join(cypherDir, "queries"))
    .filter((file) => file.endsWith(".cypher"))
    .map((file) => file.replace(/\.cypher$/, ""))
    .sort();
}

let byText: Map<string, string> | undefined;

/**
 * The named query a text is, by exact equality with namedQuery(name). Any other text is an error:
 * the API sends Cypher only from cypher/queries/, so text written elsewhere (or a file edited
 * without its caller) shows up here.
 */
export function queryNameOf(cypher: string): string {
  byText ??= new Map(namedQueryNames().map((name) => [namedQuery(name), name]));
  const name = byText.get(cypher);
  if (name === undefined) throw new Error(`Not the text of any file in cypher/queries/:\n${cypher}`);
  return name;
}

/** Parameters as plain values: neo4j Integers (whole numbers go as Cypher integers) become numbers. */
export function plainParams(value: unknown): unknown {
  if (isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(plainParams);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, plainParams(v)]));
  }
  return value;
}

export interface NamedCall {
  query: string;
  params: Record<string, unknown>;
}

/** Recorded queries as the named query each sent and its plain parameters, in the order sent. */
export function namedCalls(queries: readonly RecordedQuery[]): NamedCall[] {
  return queries.map((q) => ({ query: queryNameOf(q.cypher), params: plainParams(q.params) as Record<string, unknown> }));
}

/**
 * A list whose order follows rows a query does not order (collected ids, the ends of unordered
 * links): equal to any list with the same members, in any order.
 */
export function inAnyOrder<T>(items: readonly T[]) {
  const members = (list: readonly unknown[]) => list.map((item) => JSON.stringify(item)).sort();
  return {
    $$typeof: Symbol.for("jest.asymmetricMatcher"),
    asymmetricMatch: (actual: unknown) => Array.isArray(actual) && JSON.stringify(members(actual)) === JSON.stringify(members(items)),
    toString: () => "InAnyOrder",
    toAsymmetricMatcher: () => `InAnyOrder ${JSON.stringify(items)}`,
    getExpectedType: () => "array",
  };
}
