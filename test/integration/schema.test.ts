import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySchema } from "../../server/db/apply-schema.ts";
import type { Database } from "../../server/db/database.ts";
import { connectTestDatabase, resetDatabase } from "../support/test-database.ts";

describe("cypher/schema.cypher on a real Neo4j", () => {
  let database: Database;
  beforeAll(async () => {
    database = connectTestDatabase();
    await resetDatabase(database);
  });
  afterAll(() => database.close());

  it("applies twice without error and leaves the same constraints", async () => {
    await applySchema(database);
    const first = await database.read("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name");
    await applySchema(database);
    const second = await database.read("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name");
    expect(second.records.map((r) => r.get("name"))).toEqual(first.records.map((r) => r.get("name")));
    expect(first.records.map((r) => r.get("name"))).toContain("organization_id");
  });

  it("refuses a second organisation with the same id", async () => {
    await database.write("CREATE (:Organization:Institution {id: 'dup', name: 'A'})");
    await expect(database.write("CREATE (:Organization:Enterprise {id: 'dup', name: 'B'})")).rejects.toThrow(/already exists/);
  });

  it("finds organisations by Chinese and English name parts through the full-text index", async () => {
    await database.write(
      "CREATE (:Organization:Institution {id: 'hip', name: 'Harbin Institute of Petroleum', nameZh: '哈尔滨石油学院'}), (:Organization:Enterprise {id: 'ambition', name: 'AMBITION (Sichuan) Oil & Gas Equipment Technology Co. Ltd.', aliasText: 'AMBITION'})",
    );
    await database.write("CALL db.awaitIndexes(60)");
    const search = async (text: string) =>
      (await database.read("CALL db.index.fulltext.queryNodes('name_search', $text) YIELD node RETURN node.id AS id", { text })).records.map((r) => r.get("id"));
    expect(await search("石油")).toEqual(["hip"]);
    expect(await search("petroleum")).toEqual(["hip"]);
    expect(await search("ambition")).toEqual(["ambition"]);
  });
});
