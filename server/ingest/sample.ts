import path from "node:path";
import { projectRoot } from "../config.ts";
import type { Database } from "../db/index.ts";
import type { Logger } from "../logger.ts";
import { ingest } from "./ingest.ts";

export const sampleDir = path.join(projectRoot, "data", "sample");

/**
 * True when the graph holds no data of its own: the regions table is reference data, and the
 * change counter (AtlasMeta) and the record of imports (undone ones stay listed) are bookkeeping;
 * none of them counts.
 */
export async function databaseIsEmpty(database: Database): Promise<boolean> {
  const result = await database.read("MATCH (n) WHERE NOT n:Region AND NOT n:AtlasTestMarker AND NOT n:AtlasMeta AND NOT n:Changeset AND NOT n:ChangesetEntry RETURN count(n) > 0 AS any");
  return result.records[0]?.get("any") !== true;
}

/** Loads data/sample through the ingest pipeline when the database holds nothing yet. */
export async function loadSampleIfEmpty(database: Database, logger: Logger): Promise<boolean> {
  if (!(await databaseIsEmpty(database))) return false;
  const result = await ingest(database, [sampleDir], { displayRoot: projectRoot });
  if (result.problems.length > 0) throw new Error(`The sample data does not validate:\n${result.problems.join("\n")}`);
  logger.info({ summary: result.summary?.nodes }, "loaded the sample data into the empty database");
  return true;
}
