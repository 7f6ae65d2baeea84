// What protects the HTTP layer: request body size, per-client rate limits, CORS closed unless an
// origin is listed, and a strict Content-Security-Policy on every answer.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientDir } from "../../server/client-build.ts";
import type { Database } from "../../server/db/database.ts";
import { connectTestDatabase } from "../support/test-database.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

type ErrorBody = { errors?: { message: string; extensions?: Record<string, unknown> }[] };

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
}

const typename = JSON.stringify({ query: "{ __typename }" });

/** The policy's directives by name, each with its sources. */
function directives(header: string | null): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (header ?? "").split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

describe("HTTP protection", () => {
  let database: Database;
  let open: TestServer;

  beforeAll(async () => {
    database = connectTestDatabase();
    open = await startTestServer(database);
  });
  afterAll(async () => {
    await open?.close();
    await database?.close();
  });

  describe("request body size", () => {
    it("answers a body over 1 MB with 413 and a JSON message naming the limit, not an HTML page", async () => {
      const body = JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(1024 * 1024 + 10) } });
      const response = await post(open.url, body);
      expect(response.status).toBe(413);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      const text = await response.text();
      expect(text).not.toMatch(/<html|<pre>|\n\s+at /i);
      const json = JSON.parse(text) as ErrorBody;
      expect(json.errors?.[0]?.message).toBe("The request body is over the limit of 1 MB (1048576 bytes); send a shorter query or fewer variables.");
      expect(json.errors?.[0]?.extensions).toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    });

    it("reads a body just under the limit", async () => {
      const body = JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(1000 * 1000) } });
      const response = await post(open.url, body);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { __typename: "Query" } });
    });

    it("answers malformed JSON with 400 and a JSON message", async () => {
      const response = await post(open.url, '{"query": "{ __typename }"');
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      const json = (await response.json()) as ErrorBody;
      expect(json.errors?.[0]?.message).toMatch(/^The request body is not valid JSON/);
    });
  });

  describe("rate limit", () => {
    let limited: TestServer;
    let unlimited: TestServer;
    let proxied: TestServer;

    beforeAll(async () => {
      limited = await startTestServer(database, { rateLimitPerMinute: 3 });
      unlimited = await startTestServer(database, { rateLimitPerMinute: null });
      proxied = await startTestServer(database, { rateLimitPerMinute: 2, trustProxy: 1 });
    });
    afterAll(async () => {
      for (const server of [limited, unlimited, proxied]) await server?.close();
    });

    it("answers a client over its limit with 429, a JSON message naming the setting and the standard RateLimit headers", async () => {
      for (let i = 1; i <= 3; i++) {
        const response = await post(limited.url, typename);
        expect(response.status, `request ${i}`).toBe(200);
        expect(response.headers.get("ratelimit-policy")).toMatch(/q=3; w=60/);
        expect(response.headers.get("ratelimit")).toMatch(new RegExp(`r=${3 - i}; t=\\d+`));
      }
      const refused = await post(limited.url, typename);
      expect(refused.status).toBe(429);
      expect(refused.headers.get("content-type")).toMatch(/^application\/json/);
      expect(refused.headers.get("ratelimit")).toMatch(/r=0; t=\d+/);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      const json = (await refused.json()) as ErrorBody;
      expect(json.errors?.[0]?.message).toMatch(/^Too many requests: this server answers at most 3 requests a minute from one address \(ATLAS_RATE_LIMIT\)\. Try again in \d+ s\.$/);
      expect(json.errors?.[0]?.extensions).toMatchObject({ code: "RATE_LIMITED" });
      // The dashboard's pages count too: the limit is per client, not per route.
      expect((await fetch(`${limited.url}/`)).status).toBe(429);
    });

    it("never limits /healthz", async () => {
      for (let i = 0; i < 6; i++) {
        const response = await fetch(`${limited.url}/healthz`);
        expect(response.status).toBe(200);
        expect(response.headers.get("ratelimit")).toBeNull();
      }
    });

    it("does not let a client dodge its limit with X-Forwarded-For when no proxy is trusted", async () => {
      const response = await post(limited.url, typename, { "x-forwarded-for": "198.51.100.7" });
      expect(response.status).toBe(429);
    });

    it("counts each client behind a trusted proxy by its own address", async () => {
      const client = (address: string) => post(proxied.url, typename, { "x-forwarded-for": address });
      expect((await client("198.51.100.1")).status).toBe(200);
      expect((await client("198.51.100.1")).status).toBe(200);
      expect((await client("198.51.100.1")).status).toBe(429);
      expect((await client("198.51.100.2")).status).toBe(200);
    });

    it("with ATLAS_RATE_LIMIT=off limits nothing and sends no RateLimit headers", async () => {
      for (let i = 0; i < 10; i++) {
        const response = await post(unlimited.url, typename);
        expect(response.status).toBe(200);
        expect(response.headers.get("ratelimit")).toBeNull();
      }
    });
  });

  describe("CORS", () => {
    const listed = "https://planning.example.org";
    let allowing: TestServer;

    beforeAll(async () => {
      allowing = await startTestServer(database, { corsOrigins: [listed, "http://localhost:5173"] });
    });
    afterAll(async () => {
      await allowing?.close();
    });

    const preflight = (url: string, origin: string) =>
      fetch(`${url}/graphql`, {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type, authorization" },
      });
    const corsHeaders = (response: Response) => [...response.headers.keys()].filter((name) => name.startsWith("access-control-"));

    it("is closed by default: no Access-Control-* header on a preflight, a GraphQL request or a page", async () => {
      const origin = "https://elsewhere.example";
      const answers = [
        await preflight(open.url, origin),
        await post(open.url, typename, { origin }),
        await fetch(`${open.url}/`, { headers: { origin } }),
        await fetch(`${open.url}/api/boundaries/province`, { headers: { origin } }),
      ];
      for (const response of answers) expect(corsHeaders(response), response.url).toEqual([]);
    });

    it("answers a preflight from a listed origin with that origin, the methods and the headers writes need", async () => {
      const response = await preflight(allowing.url, listed);
      expect(response.status).toBe(204);
      expect(response.headers.get("access-control-allow-origin")).toBe(listed);
      expect(response.headers.get("access-control-allow-methods")).toBe("GET, POST");
      expect(response.headers.get("access-control-allow-headers")).toMatch(/authorization/);
      expect(response.headers.get("access-control-allow-headers")).toMatch(/content-type/);
      expect(response.headers.get("access-control-allow-credentials")).toBeNull();
      expect(response.headers.get("vary")).toMatch(/origin/i);
    });

    it("allows a listed origin to read answers", async () => {
      const response = await post(allowing.url, typename, { origin: listed });
      expect(response.status).toBe(200);
      expect(response.headers.get("access-control-allow-origin")).toBe(listed);
      expect(response.headers.get("vary")).toMatch(/origin/i);
      const page = await fetch(`${allowing.url}/api/boundaries/province`, { headers: { origin: "http://localhost:5173" } });
      expect(page.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    });

    it("gives nothing to an origin that only resembles a listed one", async () => {
      for (const origin of ["https://planning.example.org.evil.example", "http://planning.example.org", "https://evil.example", "null"]) {
        expect(corsHeaders(await preflight(allowing.url, origin)), origin).toEqual([]);
        expect(corsHeaders(await post(allowing.url, typename, { origin })), origin).toEqual([]);
      }
    });
  });

  describe("Content-Security-Policy", () => {
    const answers: [string, () => Promise<Response>][] = [
      ["the dashboard at /", () => fetch(`${open.url}/`)],
      ["a view route", () => fetch(`${open.url}/network`)],
      ["/graphql", () => post(open.url, typename)],
      ["the GraphQL IDE at /graphiql", () => fetch(`${open.url}/graphiql`)],
    ];

    it.each(answers)("is strict on %s: scripts only from this server, no inline script, no framing, nothing from other hosts", async (_name, request) => {
      const response = await request();
      expect(response.status).toBe(200);
      const policy = directives(response.headers.get("content-security-policy"));
      expect(policy.get("default-src")).toEqual(["'self'"]);
      expect(policy.get("script-src")).toEqual(["'self'"]);
      expect(policy.get("script-src-attr")).toEqual(["'none'"]);
      expect(policy.get("object-src")).toEqual(["'none'"]);
      expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
      expect(policy.get("base-uri")).toEqual(["'none'"]);
      for (const [name, sources] of policy) {
        expect(sources, name).not.toContain("'unsafe-eval'");
        expect(sources, name).not.toContain("*");
        expect(sources, name).not.toContain("https:");
        expect(sources, name).not.toContain("http:");
      }
      expect(policy.has("upgrade-insecure-requests")).toBe(false);
      expect(response.headers.get("x-frame-options")).toBe("DENY");
    });

    it("fits the built pages: every script they load is a same-origin file, none inline", () => {
      for (const page of ["index.html", "graphiql.html"]) {
        const html = readFileSync(path.join(clientDir, page), "utf8");
        const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
        expect(scripts.length, page).toBeGreaterThan(0);
        for (const [, attributes, content] of scripts) {
          expect(attributes, page).toMatch(/\bsrc="\/[^/]/);
          expect(content!.trim(), page).toBe("");
        }
        expect(html, page).not.toMatch(/\son[a-z]+=/i);
      }
    });
  });
});
