import { readFileSync } from "node:fs";
import path from "node:path";
import { cypherDir, splitStatements } from "./cypher-files.ts";
import type { Database } from "./database.ts";

/** Applies cypher/schema.cypher; every statement is IF NOT EXISTS, so this is safe at every start. */
export async function applySchema(database: Database): Promise<number> {
  const statements = splitStatements(readFileSync(path.join(cypherDir, "schema.cypher"), "utf8"));
  for (const statement of statements) await database.write(statement);
  await database.write("CALL db.awaitIndexes(300)");
  return statements.length;
}
