// What keeps one client from exhausting the server's memory or time with a short request: the
// query text's size limit, checked before anything parses it; caches of texts bounded in bytes that
// count the text and keep only its hash as a key; the cost limit, which multiplies nested lists by
// their pages; the ceiling on an answer's size; and the search text's limit. And what a client
// learns when the database fails: plain words, never the database's text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../server/db/database.ts";
import { loadApiFixtureDatabase } from "../support/api-fixture.ts";
import { postGraphQL, startTestServer, type TestServer } from "../support/test-server.ts";

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** A query that asks for almost nothing, made `bytes` long by a comment: the token limit does not count comments. */
function commentedQuery(bytes: number, seed: string): string {
  const head = `{ __typename } # ${seed} `;
  return head + "a".repeat(Math.max(0, bytes - head.length));
}

async function getGraphQL(url: string, query: string) {
  const address = new URL(`${url}/graphql`);
  address.searchParams.set("query", query);
  // Apollo's CSRF prevention lets a GET through only with a header a plain form cannot send.
  const response = await fetch(address, { headers: { "apollo-require-preflight": "1" } });
  return { status: response.status, body: (await response.json()) as Answer };
}

describe("query text size and the caches of texts", () => {
  let database: Database;
  let defaults: TestServer;

  beforeAll(async () => {
    database = await loadApiFixtureDatabase();
    defaults = await startTestServer(database);
  });
  afterAll(async () => {
    await defaults?.close();
    await database?.close();
  });

  it("refuses a query text over maxQueryBytes (32 KB) with the limit named; one under it is answered", async () => {
    const over = await postGraphQL(defaults.url, commentedQuery(40_000, "over"));
    expect(over.status).toBe(413);
    expect(over.body.data ?? null).toBeNull();
    expect(over.body.errors).toEqual([
      {
        message: "The query text is 40000 bytes, over the limit of 32768 bytes (maxQueryBytes); comments count too. Send a shorter query, with values in variables.",
        extensions: { code: "QUERY_TOO_LARGE", limit: "maxQueryBytes" },
      },
    ]);

    const under = await postGraphQL(defaults.url, commentedQuery(30_000, "under"));
    expect(under.status).toBe(200);
    expect(under.body).toEqual({ data: { __typename: "Query" } });
  });

  it("refuses a query text over the limit sent over GET too", async () => {
    const small = await startTestServer(database, { limits: { maxQueryBytes: 1_000 } });
    try {
      const over = await getGraphQL(small.url, commentedQuery(2_000, "get"));
      expect(over.status).toBe(413);
      expect(over.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^The query text is 2000 bytes, over the limit of 1000 bytes \(maxQueryBytes\)/), extensions: { code: "QUERY_TOO_LARGE", limit: "maxQueryBytes" } });
      const under = await getGraphQL(small.url, commentedQuery(900, "get"));
      expect(under).toEqual({ status: 200, body: { data: { __typename: "Query" } } });
    } finally {
      await small.close();
    }
  });

  it("keeps the caches of parsed queries, query kinds and answers within their bounds in bytes, however many distinct long texts arrive", async () => {
    const bounds = { documents: 256 * 1024, answers: 32 * 1024, queryKinds: 4 * 1024 };
    const server = await startTestServer(database, { cacheBytes: bounds });
    try {
      // A text over the limit is refused before anything parses it, so nothing keeps it.
      expect((await postGraphQL(server.url, commentedQuery(40_000, "refused"))).status).toBe(413);
      expect(server.server.cacheBytes()).toEqual({ documents: 0, answers: 0, queryKinds: 0 });

      const first = await postGraphQL(server.url, commentedQuery(30_000, "first"));
      expect(first.body).toEqual({ data: { __typename: "Query" } });
      // The parsed document is counted with the text it keeps, not by its syntax tree alone.
      expect(server.server.cacheBytes().documents).toBeGreaterThan(30_000);

      const texts = Array.from({ length: 40 }, (_, i) => commentedQuery(30_000, `distinct ${i}`));
      for (const text of texts) expect((await postGraphQL(server.url, text)).body).toEqual({ data: { __typename: "Query" } });
      const held = server.server.cacheBytes();
      // 41 texts of 30 KB were answered and kept as far as room allowed: each cache is full, or nearly, and within its bound.
      expect(held.documents).toBeLessThanOrEqual(bounds.documents);
      expect(held.documents).toBeGreaterThan(bounds.documents / 2);
      expect(held.answers).toBeLessThanOrEqual(bounds.answers);
      expect(held.queryKinds).toBeLessThanOrEqual(bounds.queryKinds);
      // Answers and query kinds are keyed by the text's hash: 41 texts of 30 KB leave under 200 bytes each.
      expect(held.queryKinds).toBeLessThan(41 * 200);
      expect(held.answers).toBeLessThan(41 * 200);
      expect(held.queryKinds).toBeGreaterThan(0);
      expect(held.answers).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });

  describe("costly queries and large answers", () => {
    // A request refused before it runs has no `data` at all; one stopped while running has `data: null`.
    it("refuses nested lists over the regions table before running, naming the limit and the cost", async () => {
      const regions = `{ regions(limit:1000, where:{level:{eq:"county"}}) { parent { children(limit:1000) { parent { children(limit:1000) { parent { children(limit:1000) { code } } } } } } } }`;
      const { status, body } = await postGraphQL(defaults.url, regions);
      expect(status).toBe(400);
      expect(body).not.toHaveProperty("data");
      const error = (body as Answer).errors?.[0];
      expect(error?.message).toMatch(/^Query Cost limit of 100000 exceeded, found \d+: the answer could hold \d+ values \(each list counted by its limit or first, 100 when it sets none, so nested lists multiply\); ask for fewer rows or fewer nested lists\.$/);
      expect(error?.extensions).toMatchObject({ code: "LIMIT_EXCEEDED", limit: "maxCost" });
      expect(error?.extensions?.cost).toBeGreaterThan(1e18);
    });

    it("refuses nested lists over agreements and their parties, with the page in a variable, before running", async () => {
      const query = "query ($n: Int) { agreements(limit: $n) { parties(limit: $n) { agreements(limit: $n) { parties(limit: $n) { agreements(limit: $n) { id } } } } } }";
      const { status, body } = await postGraphQL(defaults.url, query, { n: 1000 });
      expect(status).toBe(400);
      expect(body).not.toHaveProperty("data");
      expect((body as Answer).errors?.[0]).toMatchObject({ message: expect.stringMatching(/^Query Cost limit of 100000 exceeded/), extensions: { code: "LIMIT_EXCEEDED", limit: "maxCost" } });
      // The same query with small pages is answered.
      const small = await postGraphQL(defaults.url, query, { n: 3 });
      expect(small.body.errors).toBeUndefined();
      expect((small.body.data as { agreements: unknown[] }).agreements).toHaveLength(3);
    });

    it("answers nested lists whose pages keep the cost down", async () => {
      const { body } = await postGraphQL(defaults.url, "{ regions(limit: 40) { code children(limit: 50) { code } } }");
      expect(body.errors).toBeUndefined();
      expect((body.data as { regions: unknown[] }).regions).toHaveLength(40);
    });

    it("does not send an answer over maxAnswerBytes: the client is told it was too large and to ask for fewer rows, and nothing keeps it", async () => {
      const small = await startTestServer(database, { limits: { maxAnswerBytes: 20_000 } });
      try {
        // Cheap by cost (5,000), but 1,000 regions with their names come to far more than 20,000 bytes.
        const query = "{ regions(limit: 1000) { code name nameZh level } }";
        for (let ask = 0; ask < 2; ask++) {
          const response = await fetch(`${small.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
          expect(response.headers.get("x-atlas-answer")).toBeNull();
          const body = (await response.json()) as Answer;
          expect(body).not.toHaveProperty("data");
          expect(body.errors).toHaveLength(1);
          expect(body.errors?.[0]?.message).toMatch(/^The answer is \d+ KB \(\d+ bytes\), over the limit of 20 KB \(maxAnswerBytes\), so it was not sent; ask for fewer rows \(a smaller limit or a narrower filter\) or fewer fields\.$/);
          expect(body.errors?.[0]?.extensions).toEqual({ code: "ANSWER_TOO_LARGE", limit: "maxAnswerBytes" });
        }
        const fewer = await postGraphQL(small.url, "{ regions(limit: 10) { code name } }");
        expect(fewer.body.errors).toBeUndefined();
        expect((fewer.body.data as { regions: unknown[] }).regions).toHaveLength(10);
      } finally {
        await small.close();
      }
    });
  });

  describe("search text and the database's errors", () => {
    const searchQuery = "query ($text: String!) { search(text: $text) { id name } }";
    const databaseWords = /TooManyClauses|fulltext|Neo4j|lucene|procedure/i;

    it("refuses a search text over maxSearchTextLength (200 characters), naming the limit; one of 200 is answered", async () => {
      const { body } = await postGraphQL(defaults.url, searchQuery, { text: "a".repeat(300_000) });
      expect(body.data ?? null).toBeNull();
      expect(body.errors).toHaveLength(1);
      expect(body.errors?.[0]).toMatchObject({
        message: "The search text is 300000 characters, over the limit of 200 (maxSearchTextLength); search for a name or a few words of one.",
        extensions: { code: "LIMIT_EXCEEDED", limit: "maxSearchTextLength" },
      });
      expect(JSON.stringify(body)).not.toMatch(databaseWords);
      const within = await postGraphQL(defaults.url, searchQuery, { text: "a".repeat(200) });
      expect(within.body).toEqual({ data: { search: [] } });
    });

    it("answers a search for more than any name holds with plain words, without the database's text", async () => {
      // With the text limit raised, the text reaches the search, which refuses to look for it.
      const lax = await startTestServer(database, { limits: { maxSearchTextLength: 1_000_000 } });
      try {
        const { body } = await postGraphQL(lax.url, searchQuery, { text: "a".repeat(300_000) });
        expect(body.data ?? null).toBeNull();
        expect(body.errors).toEqual([
          {
            message: "The search text is too long or too complex; search for fewer or shorter words.",
            locations: [{ line: 1, column: 26 }],
            path: ["search"],
            extensions: { code: "BAD_USER_INPUT" },
          },
        ]);
        expect(JSON.stringify(body)).not.toMatch(databaseWords);
        // The server answers the next search as usual.
        const next = await postGraphQL(lax.url, searchQuery, { text: "石油" });
        expect(next.body.errors).toBeUndefined();
      } finally {
        await lax.close();
      }
    });
  });
});
