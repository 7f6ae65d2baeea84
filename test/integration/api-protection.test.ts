// What protects the API: query depth, cost, page size, aliases and time limits; no generated
// mutations; every write only with a valid token carrying the editor role, and none at all with
// ATLAS_WRITES=off.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../server/db/database.ts";
import { loadApiFixtureDatabase } from "../support/api-fixture.ts";
import { editorToken, goodClaims, handMadeToken, maxTokenLifetimeSeconds, refusedTokens } from "../support/editor-tokens.ts";
import { countOf } from "../support/test-database.ts";
import { postGraphQL, startTestServer, type TestServer } from "../support/test-server.ts";

const jwtSecret = "api-protection-test-secret-of-at-least-32-bytes";

/** A POST to /graphql with an optional bearer token. */
async function postWithToken(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${url}/graphql`, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  return {
    status: response.status,
    wwwAuthenticate: response.headers.get("www-authenticate"),
    body: (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] },
  };
}

/** A selection nested `depth` levels deep through agreements and their parties. */
function deepQuery(depth: number): string {
  let selection = "id";
  for (let level = depth - 1; level >= 1; level--) selection = level % 2 === 1 ? `agreements { ${selection} }` : `parties { ${selection} }`;
  return `{ institutions(limit: 1) { ${selection} } }`;
}

/** What every writer does after changing the graph, so that no server serves analytics cached before the change. */
const bumpGraphVersion = "MERGE (m:AtlasMeta {id: 'graph'}) SET m.version = coalesce(m.version, 0) + 1";

const errorText = (body: { errors?: { message: string }[] }) => (body.errors ?? []).map((e) => e.message).join(" | ");

describe("API protection", () => {
  let database: Database;
  let defaults: TestServer;
  let tight: TestServer;
  let cheap: TestServer;

  beforeAll(async () => {
    database = await loadApiFixtureDatabase();
    defaults = await startTestServer(database, { jwtSecret });
    tight = await startTestServer(database, { jwtSecret, limits: { maxDepth: 3, maxAliases: 2, maxPageSize: 10 } });
    cheap = await startTestServer(database, { jwtSecret, limits: { maxCost: 20 } });
  });
  afterAll(async () => {
    for (const server of [defaults, tight, cheap]) await server?.close();
    await database?.close();
  });

  describe("query limits", () => {
    it("refuses a query deeper than the depth limit, naming the limit; a shallow one passes", async () => {
      const deep = await postGraphQL(defaults.url, deepQuery(20));
      expect(deep.body.data ?? null).toBeNull();
      expect(errorText(deep.body)).toMatch(/^Query depth limit of 10 exceeded/);

      const tooDeep = await postGraphQL(tight.url, deepQuery(6));
      expect(errorText(tooDeep.body)).toMatch(/^Query depth limit of 3 exceeded, found \d+\./);
      expect(tooDeep.body.errors?.[0]).toMatchObject({ extensions: { code: "LIMIT_EXCEEDED", limit: "maxDepth" } });
      const shallow = await postGraphQL(tight.url, deepQuery(2));
      expect(shallow.body.errors).toBeUndefined();
      expect((shallow.body.data as { institutions: unknown[] }).institutions).toHaveLength(1);
    });

    it("refuses a query over the cost limit, naming it; a cheap one passes", async () => {
      const scalars = "id name nameZh kind regionCode aliases reviewStatus";
      const costly = `{ institutions(limit: 5) { ${scalars} agreements { id type title signedOn endsOn status students positions enterprises reviewStatus } }
        enterprises(limit: 5) { ${scalars} agreements { id type title signedOn endsOn status } }
        governments(limit: 5) { ${scalars} }
        sources(limit: 5) { id kind url title publisher publishedOn } }`;
      const refused = await postGraphQL(cheap.url, costly);
      expect(refused.body.data ?? null).toBeNull();
      expect(errorText(refused.body)).toMatch(/^Query Cost limit of 20 exceeded/);
      expect(refused.body.errors?.[0]).toMatchObject({ extensions: { code: "LIMIT_EXCEEDED", limit: "maxCost" } });
      const passes = await postGraphQL(cheap.url, "{ institutions(limit: 1) { id } }");
      expect(passes.body.errors).toBeUndefined();
      // The same costly query is within the default limits.
      expect((await postGraphQL(defaults.url, costly)).body.errors).toBeUndefined();
    });

    it("refuses a page larger than the page size limit, naming it", async () => {
      const huge = await postGraphQL(defaults.url, "{ institutions(limit: 5000) { id } }");
      expect(huge.body.data ?? null).toBeNull();
      expect(errorText(huge.body)).toMatch(/^Page size limit of 1000 exceeded: institutions asks for 5000 rows/);
      expect(huge.body.errors?.[0]).toMatchObject({ extensions: { code: "LIMIT_EXCEEDED", limit: "maxPageSize" } });

      const over = await postGraphQL(tight.url, "{ institutions(limit: 11) { id } }");
      expect(errorText(over.body)).toMatch(/^Page size limit of 10 exceeded/);
      const within = await postGraphQL(tight.url, "{ institutions(limit: 10) { id } }");
      expect(within.body.errors).toBeUndefined();
    });

    it("refuses too many aliases, naming the limit", async () => {
      const many = `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: institutions(limit: 1) { id }`).join(" ")} }`;
      const refused = await postGraphQL(defaults.url, many);
      expect(refused.body.data ?? null).toBeNull();
      expect(errorText(refused.body)).toMatch(/^Aliases limit of 20 exceeded, found 60\./);

      const three = "{ a: institutions(limit: 1) { id } b: enterprises(limit: 1) { id } c: governments(limit: 1) { id } }";
      expect(errorText((await postGraphQL(tight.url, three)).body)).toMatch(/^Aliases limit of 2 exceeded/);
      const two = "{ a: institutions(limit: 1) { id } b: enterprises(limit: 1) { id } }";
      expect((await postGraphQL(tight.url, two)).body.errors).toBeUndefined();
    });

    it("tells a client what went wrong, never the server's stack (its files and lines)", async () => {
      const queries = [
        "{ reviewQueue(limit: 3) { id } }", // a field the type does not have
        '{ search(text: "x", limit: 500) { id } }', // over a limit, refused by the resolver
        '{ coverageMatrix(regionLevel: "galaxy") { regionLevel } }', // bad input, refused by the resolver
        "{ institutions(limit: 1) { id ",
      ];
      // As `npm start` runs it: NODE_ENV unset, not vitest's "test" (Apollo reads it when the server is made).
      const testEnv = process.env.NODE_ENV;
      delete process.env.NODE_ENV;
      let server: TestServer;
      try {
        server = await startTestServer(database, { jwtSecret });
      } finally {
        process.env.NODE_ENV = testEnv;
      }
      try {
        for (const query of queries) {
          const { body } = await postGraphQL(server.url, query);
          expect(body.errors?.length, query).toBeGreaterThan(0);
          expect(JSON.stringify(body), query).not.toMatch(/stacktrace|node_modules|\.ts:\d+/);
        }
      } finally {
        await server.close();
      }
    });

    it("stops a query over the transaction timeout with a message naming the timeout", async () => {
      const slow = await startTestServer(database, { jwtSecret, limits: { queryTimeoutMs: 1 } });
      try {
        // Enough agreements that counting them takes far longer than a millisecond.
        await database.write("UNWIND range(1, 200000) AS i CREATE (:Agreement {id: 'bulk-' + i, type: 'other', signedOn: date('2020-01-01') + duration({days: i % 2000})})");
        await database.write(bumpGraphVersion);
        const { body } = await postGraphQL(slow.url, "{ timeline(interval: MONTH) { totals { period new ended cumulative } undated } }");
        expect(body.data?.timeline ?? null).toBeNull();
        expect(errorText(body)).toMatch(/database transaction timeout of 1 ms \(queryTimeoutMs\)/);
        expect(body.errors?.[0]).toMatchObject({ extensions: { code: "QUERY_TIMEOUT", limit: "queryTimeoutMs" } });
        // The same query answers on a server with the default timeout.
        const answered = await postGraphQL(defaults.url, "{ timeline(interval: YEAR) { totals { period new } } }");
        expect(answered.body.errors).toBeUndefined();
      } finally {
        await slow.close();
        await database.write("MATCH (a:Agreement) WHERE a.id STARTS WITH 'bulk-' DETACH DELETE a");
        await database.write(bumpGraphVersion);
      }
      expect(await countOf(database, "MATCH (a:Agreement) WHERE a.id STARTS WITH 'bulk-' RETURN count(a)")).toBe(0);
    }, 180_000);
  });

  describe("writes", () => {
    const review = `mutation ($id: ID!) { reviewAgreement(id: $id, decision: APPROVE) { id reviewStatus } }`;
    const reviewStatus = async (id: string) => (await database.read("MATCH (a:Agreement {id: $id}) RETURN a.reviewStatus AS s", { id })).records[0]!.get("s") as string | null;

    beforeAll(async () => {
      // As an agreement extracted below the confidence threshold would be.
      await database.write("MATCH (a:Agreement) WHERE a.id IN ['agr-05', 'agr-22'] SET a.reviewStatus = 'unreviewed'");
      await database.write(bumpGraphVersion);
    });

    it("has no generated create mutation", async () => {
      const { body } = await postGraphQL(defaults.url, 'mutation { createInstitutions(input: [{ id: "x", name: "X" }]) { institutions { id } } }');
      expect(errorText(body)).toMatch(/createInstitutions/);
      expect(await countOf(database, "MATCH (n:Organization {id: 'x'}) RETURN count(n)")).toBe(0);
    });

    /**
     * Every write the API offers over HTTP, with a request that would change the graph and a
     * check that it did not. A new mutation fails the test below until it is listed here, and so
     * is checked against every kind of refused token.
     */
    const writePaths: Record<string, { query: string; variables: Record<string, unknown>; unchanged: () => Promise<void> }> = {
      reviewAgreement: {
        query: review,
        variables: { id: "agr-05" },
        unchanged: async () => expect(await reviewStatus("agr-05")).toBe("unreviewed"),
      },
    };

    it("offers no write but those listed here: no generated mutation, no subscription", async () => {
      const { body } = await postGraphQL(defaults.url, "{ __schema { mutationType { fields { name } } subscriptionType { name } } }");
      const schema = (body.data as { __schema: { mutationType: { fields: { name: string }[] } | null; subscriptionType: unknown } }).__schema;
      expect(schema.mutationType?.fields.map((field) => field.name).sort()).toEqual(Object.keys(writePaths).sort());
      expect(schema.subscriptionType).toBeNull();
    });

    describe.each(Object.entries(writePaths))("%s", (name, write) => {
      it.each(refusedTokens(jwtSecret).map((refused) => [refused.kind, refused] as const))("is refused with %s, saying what is wrong, and changes nothing", async (_kind, refused) => {
        const { status, wwwAuthenticate, body } = await postWithToken(defaults.url, write.query, write.variables, await refused.token());
        expect(body.data?.[name] ?? null).toBeNull();
        expect(status).toBe(refused.status);
        expect(body.errors).toHaveLength(1);
        expect(body.errors?.[0]?.message).toMatch(refused.message);
        expect(body.errors?.[0]?.extensions?.code).toBe(refused.status === 401 ? "UNAUTHENTICATED" : "FORBIDDEN");
        if (refused.status === 401) expect(wwwAuthenticate).toBe('Bearer realm="atlas"');
        await write.unchanged();
      });

      it("is refused over GET even with a valid editor token, and changes nothing", async () => {
        const url = new URL(`${defaults.url}/graphql`);
        url.searchParams.set("query", write.query);
        url.searchParams.set("variables", JSON.stringify(write.variables));
        const response = await fetch(url, { headers: { authorization: `Bearer ${await editorToken(jwtSecret)}`, "apollo-require-preflight": "1" } });
        expect(response.status).toBe(405);
        await write.unchanged();
      });

      it("is refused on a server without ATLAS_JWT_SECRET, whatever the token", async () => {
        const unkeyed = await startTestServer(database);
        try {
          const { body } = await postWithToken(unkeyed.url, write.query, write.variables, await editorToken(jwtSecret));
          expect(errorText(body)).toMatch(/^Unauthenticated/);
          await write.unchanged();
        } finally {
          await unkeyed.close();
        }
      });

      it("does not exist with ATLAS_WRITES=off: refused with a message naming the setting, even with a valid editor token", async () => {
        const readOnly = await startTestServer(database, { jwtSecret, writes: false });
        try {
          const { status, body } = await postWithToken(readOnly.url, write.query, write.variables, await editorToken(jwtSecret));
          expect(status).toBe(403);
          expect(body.data ?? null).toBeNull();
          expect(errorText(body)).toBe("Writes are turned off on this server (ATLAS_WRITES=off): it answers queries only.");
          await write.unchanged();
          const introspected = await postGraphQL(readOnly.url, "{ __schema { mutationType { name } } }");
          expect(introspected.body.data).toEqual({ __schema: { mutationType: null } });
        } finally {
          await readOnly.close();
        }
      });
    });

    it("says what an unauthenticated write needs, and what a forbidden one lacks", async () => {
      const anonymous = await postWithToken(defaults.url, review, { id: "agr-05" });
      expect(errorText(anonymous.body)).toBe("Unauthenticated: writes need a valid, unexpired bearer token signed with ATLAS_JWT_SECRET whose roles include editor.");
      const viewer = await postWithToken(defaults.url, review, { id: "agr-05" }, await editorToken(jwtSecret, ["viewer"]));
      expect(errorText(viewer.body)).toBe("Forbidden: the token's roles do not allow this.");
      await writePaths.reviewAgreement!.unchanged();
    });

    it("approves with a valid editor token, even one at the limits: issued within the clock tolerance ahead, living exactly 30 days", async () => {
      const iat = Math.floor(Date.now() / 1000) + 30;
      const editor = await handMadeToken(jwtSecret, { ...goodClaims(), iat, exp: iat + maxTokenLifetimeSeconds });
      const { body } = await postWithToken(defaults.url, review, { id: "agr-05" }, editor);
      expect(body.errors).toBeUndefined();
      expect(body.data?.reviewAgreement).toEqual({ id: "agr-05", reviewStatus: "approved" });
      expect(await reviewStatus("agr-05")).toBe("approved");
    });

    it("corrects the fields given and leaves the others, with a valid editor token", async () => {
      const editor = await editorToken(jwtSecret);
      const { body } = await postWithToken(
        defaults.url,
        `mutation ($id: ID!) { reviewAgreement(id: $id, decision: CORRECT, correction: { title: "Corrected supply cooperation", signedOn: "2025-05-06" }) { id type title signedOn reviewStatus } }`,
        { id: "agr-22" },
        editor,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data?.reviewAgreement).toEqual({ id: "agr-22", type: "other", title: "Corrected supply cooperation", signedOn: "2025-05-06", reviewStatus: "corrected" });
      const stored = (await database.read("MATCH (a:Agreement {id: 'agr-22'}) RETURN a.title AS title, toString(a.signedOn) AS signedOn, a.type AS type")).records[0]!;
      expect([stored.get("title"), stored.get("signedOn"), stored.get("type")]).toEqual(["Corrected supply cooperation", "2025-05-06", "other"]);
    });
  });
});
