import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySchema } from "../../server/db/apply-schema.ts";
import type { Database } from "../../server/db/database.ts";
import { loadRegions, regionsAreLoaded } from "../../server/ingest/load-regions.ts";
import { loadRegionTable } from "../../server/regions/region-table.ts";
import { canonicalDump, connectTestDatabase, resetDatabase, countOf } from "../support/test-database.ts";


describe("loading the regions table into a real Neo4j", () => {
  const table = loadRegionTable();
  const tableCount = (level: string) => table.filter((r) => r.level === level).length;
  let database: Database;
  beforeAll(async () => {
    database = connectTestDatabase();
    await resetDatabase(database);
    await applySchema(database);
  });
  afterAll(() => database.close());

  it("loads every region with its level, names, centre and PART_OF link", async () => {
    expect(await regionsAreLoaded(database)).toBe(false);
    const summary = await loadRegions(database);
    expect(summary).toMatchObject({ created: table.length, updated: 0, unchanged: 0 });
    expect(await regionsAreLoaded(database)).toBe(true);

    for (const level of ["province", "prefecture", "county"]) {
      expect(await countOf(database, "MATCH (r:Region {level: $level}) RETURN count(r)", { level }), level).toBe(tableCount(level));
    }
    const withParent = table.filter((r) => r.parentCode).length;
    expect(summary.relationshipsCreated).toBe(withParent);
    expect(await countOf(database, "MATCH (:Region)-[l:PART_OF]->(:Region) RETURN count(l)")).toBe(withParent);
    expect(await countOf(database, "MATCH (r:Region) WHERE r.lat IS NOT NULL AND r.lon IS NOT NULL RETURN count(r)")).toBe(
      table.filter((r) => r.lat !== undefined).length,
    );

    const xian = (await database.read("MATCH (r:Region {code: '610100'}) RETURN properties(r) AS p")).records[0]!.get("p");
    expect(xian).toMatchObject({ name: "Xi'an", nameZh: "西安市", level: "prefecture" });
  });

  it("puts 511321 in Nanchong, in Sichuan (510000)", async () => {
    const path = await database.read(
      "MATCH (c:Region {code: '511321'})-[:PART_OF]->(p:Region)-[:PART_OF]->(s:Region) RETURN p.code AS prefecture, p.name AS name, p.level AS level, s.code AS province",
    );
    expect(path.records.map((r) => r.toObject())).toEqual([{ prefecture: "511300", name: "Nanchong", level: "prefecture", province: "510000" }]);
  });

  it("changes nothing when loaded again, in batches of any size", async () => {
    const before = await canonicalDump(database);
    const again = await loadRegions(database, { batchSize: 1_000 });
    expect(again).toEqual({ created: 0, updated: 0, unchanged: table.length, relationshipsCreated: 0 });
    expect(await canonicalDump(database)).toEqual(before);
  });

  it("counts a changed name or a moved region as updated, and moves its PART_OF link", async () => {
    await database.write("MATCH (r:Region {code: '511322'}) SET r.name = 'Old name'");
    await database.write("MATCH (r:Region {code: '511321'})-[l:PART_OF]->() DELETE l WITH r MATCH (p:Region {code: '510000'}) CREATE (r)-[:PART_OF]->(p)");
    const summary = await loadRegions(database);
    expect(summary).toMatchObject({ created: 0, updated: 2, unchanged: table.length - 2, relationshipsCreated: 1 });
    expect(await countOf(database, "MATCH (:Region {code: '511321'})-[l:PART_OF]->() RETURN count(l)")).toBe(1);
    expect(await countOf(database, "MATCH (:Region {code: '511321'})-[:PART_OF]->(:Region {code: '511300'}) RETURN count(*)")).toBe(1);
  });
});
