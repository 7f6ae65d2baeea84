import { namedQuery, type Database } from "../db/index.ts";
import { loadRegionTable, type RegionRecord } from "../regions/index.ts";

/** What a load of the regions did: nodes created, updated (a property or the parent changed), unchanged. */
export interface RegionLoadSummary {
  created: number;
  updated: number;
  unchanged: number;
  /** PART_OF links made (new regions, or regions that moved). */
  relationshipsCreated: number;
}

export interface LoadRegionsOptions {
  /** The regions to load; the whole table by default. */
  table?: readonly RegionRecord[];
  /** Rows per transaction. */
  batchSize?: number;
}

/** The row merge-regions.cypher takes for one region; absent coordinates stay absent. */
export function regionRow(region: RegionRecord): { code: string; props: Record<string, unknown>; parent: string | null } {
  const props: Record<string, unknown> = { name: region.name, nameZh: region.nameZh, level: region.level };
  if (region.lat !== undefined && region.lon !== undefined) Object.assign(props, { lat: region.lat, lon: region.lon });
  return { code: region.code, props, parent: region.parentCode ?? null };
}

const levelOrder = { province: 0, prefecture: 1, county: 2 } as const;

/**
 * Merges the regions table into the database with its PART_OF links, in batches of 5,000 rows,
 * each batch its own write transaction. Parents go first (provinces, then prefectures, then
 * counties), so every link finds its parent. Loading again changes nothing; a region that
 * disappeared from the table is left in place, as organisations may still be located in it.
 */
export async function loadRegions(database: Database, options: LoadRegionsOptions = {}): Promise<RegionLoadSummary> {
  const batchSize = options.batchSize ?? 5_000;
  const rows = [...(options.table ?? loadRegionTable())].sort((a, b) => levelOrder[a.level] - levelOrder[b.level]).map(regionRow);
  const summary: RegionLoadSummary = { created: 0, updated: 0, unchanged: 0, relationshipsCreated: 0 };
  const query = namedQuery("merge-regions");
  for (let start = 0; start < rows.length; start += batchSize) {
    const result = await database.write(query, { rows: rows.slice(start, start + batchSize) });
    const row = result.records[0]!;
    const created = Number(row.get("created"));
    const updated = Number(row.get("updated"));
    summary.created += created;
    summary.updated += updated;
    summary.unchanged += Number(row.get("total")) - created - updated;
    summary.relationshipsCreated += result.summary.counters.updates().relationshipsCreated;
  }
  return summary;
}

/**
 * True when every region of the table is in the database: a cheap check (one index lookup per
 * code) for whether the start or an ingest needs to load them first.
 */
export async function regionsAreLoaded(database: Database, table: readonly RegionRecord[] = loadRegionTable()): Promise<boolean> {
  const result = await database.read("MATCH (r:Region) WHERE r.code IN $codes RETURN count(r) AS regions", { codes: table.map((r) => r.code) });
  return Number(result.records[0]?.get("regions") ?? 0) === table.length;
}
