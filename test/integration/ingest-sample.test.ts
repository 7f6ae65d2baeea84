import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { applySchema } from "../../server/db/apply-schema.ts";
import type { Database } from "../../server/db/database.ts";
import { changedNothing, ingest } from "../../server/ingest/ingest.ts";
import { sampleDir } from "../../server/ingest/sample.ts";
import { csvRows } from "../support/csv-rows.ts";
import { canonicalDump, connectTestDatabase, resetDatabase } from "../support/test-database.ts";


async function count(database: Database, cypher: string): Promise<number> {
  return Number((await database.read(cypher)).records[0]!.get(0));
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
    expect(await count(database, "MATCH (n:Institution) RETURN count(n)")).toBe(rows("institutions.csv").length);
    expect(await count(database, "MATCH (n:Enterprise) RETURN count(n)")).toBe(rows("enterprises.csv").length);
    expect(await count(database, "MATCH (n:Government) RETURN count(n)")).toBe(rows("governments.csv").length);
    expect(await count(database, "MATCH (n:Agreement) RETURN count(n)")).toBe(rows("agreements.csv").length);
    expect(await count(database, "MATCH (n:Source) RETURN count(n)")).toBe(rows("sources.csv").length);
    const parties = rows("agreements.csv").reduce((sum, r) => sum + r.parties!.split("|").length, 0);
    expect(await count(database, "MATCH (:Organization)-[r:PARTY_TO]->(:Agreement) RETURN count(r)")).toBe(parties);
    // Every organisation and agreement points to the article that states it.
    expect(await count(database, "MATCH (n) WHERE (n:Organization OR n:Agreement OR n:Alliance) AND NOT (n)-[:EVIDENCED_BY]->(:Source) RETURN count(n)")).toBe(0);
    // The collaboration projection: one link per pair of parties of a shared agreement.
    const pairs = new Set(rows("agreements.csv").flatMap((r) => {
      const ids = r.parties!.split("|").sort();
      return ids.flatMap((a, i) => ids.slice(i + 1).map((b) => `${a}~${b}`));
    }));
    expect(await count(database, "MATCH ()-[c:COLLABORATES_WITH]->() RETURN count(c)")).toBe(pairs.size);
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
    const agreements = path.join(bad, "agreements.csv");
    const lines = readFileSync(agreements, "utf8").split("\n");
    lines[1] = lines[1]!.replace("2025-03-20", "2025-13-01");
    lines[2] = lines[2]!.replace("yingshan-county-government", "no-such-party");
    writeFileSync(agreements, lines.join("\n"));
    writeFileSync(path.join(bad, "chains.csv"), `${readFileSync(path.join(bad, "chains.csv"), "utf8")}new-chain,"never closed,,,\n`);
    // A new organisation in the bad copy must not be written either.
    writeFileSync(path.join(bad, "institutions.csv"), `${readFileSync(path.join(bad, "institutions.csv"), "utf8")}new-college,New College,,,,,\n`);
    const result = await ingest(database, [bad], { displayRoot: bad });
    expect(result.summary).toBeUndefined();
    expect(result.problems).toEqual([
      expect.stringMatching(/^chains\.csv:3: .*[Qq]uote/),
      "agreements.csv:2: signedOn \"2025-13-01\" must be a real date written YYYY-MM-DD",
      "agreements.csv:3: parties names organisation \"no-such-party\", which is neither in these files nor in the database",
    ]);
    expect(await canonicalDump(database)).toEqual(before);
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
