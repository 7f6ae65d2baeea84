import { inject } from "vitest";
import { createDatabase, type Database } from "../../server/db/database.ts";

/** A connection to the run's test database (see test/global-setup.ts). */
export function connectTestDatabase(): Database {
  const user = inject("neo4jUser");
  return createDatabase(inject("neo4jUri"), user ? { user, password: inject("neo4jPassword") } : undefined, { description: "test database" });
}

/** The single number a counting query returns. */
export async function countOf(database: Database, cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  return Number((await database.read(cypher, params)).records[0]!.get(0));
}

/** Empties the database (leaving the marker that says the tests own it); schema stays. */
export async function resetDatabase(database: Database): Promise<void> {
  await database.write("MATCH (n) WHERE NOT n:AtlasTestMarker DETACH DELETE n");
  await database.write("MERGE (:AtlasTestMarker {id: 'atlas-tests'})");
}

/**
 * Every node and relationship as sorted text: two databases with equal dumps hold the same graph.
 * The change counter (AtlasMeta) and the record of imports (Changeset, ChangesetEntry) are
 * bookkeeping, not graph data: they count runs, so they are left out.
 */
export async function canonicalDump(database: Database): Promise<string[]> {
  const nodes = await database.read(
    "MATCH (n) WHERE NOT n:AtlasTestMarker AND NOT n:AtlasMeta AND NOT n:Changeset AND NOT n:ChangesetEntry AND NOT n:OrganizationMetrics AND NOT n:NetworkSummary AND NOT n:CoverageCellFigures RETURN apoc.convert.toJson({labels: apoc.coll.sort(labels(n)), props: apoc.map.sortedProperties(properties(n))}) AS line",
  );
  const rels = await database.read(
    "MATCH (a)-[r]->(b) RETURN apoc.convert.toJson({from: coalesce(a.id, a.code), type: type(r), to: coalesce(b.id, b.code), props: apoc.map.sortedProperties(properties(r))}) AS line",
  );
  return [...nodes.records, ...rels.records].map((r) => String(r.get("line"))).sort();
}
