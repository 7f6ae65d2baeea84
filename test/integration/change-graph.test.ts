import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { applySchema } from "../../server/db/apply-schema.ts";
import { changeGraph, type GraphWork } from "../../server/db/change-graph.ts";
import type { Database } from "../../server/db/database.ts";
import { connectTestDatabase, countOf, resetDatabase } from "../support/test-database.ts";

const versionOf = (database: Database) => countOf(database, "OPTIONAL MATCH (m:AtlasMeta {id: 'graph'}) RETURN coalesce(m.version, 0)");
const linkOf = async (database: Database) =>
  (await database.read("OPTIONAL MATCH (:Organization {id: 'cg-a'})-[c:COLLABORATES_WITH]->(:Organization {id: 'cg-b'}) RETURN c.agreements AS n")).records[0]!.get("n") as number | null;
const statusOf = async (database: Database) => (await database.read("MATCH (a:Agreement {id: 'cg-1'}) RETURN a.reviewStatus AS s")).records[0]!.get("s") as string | null;

/** A reviewer's decision on the test agreement, reported as changeGraph expects. */
const review = (reviewStatus: string): GraphWork<string> => async (tx) => {
  const { rows } = await tx.run<{ agreement: { reviewStatus: string } }>("review-agreement", { id: "cg-1", correction: null, reviewStatus, reviewer: "test" });
  return { result: rows[0]!.agreement.reviewStatus, changed: true, touchedAgreements: ["cg-1"] };
};
const failing: GraphWork<string> = async (tx) => {
  await review("rejected")(tx);
  throw new Error("the work failed half-way");
};

// Two organisations party to one agreement, without the COLLABORATES_WITH link the projection owes them.
describe("changeGraph: the work, its share of the projection and the version bump, committed together", () => {
  let database: Database;
  beforeAll(async () => {
    database = connectTestDatabase();
    await applySchema(database);
  });
  beforeEach(async () => {
    await resetDatabase(database);
    await database.write(
      "CREATE (a:Organization:Institution {id: 'cg-a'}), (b:Organization:Enterprise {id: 'cg-b'}), (g:Agreement {id: 'cg-1', type: 'joint_lab', signedOn: date('2024-03-01')}) " +
        "CREATE (a)-[:PARTY_TO]->(g), (b)-[:PARTY_TO]->(g)",
    );
  });
  afterAll(async () => {
    await database.close();
  });

  it("updates the projection for the touched agreements, bumps the version once, and calls onChanged after the commit", async () => {
    const version = await versionOf(database);
    let onChangedCalls = 0;
    const done = await changeGraph(database, review("approved"), { onChanged: () => (onChangedCalls += 1) });
    expect(done).toEqual({ result: "approved", changed: true, collaborationsCreated: 1 });
    expect(await linkOf(database)).toBe(1);
    expect(await versionOf(database)).toBe(version + 1);
    expect(onChangedCalls).toBe(1);
  });

  it("leaves the version and the hook alone when the work changed nothing", async () => {
    const version = await versionOf(database);
    let onChangedCalls = 0;
    const done = await changeGraph(database, async () => ({ result: 0, changed: false }), { onChanged: () => (onChangedCalls += 1) });
    expect(done).toEqual({ result: 0, changed: false, collaborationsCreated: 0 });
    expect(await versionOf(database)).toBe(version);
    expect(onChangedCalls).toBe(0);
  });

  it("commits nothing of a work that fails: no change, no projection, no bump", async () => {
    const version = await versionOf(database);
    await expect(changeGraph(database, failing)).rejects.toThrow("half-way");
    expect(await statusOf(database)).toBeNull();
    expect(await linkOf(database)).toBeNull();
    expect(await versionOf(database)).toBe(version);
  });

  it("runs a list in one transaction each: those before a failure stay, and onChanged is still called", async () => {
    const version = await versionOf(database);
    const committed: number[] = [];
    let onChangedCalls = 0;
    await expect(
      changeGraph(database, [review("approved"), failing], { onCommitted: (_, index) => committed.push(index), onChanged: () => (onChangedCalls += 1) }),
    ).rejects.toThrow("half-way");
    expect(committed).toEqual([0]);
    expect(await statusOf(database)).toBe("approved");
    expect(await linkOf(database)).toBe(1);
    expect(await versionOf(database)).toBe(version + 1);
    expect(onChangedCalls).toBe(1);
  });

  it("recounts a rejected agreement's pair: the link goes", async () => {
    await changeGraph(database, review("approved"));
    const done = await changeGraph(database, review("rejected"));
    expect(done.result).toBe("rejected");
    expect(await linkOf(database)).toBeNull();
  });
});
