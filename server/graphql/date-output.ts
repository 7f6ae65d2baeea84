import type { GraphQLScalarType, GraphQLSchema } from "graphql";
import { isDate } from "neo4j-driver";

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Makes the schema's Date scalar write a Neo4j date as its own `yyyy-mm-dd` text. @neo4j/graphql's
 * scalar parses every date into a JavaScript Date and formats it back (about 1.5 µs), which for a
 * national network's 6,000 link dates was a sixth of the server's work on a first answer; the
 * text is the same for every date in years 0000–9999, and anything else still goes through it.
 * The scalar is the library's one instance, so every schema of the process gets this.
 */
export function fasterDateOutput(schema: GraphQLSchema): void {
  // Not `instanceof`: @neo4j/graphql makes its types with graphql's CommonJS build, this module sees the ES one.
  const date = schema.getType("Date") as GraphQLScalarType | undefined;
  if (typeof date?.serialize !== "function") return;
  const libraries = date.serialize;
  if ((libraries as { atlasFast?: true }).atlasFast) return;
  const serialize = (value: unknown) => {
    if (isDate(value)) {
      const text = value.toString();
      if (isoDay.test(text)) return text;
    }
    return libraries(value);
  };
  date.serialize = Object.assign(serialize, { atlasFast: true as const });
}
