import type { ProfiledPlan } from "neo4j-driver";
import type { Database } from "../server/db/database.ts";
import type { RecordedQuery } from "../test/support/recording-database.ts";

/** A recorded query, sent as it was recorded: to a read or a write transaction. */
function send(database: Database, query: RecordedQuery, cypher = query.cypher) {
  return query.routing === "READ" ? database.read(cypher, query.params) : database.write(cypher, query.params);
}

/**
 * Runs recorded queries one after another through the driver, as a client of Neo4j with no API in
 * between, and returns the milliseconds they took together. Sequential on purpose: the resolvers'
 * own overlap, if any, then counts in their favour, never against them.
 */
export async function replay(database: Database, queries: readonly RecordedQuery[]): Promise<number> {
  const started = performance.now();
  for (const query of queries) {
    const result = await send(database, query);
    // Rows are fetched and materialised, as the API must do before answering.
    void result.records.length;
  }
  return performance.now() - started;
}

function planHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + planHits(child), 0);
}

/** Database hits of each recorded query under PROFILE, and their total: the work Neo4j did, whatever the machine. */
export async function profileHits(database: Database, queries: readonly RecordedQuery[]): Promise<{ total: number; perQuery: number[] }> {
  const perQuery: number[] = [];
  for (const query of queries) {
    const result = await send(database, query, `PROFILE ${query.cypher}`);
    perQuery.push(result.summary.profile ? planHits(result.summary.profile) : 0);
  }
  return { total: perQuery.reduce((sum, hits) => sum + hits, 0), perQuery };
}
