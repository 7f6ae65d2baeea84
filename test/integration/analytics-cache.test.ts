import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySchema } from "../../server/db/apply-schema.ts";
import { namedQuery } from "../../server/db/cypher-files.ts";
import type { Database } from "../../server/db/database.ts";
import { ingest } from "../../server/ingest/ingest.ts";
import { sampleDir } from "../../server/ingest/sample.ts";
import { editorToken } from "../support/editor-tokens.ts";
import { connectTestDatabase, countOf, resetDatabase } from "../support/test-database.ts";
import { postGraphQL, startTestServer, type TestServer } from "../support/test-server.ts";

const networkQuery = "{ network(filter: { limit: 5000 }) { totalNodes totalLinks nodes { id degree } links { source target weight } } }";
type NetworkAnswer = { totalNodes: number; totalLinks: number; nodes: { id: string; degree: number }[]; links: { source: string; target: string; weight: number }[] };

async function networkOf(server: TestServer): Promise<NetworkAnswer> {
  const { body } = await postGraphQL(server.url, networkQuery);
  expect(body.errors).toBeUndefined();
  return body.data!.network as NetworkAnswer;
}

// The server caches network metrics; an ingest from elsewhere (another process, here the test) or a
// review must make the next answer fresh, with no restart.
describe("analytics cached until the graph changes", () => {
  const secret = "analytics-cache-test-secret-0123456789";
  let database: Database;
  let server: TestServer;
  let extraDir: string;
  beforeAll(async () => {
    database = connectTestDatabase();
    await applySchema(database);
    await resetDatabase(database);
    await ingest(database, [sampleDir]);
    server = await startTestServer(database, { jwtSecret: secret });
    extraDir = mkdtempSync(path.join(os.tmpdir(), "atlas-cache-"));
  });
  afterAll(async () => {
    await server.close();
    await database.close();
    rmSync(extraDir, { recursive: true, force: true });
  });

  it("answers from the cache while nothing changes, and fresh after an ingest", async () => {
    const before = await networkOf(server);
    expect(before.totalLinks).toBe(await countOf(database, "MATCH ()-[c:COLLABORATES_WITH]->() RETURN count(c)"));
    const version = await countOf(database, "MATCH (m:AtlasMeta {id: 'graph'}) RETURN m.version");
    expect(await networkOf(server)).toEqual(before);

    // Two organisations of the sample that share no agreement yet get one.
    const [a, b] = ["huawei", "tongji-university"];
    expect(before.links.some((l) => [l.source, l.target].sort().join() === [a, b].sort().join())).toBe(false);
    writeFileSync(path.join(extraDir, "sources.csv"), "id,kind,url,title,publisher,publishedOn\ncache-test-source,dataset,https://example.org/cache-test,Cache test record,Alliance Atlas tests,2026-01-05\n");
    writeFileSync(path.join(extraDir, "agreements.csv"), `id,type,title,signedOn,parties,source\ncache-test-lab,joint_lab,Cache test joint lab,2026-01-05,${a}|${b},cache-test-source\n`);
    const result = await ingest(database, [extraDir]);
    expect(result.problems).toEqual([]);
    expect(await countOf(database, "MATCH (m:AtlasMeta {id: 'graph'}) RETURN m.version")).toBeGreaterThan(version);

    const after = await networkOf(server);
    expect(after.totalLinks).toBe(before.totalLinks + 1);
    expect(after.links).toContainEqual(a < b ? { source: a, target: b, weight: 1 } : { source: b, target: a, weight: 1 });
    const degreeOf = (answer: NetworkAnswer, id: string) => answer.nodes.find((n) => n.id === id)?.degree ?? 0;
    expect(degreeOf(after, a)).toBe(degreeOf(before, a) + 1);
  });

  it("leaves the cache alone when an ingest changes nothing", async () => {
    const version = await countOf(database, "MATCH (m:AtlasMeta {id: 'graph'}) RETURN m.version");
    await ingest(database, [extraDir]);
    expect(await countOf(database, "MATCH (m:AtlasMeta {id: 'graph'}) RETURN m.version")).toBe(version);
  });

  it("drops a rejected agreement's link from the network", async () => {
    const token = await editorToken(secret, ["editor"], "cache-test");
    const before = await networkOf(server);
    const { body } = await postGraphQL(server.url, 'mutation { reviewAgreement(id: "cache-test-lab", decision: REJECT) { id reviewStatus } }', {}, token);
    expect(body.errors).toBeUndefined();
    expect(body.data!.reviewAgreement).toEqual({ id: "cache-test-lab", reviewStatus: "rejected" });
    const after = await networkOf(server);
    expect(after.totalLinks).toBe(before.totalLinks - 1);
    expect(after.links.some((l) => [l.source, l.target].sort().join() === ["huawei", "tongji-university"].join())).toBe(false);
    // The agreement and its evidence stay, marked: a rejection is a reviewer's record, not a deletion.
    expect(await countOf(database, "MATCH (a:Agreement {id: 'cache-test-lab', reviewStatus: 'rejected', reviewedBy: 'cache-test'})-[:EVIDENCED_BY]->(:Source) RETURN count(a)")).toBe(1);
  });

  it("keeps whole answers until the graph changes, and never answers a request with a token from them", async () => {
    const token = await editorToken(secret, ["editor"], "cache-test");
    const ask = async (withToken = false) => {
      const headers: Record<string, string> = { "content-type": "application/json", ...(withToken ? { authorization: `Bearer ${token}` } : {}) };
      const response = await fetch(`${server.url}/graphql`, { method: "POST", headers, body: JSON.stringify({ query: '{ search(text: "Huawei", limit: 3) { id score } }' }) });
      return { fromCache: response.headers.get("x-atlas-answer") === "kept", contentType: response.headers.get("content-type"), body: await response.json() };
    };
    const first = await ask();
    expect(first.fromCache).toBe(false);
    expect(first.body.data.search.length).toBeGreaterThan(0);
    const again = await ask();
    expect(first.contentType).toBe("application/json; charset=utf-8");
    expect(again).toEqual({ fromCache: true, contentType: first.contentType, body: first.body });
    expect((await ask(true)).fromCache).toBe(false);
    // A change made elsewhere (another process's ingest bumps the same counter) ends every kept answer.
    await database.write(namedQuery("mark-graph-changed"));
    expect((await ask()).fromCache).toBe(false);
  });
});
