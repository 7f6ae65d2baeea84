import { createRegionResolver, type RegionResolver } from "./region-resolver.ts";
import { loadRegionTable } from "./region-table.ts";

let shared: RegionResolver | undefined;

/**
 * The resolver over the whole regions table, built on first use and kept for the life of the
 * process: the table and its name index take about half a second to build, and every ingest run
 * (and later the GraphQL filters) resolves against the same table.
 */
export function sharedRegionResolver(): RegionResolver {
  if (!shared) shared = createRegionResolver(loadRegionTable());
  return shared;
}
