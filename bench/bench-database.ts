import { readFileSync } from "node:fs";
import path from "node:path";
import { applySchema } from "../server/db/apply-schema.ts";
import { connectDatabase, type Database } from "../server/db/database.ts";
import { loadConfig } from "../server/config.ts";
import type { Logger } from "../server/logger.ts";
import { loadRegions, regionsAreLoaded } from "../server/ingest/load-regions.ts";

export interface BenchDatabase {
  database: Database;
  /** The embedded home (store, logs, import folder). */
  home: string;
  boltPort: number;
  /** The launcher's JVM, for its memory. */
  pid: number;
}

/**
 * A new embedded Neo4j in `home` (empty unless the folder holds a store) with the project's schema
 * and the regions table, which every load needs first and which neither load under test should pay
 * for. Heap and page cache come from ATLAS_NEO4J_HEAP and ATLAS_NEO4J_PAGE_CACHE, as for any start.
 */
export async function startBenchDatabase(home: string, logger: Logger): Promise<BenchDatabase> {
  // Any free port (0), taken by the launcher itself, which tries another if one is taken before Neo4j binds it.
  const config = loadConfig({ ...process.env, NEO4J_URI: "" });
  const database = await connectDatabase({ ...config, database: { kind: "embedded", home, boltPort: 0 } }, logger);
  await applySchema(database);
  if (!(await regionsAreLoaded(database))) await loadRegions(database);
  const [pid, boltPort] = readFileSync(path.join(home, "neo4j.pid"), "utf8").trim().split(/\s+/).map(Number) as [number, number];
  return { database, home, boltPort, pid };
}

/** Node and relationship counts by label and type: two loads that agree here built graphs of the same shape. */
export async function graphCounts(database: Database): Promise<{ nodes: Record<string, number>; relationships: Record<string, number> }> {
  const nodes = await database.read<{ label: string; count: number }>(
    "MATCH (n) WHERE NOT n:AtlasMeta AND NOT n:Changeset AND NOT n:ChangesetEntry UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label",
  );
  const relationships = await database.read<{ type: string; count: number }>(
    "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type",
  );
  return {
    nodes: Object.fromEntries(nodes.records.map((r) => [r.get("label"), Number(r.get("count"))])),
    relationships: Object.fromEntries(relationships.records.map((r) => [r.get("type"), Number(r.get("count"))])),
  };
}
