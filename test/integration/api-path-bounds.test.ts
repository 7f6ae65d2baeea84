// The path query on a generated graph large enough that searching it exhaustively costs: two
// components of 2,000 organisations each (a ring, and three more links from each organisation
// spread over its component), so about 8 partners an organisation. What the API's shortest-path
// query asks of Neo4j is profiled in the real database: the operators of its plan and their db
// hits, not the time it took.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import neo4j from "neo4j-driver";
import type { ProfiledPlan } from "neo4j-driver";
import { applySchema } from "../../server/db/apply-schema.ts";
import type { Database } from "../../server/db/database.ts";
import { queryData } from "../support/api-oracle.ts";
import { queryNameOf } from "../support/named-queries.ts";
import { recordingDatabase } from "../support/recording-database.ts";
import { connectTestDatabase, resetDatabase } from "../support/test-database.ts";
import { postGraphQL, startTestServer, type TestServer } from "../support/test-server.ts";

const componentSize = 2_000;
/** Links from each organisation beyond its ring neighbour, to organisations spread over its component. */
const extraLinks = 3;
/**
 * A search bounded by maxHops meets, at most, the neighbourhoods of the two ends that maxHops
 * reaches: about 1,100 db hits here between the two components within 6. Enumerating every path
 * of up to 6 links from one end, as a fallback after a search that found nothing does, is about
 * 190,000.
 */
const maxDbHits = 10_000;

/** One component: `${prefix}0` … `${prefix}${size - 1}` in a ring, each also linked to `extraLinks` organisations picked by a fixed formula. */
async function generateComponent(database: Database, prefix: string, size: number): Promise<void> {
  const n = neo4j.int(size);
  await database.write("UNWIND range(0, $n - 1) AS i CREATE (:Organization:Enterprise {id: $prefix + i, name: 'Generated ' + $prefix + i})", { n, prefix });
  await database.write(
    `UNWIND range(0, $n - 1) AS i
     UNWIND range(0, $extraLinks) AS t
     WITH i, CASE t WHEN 0 THEN (i + 1) % $n ELSE (i * 7919 + t * 104729 + t * t * 31) % $n END AS j
     WHERE i <> j
     MATCH (a:Organization {id: $prefix + i}), (b:Organization {id: $prefix + j})
     MERGE (a)-[c:COLLABORATES_WITH]-(b)
     ON CREATE SET c.agreements = 1`,
    { n, prefix, extraLinks: neo4j.int(extraLinks) },
  );
}

interface ApiPath {
  hops: number | null;
  paths: { nodes: { id: string }[] }[];
}

const pathQuery = `query ($from: ID!, $to: ID!, $maxHops: Int) { path(fromId: $from, toId: $to, maxHops: $maxHops) { hops paths { nodes { id } } } }`;

interface Operator {
  operator: string;
  details: string;
  dbHits: number;
}

function operatorsOf(plan: ProfiledPlan): Operator[] {
  const details = plan.arguments["Details"];
  return [{ operator: plan.operatorType, details: typeof details === "string" ? details : "", dbHits: plan.dbHits }, ...plan.children.flatMap(operatorsOf)];
}

describe("path between organisations of a sizable generated graph", () => {
  let database: Database;
  let recorder: ReturnType<typeof recordingDatabase>;
  let server: TestServer;

  beforeAll(async () => {
    database = connectTestDatabase();
    await applySchema(database);
    await resetDatabase(database);
    await generateComponent(database, "gen-a-", componentSize);
    await generateComponent(database, "gen-b-", componentSize);
    recorder = recordingDatabase(database);
    server = await startTestServer(recorder.database);
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  /** The API's answer, and the profile of the shortest-path query it sent, run again with PROFILE. */
  async function pathAndPlan(from: string, to: string, maxHops: number): Promise<{ path: ApiPath; operators: Operator[]; query: string }> {
    const { result, queries } = await recorder.record(() => queryData<{ path: ApiPath }>(postGraphQL, server.url, pathQuery, { from, to, maxHops }));
    const searches = queries.filter((q) => queryNameOf(q.cypher).startsWith("shortest-paths"));
    expect(searches, "shortest-path queries sent").toHaveLength(1);
    const [search] = searches;
    const { profile } = (await database.read(`PROFILE ${search!.cypher}`, search!.params)).summary;
    if (!profile) throw new Error("PROFILE gave no plan");
    return { path: result.path, operators: operatorsOf(profile), query: queryNameOf(search!.cypher) };
  }

  /** The plan searches for shortest paths of at most `maxHops` links, and enumerates nothing. */
  function expectBoundedSearch(operators: Operator[], maxHops: number, at: string) {
    const plan = operators.map((o) => `${o.operator} ${o.details} (${o.dbHits} db hits)`).join("\n");
    expect(
      operators.filter((o) => /VarLengthExpand/.test(o.operator)),
      `${at}: no enumeration of paths in the plan:\n${plan}`,
    ).toEqual([]);
    const searches = operators.filter((o) => /^ShortestPath/.test(o.operator));
    expect(searches, `${at}: one shortest-path search:\n${plan}`).toHaveLength(1);
    // A single link shows without a star; a longer bound as *..N.
    const bound = /\*\.\.(\d+)/.exec(searches[0]!.details)?.[1];
    expect(bound === undefined ? 1 : Number(bound), `${at}: the search's own bound:\n${plan}`).toBe(maxHops);
    const dbHits = operators.reduce((sum, o) => sum + o.dbHits, 0);
    expect(dbHits, `${at}: db hits:\n${plan}`).toBeLessThan(maxDbHits);
  }

  it("the graph is as designed: gen-a-0 reaches gen-a-2 in 2 links (through gen-a-1), and within each component", async () => {
    const { path } = await pathAndPlan("gen-a-0", "gen-a-2", 2);
    expect(path.hops).toBe(2);
    expect(path.paths.map((p) => p.nodes.map((n) => n.id))).toContainEqual(["gen-a-0", "gen-a-1", "gen-a-2"]);
    expect((await pathAndPlan("gen-b-0", "gen-b-1", 6)).path.hops).toBe(1);
  });

  for (const maxHops of [6, 4, 1]) {
    it(`no path between organisations of different components within ${maxHops}, by a search bounded by ${maxHops} that stays cheap`, async () => {
      const { path, operators } = await pathAndPlan("gen-a-0", "gen-b-5", maxHops);
      expect(path).toEqual({ hops: null, paths: [] });
      expectBoundedSearch(operators, maxHops, `gen-a-0 → gen-b-5 within ${maxHops}`);
    });
  }

  it("no path within 1 between organisations 2 links apart, without searching further", async () => {
    const { path, operators } = await pathAndPlan("gen-a-0", "gen-a-2", 1);
    expect(path).toEqual({ hops: null, paths: [] });
    expectBoundedSearch(operators, 1, "gen-a-0 → gen-a-2 within 1");
  });

  it("a path of 2 links found within 3 is searched within 3", async () => {
    const { path, operators } = await pathAndPlan("gen-a-0", "gen-a-2", 3);
    expect(path.hops).toBe(2);
    expectBoundedSearch(operators, 3, "gen-a-0 → gen-a-2 within 3");
  });
});
