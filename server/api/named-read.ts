import neo4j from "neo4j-driver";
import { namedQuery, type Database } from "../db/index.ts";

/**
 * Runs a named query (cypher/queries/<name>.cypher) in a read transaction with the API's timeout,
 * and returns its rows as plain objects.
 *
 * Whole numbers among the top-level parameters go as Cypher integers: JavaScript numbers would
 * arrive as floats, which LIMIT, list slices and substring refuse. The API's top-level numeric
 * parameters are all counts and sizes.
 */
export async function namedRead<Row>(database: Database, name: string, params: Record<string, unknown>, timeoutMs: number): Promise<Row[]> {
  const typed = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Number.isSafeInteger(value) ? neo4j.int(value as number) : value]));
  const result = await database.read(namedQuery(name), typed, { timeoutMs });
  return result.records.map((record) => record.toObject() as Row);
}
