import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { applySchema } from "../../server/db/apply-schema.ts";
import type { Database } from "../../server/db/database.ts";
import { changedNothing, ingest } from "../../server/ingest/ingest.ts";
import { sampleDir } from "../../server/ingest/sample.ts";
import { csvRows } from "../support/csv-rows.ts";
import { canonicalDump, connectTestDatabase, resetDatabase, countOf } from "../support/test-database.ts";


/** Text encoded as GB18030 bytes, the way Excel in China saves CSV (Node can decode GB18030 but not encode it). */
function gbk(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else bytes.push(...gbkOf(char));
  }
  return Uint8Array.from(bytes);
}

/** Finds a character's two-byte GBK code by decoding the GBK table (0x81–0xFE × 0x40–0xFE). */
function gbkOf(char: string): number[] {
  const decoder = new TextDecoder("gb18030");
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      if (decoder.decode(Uint8Array.from([lead, trail])) === char) return [lead, trail];
    }
  }
  throw new Error(`no GBK code for ${char}`);
}


describe("loading data/sample into a real Neo4j", () => {
  let database: Database;
  beforeAll(async () => {
    database = connectTestDatabase();
    await applySchema(database);
  });
  beforeEach(() => resetDatabase(database));
  afterAll(() => database.close());

  it("loads every record of the sample, with its source", async () => {
    const result = await ingest(database, [sampleDir]);
    expect(result.problems).toEqual([]);
    const rows = (file: string) => csvRows(sampleDir, file);
    expect(await countOf(database, "MATCH (n:Institution) RETURN count(n)")).toBe(rows("institutions.csv").length);
    expect(await countOf(database, "MATCH (n:Enterprise) RETURN count(n)")).toBe(rows("enterprises.csv").length);
    expect(await countOf(database, "MATCH (n:Government) RETURN count(n)")).toBe(rows("governments.csv").length);
    expect(await countOf(database, "MATCH (n:Agreement) RETURN count(n)")).toBe(rows("agreements.csv").length);
    expect(await countOf(database, "MATCH (n:Source) RETURN count(n)")).toBe(rows("sources.csv").length);
    const parties = rows("agreements.csv").reduce((sum, r) => sum + r.parties!.split("|").length, 0);
    expect(await countOf(database, "MATCH (:Organization)-[r:PARTY_TO]->(:Agreement) RETURN count(r)")).toBe(parties);
    // Every organisation and agreement points to the article that states it.
    expect(await countOf(database, "MATCH (n) WHERE (n:Organization OR n:Agreement OR n:Alliance) AND NOT (n)-[:EVIDENCED_BY]->(:Source) RETURN count(n)")).toBe(0);
    // The collaboration projection: one link per pair of parties of a shared agreement.
    const pairs = new Set(rows("agreements.csv").flatMap((r) => {
      const ids = r.parties!.split("|").sort();
      return ids.flatMap((a, i) => ids.slice(i + 1).map((b) => `${a}~${b}`));
    }));
    expect(await countOf(database, "MATCH ()-[c:COLLABORATES_WITH]->() RETURN count(c)")).toBe(pairs.size);
    // Every organisation with a region code is LOCATED_IN that region node.
    expect(await countOf(database, "MATCH (o:Organization) WHERE o.regionCode IS NOT NULL AND NOT (o)-[:LOCATED_IN]->(:Region {code: o.regionCode}) RETURN count(o)")).toBe(0);
    expect(await countOf(database, "MATCH (:Organization {id: 'yingshan-county-government'})-[:LOCATED_IN]->(:Region)-[:PART_OF*]->(:Region {code: '510000'}) RETURN count(*)")).toBe(1);
    const signed = await database.read("MATCH (a:Agreement {id: 'ambition-off-campus-practical-teaching-base'}) RETURN toString(a.signedOn) AS d");
    expect(signed.records[0]!.get("d")).toBe("2025-03-20");
  });

  it("changes nothing when the same sample is loaded again", async () => {
    await ingest(database, [sampleDir]);
    const before = await canonicalDump(database);
    const again = await ingest(database, [sampleDir]);
    expect(again.summary && changedNothing(again.summary)).toBe(true);
    expect(await canonicalDump(database)).toEqual(before);
  });

  it("writes nothing and names every problem by file and line when a copy is bad", async () => {
    await ingest(database, [sampleDir]);
    const before = await canonicalDump(database);
    const bad = mkdtempSync(path.join(os.tmpdir(), "atlas-bad-"));
    cpSync(sampleDir, bad, { recursive: true });
    // A bad date and an unknown party in the agreements.
    const agreements = path.join(bad, "agreements.csv");
    const lines = readFileSync(agreements, "utf8").split("\n");
    lines[1] = lines[1]!.replace("2025-03-20", "2025-13-01");
    lines[2] = lines[2]!.replace("yingshan-county-government", "no-such-party");
    writeFileSync(agreements, lines.join("\n"));
    // An unclosed quote in the chains.
    writeFileSync(path.join(bad, "chains.csv"), `${readFileSync(path.join(bad, "chains.csv"), "utf8")}new-chain,"never closed,,,\n`);
    // A GBK file, as Excel on a Chinese Windows saves it, naming a region that does not exist;
    // its other, valid row must not be written either.
    writeFileSync(path.join(bad, "more-institutions.csv"), gbk("编号,名称,所在地\r\nnew-college,新建职业学院,西安市\r\nlost-college,失落学院,亚特兰蒂斯省\r\n"));
    const result = await ingest(database, [bad], { displayRoot: bad });
    expect(result.summary).toBeUndefined();
    expect(result.problems).toEqual([
      expect.stringMatching(/^chains\.csv:\d+: .*[Qq]uote/),
      'agreements.csv:2: signedOn "2025-13-01" must be a real date such as 2025-03-20',
      expect.stringMatching(/^more-institutions\.csv:3: region "亚特兰蒂斯省" is not a region of China/),
      'agreements.csv:3: parties names organisation "no-such-party", which is neither in these files nor in the database',
    ]);
    expect(result.notes).toContain("more-institutions.csv: read as GB18030");
    expect(await canonicalDump(database)).toEqual(before);
  });

  it("makes one node of an organisation that a later file names differently", async () => {
    await ingest(database, [sampleDir]);
    const later = mkdtempSync(path.join(os.tmpdir(), "atlas-later-"));
    writeFileSync(path.join(later, "institutions.csv"), "id,name,nameZh,region\nxaut-zh,XIAN UNIVERSITY OF TECHNOLOGY,西安理工大学,西安\n");
    writeFileSync(path.join(later, "agreements.csv"), "id,type,parties,signedOn\nxaut-zh-lab,joint_lab,xaut-zh|huawei,2025-07-01\n");
    const result = await ingest(database, [later], { displayRoot: later });
    expect(result.problems).toEqual([]);
    expect(result.notes).toContain('institutions.csv:2: "XIAN UNIVERSITY OF TECHNOLOGY" is the same organisation as the database ("xian-university-of-technology"); merged (same name)');
    expect(await countOf(database, "MATCH (o:Organization {id: 'xaut-zh'}) RETURN count(o)")).toBe(0);
    const merged = await database.read("MATCH (o:Organization {id: 'xian-university-of-technology'}) RETURN o.nameZh AS zh, o.name AS name, o.aliases AS aliases, COUNT { (o)-[:PARTY_TO]->(:Agreement {id: 'xaut-zh-lab'}) } AS lab");
    expect(merged.records[0]!.toObject()).toEqual({ zh: "西安理工大学", name: "Xi'an University of Technology", aliases: ["XIAN UNIVERSITY OF TECHNOLOGY"], lab: 1 });
  });

  it("resolves references to organisations already in the database", async () => {
    await ingest(database, [sampleDir]);
    const later = mkdtempSync(path.join(os.tmpdir(), "atlas-later-"));
    writeFileSync(path.join(later, "agreements.csv"), "id,type,parties,signedOn\nlater-joint-lab,joint_lab,xian-university-of-technology|huawei,2025-06-01\n");
    const result = await ingest(database, [later]);
    expect(result.problems).toEqual([]);
    const link = await database.read(
      "MATCH (:Organization {id: 'huawei'})-[c:COLLABORATES_WITH]-(:Organization {id: 'xian-university-of-technology'}) RETURN c.agreements AS n, toString(c.lastOn) AS last",
    );
    expect(link.records[0]!.get("n")).toBe(2);
    expect(link.records[0]!.get("last")).toBe("2025-06-01");
  });
});
