import { afterAll, beforeAll, describe, expect, it } from "vitest";
import neo4j from "neo4j-driver";
import { applySchema } from "../../server/db/apply-schema.ts";
import { namedQuery } from "../../server/db/cypher-files.ts";
import type { Database } from "../../server/db/database.ts";
import { withSearchText } from "../../server/ingest/importer-files.ts";
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

  it("brings a database made before search keys up to date: searchText for every searchable node, the old full-text index gone", async () => {
    // As a database of the previous version has them: names, no searchText, the full-text index.
    await database.write("CREATE FULLTEXT INDEX name_search IF NOT EXISTS FOR (n:Organization) ON EACH [n.name]");
    await database.write(
      `CREATE (:Organization:Institution {id: 'hip', name: 'Harbin Institute of Petroleum', nameZh: '哈尔滨石油学院', code: '4123013299'}),
              (:Organization:Enterprise {id: 'ambition', name: 'AMBITION (Sichuan) Oil & Gas Equipment Technology Co. Ltd.', aliases: ['AMBITION', 'Ａｍｂｉ']}),
              (:Alliance {id: 'al', name: 'Test Alliance', nameZh: '测试联盟'}), (:IndustryChain {id: 'ch', name: 'Test Chain'})`,
    );
    await applySchema(database);
    const texts = await database.read("MATCH (n) WHERE n.id IN ['hip', 'ambition', 'al', 'ch'] RETURN n.id AS id, n.searchText AS text ORDER BY id");
    expect(Object.fromEntries(texts.records.map((r) => [r.get("id"), r.get("text")]))).toEqual({
      al: "|testalliance|测试联盟|",
      ambition: "|ambitionsichuanoilgasequipmenttechnologycoltd|ambition|ａｍｂｉ|",
      ch: "|testchain|",
      hip: "|harbininstituteofpetroleum|哈尔滨石油学院|4123013299|",
    });
    const indexes = await database.read("SHOW INDEXES YIELD name, type, state WHERE type IN ['TEXT', 'FULLTEXT'] RETURN name, type, state ORDER BY name");
    expect(indexes.records.map((r) => r.toObject())).toEqual([
      { name: "alliance_search_text", type: "TEXT", state: "ONLINE" },
      { name: "industry_chain_search_text", type: "TEXT", state: "ONLINE" },
      { name: "organization_search_text", type: "TEXT", state: "ONLINE" },
    ]);
  });

  it("writes the same searchText as the importer's files (withSearchText), whatever the script or case", async () => {
    const names = [
      { id: "st-1", name: "Xi'an Jiaotong-Liverpool University", nameZh: "西交利物浦大学", aliases: ["XJTLU", "Ｘｉ’ａｎ　ＪＬＵ"] },
      { id: "st-2", name: "İZMİR ÇELİK Sanayi A.Ş.", code: "91310000MA1FL4XQ0X", aliases: [] },
      { id: "st-3", name: "Ærø Straße GmbH & Co. KG", nameZh: "中国石化（集团）有限公司·燕山分公司" },
      { id: "st-4", name: "ǅemal – № 3 Αθήνα Ωμέγα 👩‍🔬 Lab", aliases: ["  ", "x_y-z"] },
    ];
    await database.write("UNWIND $names AS row CREATE (n:Organization:Enterprise {id: row.id}) SET n += row", { names });
    await applySchema(database);
    const stored = await database.read("MATCH (n:Organization) WHERE n.id STARTS WITH 'st-' RETURN n.id AS id, n.searchText AS text ORDER BY id");
    expect(stored.records.map((r) => r.get("text"))).toEqual(names.map((n) => withSearchText(n).searchText));
  });

  it("looks organisations up through the text index: EXPLAIN shows a contains scan of it in every organisation branch", async () => {
    const plan = await database.read(`EXPLAIN ${namedQuery("search-names")}`, { text: "石油", terms: ["石油"], seek: "石油", limit: neo4j.int(10), cap: neo4j.int(500) });
    const operators: string[] = [];
    const walk = (step: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }) => {
      operators.push(`${step.operatorType.replace(/@.*/, "")} ${String(step.arguments["Details"] ?? "")}`);
      for (const child of step.children) walk(child as typeof step);
    };
    walk(plan.summary.plan as unknown as Parameters<typeof walk>[0]);
    const scans = operators.filter((operator) => operator.startsWith("NodeIndexContainsScan"));
    expect(scans.filter((scan) => scan.includes("TEXT INDEX n:Organization(searchText)"))).toHaveLength(3);
    // Alliances and chains are few (the planner may read them all); organisations are never scanned.
    expect(operators.filter((operator) => /AllNodesScan|NodeByLabelScan n:Organization/.test(operator))).toEqual([]);
  });
});
