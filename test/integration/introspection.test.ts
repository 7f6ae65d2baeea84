// Introspection is a setting of its own (ATLAS_INTROSPECTION), not a side effect of NODE_ENV: a
// production server answers it by default, so GraphiQL's documentation works, and refuses it,
// saying why, only when the setting says off.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../server/config.ts";
import type { Database } from "../../server/db/database.ts";
import { connectTestDatabase } from "../support/test-database.ts";
import { postGraphQL, startTestServer, type TestServer } from "../support/test-server.ts";

type Answer = Awaited<ReturnType<typeof postGraphQL>>;
const errorsOf = (answer: Answer) => (answer.body.errors ?? []) as { message: string; extensions?: Record<string, unknown> }[];

const schemaQuery = "{ __schema { queryType { name } } }";
const typeQuery = '{ __type(name: "Institution") { name } }';
/** Introspection tucked into a fragment, as GraphiQL's own query has it. */
const fragmentQuery = "query { ...Schema } fragment Schema on Query { __schema { types { name } } }";
const refusal =
  "Introspection is turned off on this server (ATLAS_INTROSPECTION=off): __schema and __type are not answered, so GraphiQL shows no documentation. Queries themselves work as before.";

describe("introspection with NODE_ENV=production", () => {
  let database: Database;
  let byDefault: TestServer;
  let off: TestServer;
  const nodeEnv = process.env.NODE_ENV;

  beforeAll(async () => {
    database = connectTestDatabase();
    // As a production start has it (and as Vite once left it in the server's process): Apollo's
    // own default would turn introspection off.
    process.env.NODE_ENV = "production";
    const config = loadConfig({ NODE_ENV: "production" });
    byDefault = await startTestServer(database, { introspection: config.introspection });
    off = await startTestServer(database, { introspection: loadConfig({ NODE_ENV: "production", ATLAS_INTROSPECTION: "off" }).introspection });
  });
  afterAll(async () => {
    process.env.NODE_ENV = nodeEnv;
    await byDefault?.close();
    await off?.close();
    await database?.close();
  });

  it("answers introspection by default, so GraphiQL can show the schema", async () => {
    const schema = await postGraphQL(byDefault.url, schemaQuery);
    expect(errorsOf(schema)).toEqual([]);
    expect(schema.body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
    expect((await postGraphQL(byDefault.url, typeQuery)).body.data).toEqual({ __type: { name: "Institution" } });
    const types = (await postGraphQL(byDefault.url, fragmentQuery)).body.data as { __schema: { types: { name: string }[] } };
    expect(types.__schema.types.map((type) => type.name)).toContain("Institution");
    expect(loadConfig({ NODE_ENV: "production" }).introspection).toBe(true);
  });

  it("refuses introspection with ATLAS_INTROSPECTION=off, with an error naming the setting, and still answers queries", async () => {
    for (const query of [schemaQuery, typeQuery, fragmentQuery]) {
      const answer = await postGraphQL(off.url, query);
      expect(answer.status, query).toBe(403);
      expect(answer.body.data ?? null).toBeNull();
      expect(errorsOf(answer)).toHaveLength(1);
      expect(errorsOf(answer)[0]).toMatchObject({ message: refusal, extensions: { code: "INTROSPECTION_DISABLED" } });
    }
    const query = await postGraphQL(off.url, "{ __typename institutions(limit: 1) { id } }");
    expect(errorsOf(query)).toEqual([]);
    expect(query.body.data).toMatchObject({ __typename: "Query" });
  });
});
