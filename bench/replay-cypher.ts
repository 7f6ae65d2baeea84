import neo4j, { type Driver, type ProfiledPlan } from "neo4j-driver";
import type { RecordedQuery } from "../test/support/recording-database.ts";

/**
 * Runs recorded queries one after another through the driver, as a client of Neo4j with no API in
 * between, and returns the milliseconds they took together. Sequential on purpose: the resolvers'
 * own overlap, if any, then counts in their favour, never against them.
 */
export async function replay(driver: Driver, queries: readonly RecordedQuery[], database?: string): Promise<number> {
  const started = performance.now();
  for (const query of queries) {
    const result = await driver.executeQuery(query.cypher, query.params, {
      routing: query.routing === "READ" ? neo4j.routing.READ : neo4j.routing.WRITE,
      database,
    });
    // Rows are fetched and materialised, as the API must do before answering.
    void result.records.length;
  }
  return performance.now() - started;
}

function planHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + planHits(child), 0);
}

/** Database hits of each recorded query under PROFILE, and their total: the work Neo4j did, whatever the machine. */
export async function profileHits(driver: Driver, queries: readonly RecordedQuery[], database?: string): Promise<{ total: number; perQuery: number[] }> {
  const perQuery: number[] = [];
  for (const query of queries) {
    const result = await driver.executeQuery(`PROFILE ${query.cypher}`, query.params, {
      routing: query.routing === "READ" ? neo4j.routing.READ : neo4j.routing.WRITE,
      database,
    });
    perQuery.push(result.summary.profile ? planHits(result.summary.profile) : 0);
  }
  return { total: perQuery.reduce((sum, hits) => sum + hits, 0), perQuery };
}
