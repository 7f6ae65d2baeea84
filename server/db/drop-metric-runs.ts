import neo4j from "neo4j-driver";
import { namedQuery } from "./cypher-files.ts";
import type { Database } from "./database.ts";

/**
 * Deletes the stored metrics of every recompute run but `keep` (metrics-delete-old). Not a change
 * of the graph: stored metrics are derived bookkeeping, so the graph's version stays. In
 * transactions of its own, as a national run is some 300,000 nodes.
 */
export async function dropMetricRuns(database: Database, keep: number[]): Promise<void> {
  await database.runAutoCommit(namedQuery("metrics-delete-old"), { keep: keep.map((run) => neo4j.int(run)) });
}
