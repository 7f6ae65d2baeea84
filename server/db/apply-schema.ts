import { readFileSync } from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import { cypherDir, namedQuery, splitStatements } from "./cypher-files.ts";
import type { Database } from "./database.ts";

/** Nodes given a searchText per transaction when a database made before search keys is brought up to date. */
const searchTextBatch = 10_000;

/**
 * Applies cypher/schema.cypher; every statement is IF NOT EXISTS (or IF EXISTS), so this is safe at
 * every start. Then gives a searchText to every searchable node without one: a database made before
 * search keys existed, or by Neo4j's offline importer (the ingest writes it with the names).
 */
export async function applySchema(database: Database): Promise<number> {
  const statements = splitStatements(readFileSync(path.join(cypherDir, "schema.cypher"), "utf8"));
  for (const statement of statements) await database.write(statement);
  const fill = namedQuery("fill-search-text");
  for (;;) {
    const filled = Number((await database.write<{ filled: number }>(fill, { batch: neo4j.int(searchTextBatch) })).records[0]?.get("filled") ?? 0);
    if (filled < searchTextBatch) break;
  }
  await database.write("CALL db.awaitIndexes(300)");
  return statements.length;
}
