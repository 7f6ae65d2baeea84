import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { projectRoot } from "../../server/config.ts";
import { applySchema } from "../../server/db/apply-schema.ts";
import type { Database } from "../../server/db/database.ts";
import { changedNothing, ingest } from "../../server/ingest/ingest.ts";
import { sampleDir } from "../../server/ingest/sample.ts";
import { canonicalDump, connectTestDatabase, resetDatabase } from "../support/test-database.ts";

const article = path.join(projectRoot, "test", "fixtures", "articles", "qinling-order-class.txt");

describe("ingesting a press release into a real Neo4j", () => {
  let database: Database;
  beforeAll(async () => {
    database = connectTestDatabase();
    await applySchema(database);
  });
  beforeEach(async () => {
    await resetDatabase(database);
    await ingest(database, [sampleDir]);
  });
  afterAll(() => database.close());

  it("puts each fact in the graph with the sentence that states it", async () => {
    const result = await ingest(database, [article]);
    expect(result.problems).toEqual([]);
    const source = await database.read("MATCH (s:Source) WHERE s.id STARTS WITH 'article-' RETURN s.title AS title, toString(s.publishedOn) AS on, s.origin AS origin");
    expect(source.records.map((r) => r.toObject())).toEqual([
      { title: "Qinling Polytechnic College and Hanjiang Drone Technology Co., Ltd. open a drone order class", on: "2025-09-03", origin: expect.stringContaining("qinling-order-class.txt") },
    ]);
    const orderClass = await database.read(
      `MATCH (a:Agreement {type: 'order_class'})-[e:EVIDENCED_BY]->(s:Source) WHERE s.id STARTS WITH 'article-'
       RETURN toString(a.signedOn) AS on, a.students AS students, e.quote AS quote, e.offset AS offset, e.confidence AS confidence,
              [(o)-[:PARTY_TO]->(a) | o.name] AS parties`,
    );
    expect(orderClass.records).toHaveLength(1);
    const found = orderClass.records[0]!.toObject();
    expect(found.on).toBe("2025-09-02");
    expect(found.students).toBe(40);
    expect(found.quote).toMatch(/^On September 2, 2025, Qinling Polytechnic College and Hanjiang Drone/);
    expect(found.parties.sort()).toEqual(["Hanjiang Drone Technology Co., Ltd.", "Qinling Polytechnic College"]);
    expect(found.confidence).toBeGreaterThan(0);
  });

  it("attaches what the article says to an organisation already in the graph", async () => {
    await ingest(database, [article]);
    const strategic = await database.read(
      "MATCH (:Organization {id: 'xian-university-of-technology'})-[:PARTY_TO]->(a:Agreement {type: 'strategic_cooperation'})-[:EVIDENCED_BY]->(s:Source) WHERE s.id STARTS WITH 'article-' RETURN count(a) AS n",
    );
    expect(strategic.records[0]!.get("n")).toBe(1);
    const copies = await database.read("MATCH (o:Organization) WHERE o.name CONTAINS \"Xi'an University of Technology\" RETURN count(o) AS n");
    expect(copies.records[0]!.get("n")).toBe(1);
  });

  it("adds a repost of the same release as more evidence, not as more agreements", async () => {
    await ingest(database, [article]);
    const repost = path.join(mkdtempSync(path.join(os.tmpdir(), "atlas-repost-")), "repost.txt");
    writeFileSync(repost, readFileSync(article, "utf8").replace("Copyright 2025 Qinling Polytechnic College.", "Reposted from the college news site. Copyright 2025 Hanzhong Daily."));
    const result = await ingest(database, [repost]);
    expect(result.problems).toEqual([]);
    const orderClasses = await database.read(
      "MATCH (a:Agreement {type: 'order_class'})-[:EVIDENCED_BY]->(s:Source) WHERE s.id STARTS WITH 'article-' WITH a, collect(s.id) AS sources RETURN count(a) AS n, sources",
    );
    expect(orderClasses.records[0]!.get("n")).toBe(1);
    expect(orderClasses.records[0]!.get("sources")).toHaveLength(2);
  });

  it("changes nothing when the same article is ingested again", async () => {
    await ingest(database, [article]);
    const before = await canonicalDump(database);
    const again = await ingest(database, [article]);
    expect(again.summary && changedNothing(again.summary)).toBe(true);
    expect(await canonicalDump(database)).toEqual(before);
  });
});
