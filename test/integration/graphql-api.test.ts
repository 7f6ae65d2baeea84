import { getIntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySchema } from "../../server/db/apply-schema.ts";
import type { Database } from "../../server/db/database.ts";
import { ingest } from "../../server/ingest/ingest.ts";
import { sampleDir } from "../../server/ingest/sample.ts";
import { csvRows } from "../support/csv-rows.ts";
import { connectTestDatabase, resetDatabase } from "../support/test-database.ts";
import { postGraphQL, startTestServer, unreachableDatabase, type TestServer } from "../support/test-server.ts";

describe("the HTTP server over a real Neo4j holding the sample", () => {
  let database: Database;
  let server: TestServer;
  beforeAll(async () => {
    database = connectTestDatabase();
    await applySchema(database);
    await resetDatabase(database);
    await ingest(database, [sampleDir]);
    server = await startTestServer(database);
  });
  afterAll(async () => {
    await server.close();
    await database.close();
  });

  it("answers the entity counts through /graphql", async () => {
    const { status, body } = await postGraphQL(
      server.url,
      "{ institutionsConnection { aggregate { count { nodes } } } enterprisesConnection { aggregate { count { nodes } } } agreementsConnection { aggregate { count { nodes } } } }",
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      institutionsConnection: { aggregate: { count: { nodes: csvRows(sampleDir, "institutions.csv").length } } },
      enterprisesConnection: { aggregate: { count: { nodes: csvRows(sampleDir, "enterprises.csv").length } } },
      agreementsConnection: { aggregate: { count: { nodes: csvRows(sampleDir, "agreements.csv").length } } },
    });
  });

  it("serves agreements with their parties and sources", async () => {
    const { body } = await postGraphQL(
      server.url,
      `query ($id: ID!) { agreements(where: { id: { eq: $id } }) { type signedOn parties { id name } sources { title publishedOn } } }`,
      { id: "cqut-professor-workstation-yingshan" },
    );
    expect(body.errors).toBeUndefined();
    const [agreement] = body.data!.agreements as { type: string; parties: { id: string }[]; sources: { title: string }[] }[];
    expect(agreement!.type).toBe("professor_workstation");
    expect(agreement!.parties.map((p) => p.id).sort()).toEqual(["chongqing-university-of-technology", "yingshan-county-government"]);
    expect(agreement!.sources[0]!.title).toMatch(/University-Local-Enterprise/);
  });

  it("answers the full introspection query GraphiQL sends, within the default limits", async () => {
    const { status, body } = await postGraphQL(server.url, getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const types = (body.data!.__schema as { types: { name: string }[] }).types.map((t) => t.name);
    expect(types).toEqual(expect.arrayContaining(["Institution", "ChainCoverage", "Network", "Briefing"]));
  });

  it("has no mutations: data enters through ingest only", async () => {
    const { body } = await postGraphQL(server.url, 'mutation { createInstitutions(input: [{ id: "x", name: "X" }]) { institutions { id } } }');
    expect(body.errors?.[0]?.message).toMatch(/mutation/i);
    expect(Number((await database.read("MATCH (n:Organization {id: 'x'}) RETURN count(n) AS n")).records[0]!.get("n"))).toBe(0);
  });

  it("says healthy while the database answers, with security headers", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(response.headers.get("x-powered-by")).toBeNull();
  });

  it("serves the dashboard for every view route", async () => {
    for (const route of ["/", "/network", "/coverage", "/map", "/timeline", "/briefing", "/review", "/org/huawei"]) {
      const response = await fetch(`${server.url}${route}`);
      expect(response.status, route).toBe(200);
      expect(await response.text(), route).toContain("Alliance Atlas");
    }
    expect((await fetch(`${server.url}/graphiql`)).status).toBe(200);
  });
});

describe("the HTTP server when the database is gone", () => {
  // The test's own timeout is the guard against a hang.
  it("answers /healthz with 503 and GraphQL with an error", async () => {
    const database = unreachableDatabase();
    const server = await startTestServer(database);
    try {
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(503);
      const { body } = await postGraphQL(server.url, "{ institutions { id } }");
      expect(body.errors?.[0]?.message).toMatch(/connect|unavailable/i);
    } finally {
      await server.close();
      await database.close();
    }
  });
});
