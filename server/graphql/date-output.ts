import type { GraphQLScalarType, GraphQLSchema } from "graphql";
import { isDate } from "neo4j-driver";
import { parseDate } from "../text/index.ts";

/**
 * The text itself when it is a real calendar day written yyyy-mm-dd (JavaScript's Date moves
 * 2024-02-30 on to March, which parseDate refuses); anything else, years before 100 included
 * (which parseDate's JavaScript Date cannot hold), is left to the library.
 */
function calendarDay(text: string): string | undefined {
  return parseDate(text) === text ? text : undefined;
}

/**
 * Makes the schema's Date scalar write a calendar day (a Neo4j date, or the `yyyy-mm-dd` text
 * Cypher's toString gives one) as that text. @neo4j/graphql's scalar parses every date into a
 * JavaScript Date and formats it back (about 1.5 µs), which for a national network's 6,000 link
 * dates was a sixth of the server's work on a first answer. The text is the one it would give, for
 * every real day in years 0100–9999; anything else still goes through it. The scalar is the
 * library's one instance, so every schema of the process gets this.
 */
export function fasterDateOutput(schema: GraphQLSchema): void {
  // Not `instanceof`: @neo4j/graphql makes its types with graphql's CommonJS build, this module sees the ES one.
  const date = schema.getType("Date") as GraphQLScalarType | undefined;
  if (typeof date?.serialize !== "function") return;
  const libraries = date.serialize;
  if ((libraries as { atlasFast?: true }).atlasFast) return;
  const serialize = (value: unknown) => {
    const day = typeof value === "string" ? calendarDay(value) : isDate(value) ? calendarDay(value.toString()) : undefined;
    return day ?? libraries(value);
  };
  date.serialize = Object.assign(serialize, { atlasFast: true as const });
}
