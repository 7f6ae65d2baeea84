// A later load into a graph that holds data: new agreements are created (not merged) and noted as
// new in the changeset, known ones are merged as before, parties named by id need only those
// organisations from the graph, and a party named by name still resolves against all of them.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySchema } from "../../server/db/apply-schema.ts";
import type { Database } from "../../server/db/database.ts";
import { undoChangeset } from "../../server/ingest/changesets.ts";
import { ingest } from "../../server/ingest/ingest.ts";
import { existingOrganizationsFor } from "../../server/ingest/resolve-entities.ts";
import { readRecords } from "../../server/ingest/read-records.ts";
import { connectTestDatabase, resetDatabase } from "../support/test-database.ts";

const fixture = path.resolve("test/fixtures/api-small");
const header = "id,type,title,signedOn,endsOn,status,parties,serves,source";

/** A folder holding one later load: a source and agreements.csv with the given rows. */
function laterLoad(rows: string[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-later-"));
  writeFileSync(path.join(dir, "sources.csv"), "id,kind,url,title,publisher,publishedOn\nsrc-later,dataset,,A later list (test),Test,2026-01-05\n");
  writeFileSync(path.join(dir, "agreements.csv"), `${[header, ...rows].join("\n")}\n`);
  return dir;
}

/** Everything a load can change, as sorted lines: two graphs with the same lines are the same graph. */
async function snapshot(database: Database): Promise<string[]> {
  const nodes = await database.read(
    "MATCH (n) WHERE NOT n:Changeset AND NOT n:ChangesetEntry AND NOT n:AtlasMeta AND NOT n:Region RETURN labels(n) AS labels, properties(n) AS props",
  );
  const links = await database.read(
    "MATCH (a)-[r]->(b) WHERE NOT a:Region AND NOT a:ChangesetEntry RETURN type(r) AS type, coalesce(a.id, a.code) AS a, coalesce(b.id, b.code) AS b, properties(r) AS props",
  );
  return [
    ...nodes.records.map((r) => JSON.stringify([[...r.get("labels")].sort(), Object.entries(r.get("props")).sort().map(([k, v]) => [k, String(v)])])),
    ...links.records.map((r) => JSON.stringify([r.get("type"), r.get("a"), r.get("b"), Object.entries(r.get("props")).sort().map(([k, v]) => [k, String(v)])])),
  ].sort();
}

describe("a later load of agreements into a graph that holds data", () => {
  let database: Database;
  beforeAll(async () => {
    database = connectTestDatabase();
    await applySchema(database);
    await resetDatabase(database);
    expect((await ingest(database, [fixture])).problems).toEqual([]);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("reads from the graph only the parties a load names by id, and every organisation when one is named by name", async () => {
    const byId = readRecords([laterLoad(["new-1,joint_lab,Joint lab,2026-02-01,,,cptu|shu-motor,,src-later"])]).records;
    expect((await existingOrganizationsFor(database, byId)).map((o) => o.id).sort()).toEqual(["cptu", "shu-motor"]);
    const byName = readRecords([laterLoad(["new-1,joint_lab,Joint lab,2026-02-01,,,Chengdu Petroleum Test University|shu-motor,,src-later"])]).records;
    const all = Number((await database.read("MATCH (o:Organization) RETURN count(o) AS n")).records[0]!.get("n"));
    expect(await existingOrganizationsFor(database, byName)).toHaveLength(all);
  });

  it("creates new agreements with their links, adds them to their pairs' collaboration, and undoes exactly", async () => {
    const before = await snapshot(database);
    const link = "MATCH (:Organization {id: 'cptu'})-[c:COLLABORATES_WITH]-(:Organization {id: 'tianfu-battery'}) RETURN c.agreements AS n, toString(c.lastOn) AS last";
    const linkBefore = (await database.read(link)).records[0]!;
    const dir = laterLoad([
      // A pair that already collaborates, a party listed twice, a party by name.
      "new-1,internship_base,Second base,2026-03-01,,,cptu|tianfu-battery|cptu,,src-later|src-later",
      "new-2,order_class,New class,2026-04-01,,,Mianyang Test Vocational College|shu-motor,ev--motor,src-later",
    ]);
    const result = await ingest(database, [dir]);
    expect(result.problems).toEqual([]);
    expect(result.summary!.nodes.Agreement).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const linkAfter = (await database.read(link)).records[0]!;
    expect(Number(linkAfter.get("n"))).toBe(Number(linkBefore.get("n")) + 1);
    expect(linkAfter.get("last")).toBe("2026-03-01");
    const made = await database.read(
      "MATCH (a:Agreement {id: 'new-1'}) RETURN COUNT { (a)<-[:PARTY_TO]-() } AS parties, COUNT { (a)-[:EVIDENCED_BY]->() } AS sources",
    );
    expect(Number(made.records[0]!.get("parties"))).toBe(2);
    expect(Number(made.records[0]!.get("sources"))).toBe(1);
    const served = await database.read("MATCH (:Agreement {id: 'new-2'})-[:SERVES]->(s:ChainSegment) RETURN s.id AS id");
    expect(served.records.map((r) => r.get("id"))).toEqual(["ev--motor"]);
    const entries = await database.read("MATCH (e:ChangesetEntry {_changeset: $id, _label: 'Agreement'}) RETURN e._existed AS existed, e._node AS node ORDER BY node", { id: result.summary!.changeset });
    expect(entries.records.map((r) => [r.get("node"), r.get("existed")])).toEqual([["new-1", false], ["new-2", false]]);

    await undoChangeset(database, result.summary!.changeset!, "test");
    expect(await snapshot(database)).toEqual(before);
  });

  it("merges an agreement the graph holds and creates the new one beside it, in one load", async () => {
    const dir = laterLoad([
      "agr-01,internship_base,CPTU and Tianfu Test Battery internship base (renamed),2022-03-15,,,cptu|tianfu-battery,,src-01",
      "new-3,joint_lab,Another lab,2026-05-01,,,mytvc|tianfu-battery,,src-later",
    ]);
    const before = await snapshot(database);
    const result = await ingest(database, [dir]);
    expect(result.problems).toEqual([]);
    expect(result.summary!.nodes.Agreement).toEqual({ created: 1, updated: 1, unchanged: 0 });
    const title = await database.read("MATCH (a:Agreement {id: 'agr-01'}) RETURN a.title AS title, COUNT { (a)<-[:PARTY_TO]-() } AS parties");
    expect(title.records[0]!.get("title")).toBe("CPTU and Tianfu Test Battery internship base (renamed)");
    expect(Number(title.records[0]!.get("parties"))).toBe(2);
    await undoChangeset(database, result.summary!.changeset!, "test");
    expect(await snapshot(database)).toEqual(before);
  });
});
