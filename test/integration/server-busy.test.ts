// Busy is not down: with the heavy work at its limit (2 running, 2 waiting, lowered from the
// defaults for the test), one more analytics request is refused at once as SERVER_BUSY, 503 with
// Retry-After, while search, an entity query and /healthz (200, "busy") still answer; a database
// that cannot be reached still makes /healthz 503.
//
// The two running requests are path queries held at their shortest-path read until the test lets
// them go: the real database answers every query, only later.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../server/db/database.ts";
import { loadApiFixture } from "../support/api-fixture.ts";
import { queryNameOf } from "../support/named-queries.ts";
import { waitUntil } from "../support/own-neo4j.ts";
import { startTestServer, unreachableDatabase, type TestServer } from "../support/test-server.ts";

/** The database, with the reads of the named queries `holds` picks waiting until release(). */
function holdingDatabase(database: Database, holds: (name: string) => boolean) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  const nameOf = (cypher: string) => {
    try {
      return queryNameOf(cypher);
    } catch {
      return "";
    }
  };
  const holding: Database = {
    ...database,
    read: async (cypher, params, options) => {
      if (holds(nameOf(cypher))) {
        held += 1;
        await released;
      }
      return database.read(cypher, params, options);
    },
  };
  return {
    database: holding,
    release: () => release(),
    get held() {
      return held;
    },
  };
}

interface Health {
  status: string;
  heavyWork?: { running: number; waiting: number; concurrency: number; queue: number };
}

async function health(url: string): Promise<{ status: number; body: Health }> {
  const response = await fetch(`${url}/healthz`);
  return { status: response.status, body: (await response.json()) as Health };
}

interface GraphQLAnswer {
  status: number;
  retryAfter: string | null;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLAnswer> {
  const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body: (await response.json()) as GraphQLAnswer["body"] };
}

const pathQuery = `query ($from: ID!, $to: ID!, $maxHops: Int) { path(fromId: $from, toId: $to, maxHops: $maxHops) { hops paths { nodes { id } } } }`;
/** Four heavy requests: two to run (and be held), two to wait their turn. */
const heldPaths = [
  { from: "tianfu-battery", to: "mytvc", maxHops: 4 },
  { from: "cqtu", to: "xtp", maxHops: 4 },
  { from: "panda-tyres", to: "jinjiang-charging", maxHops: 5 },
  { from: "cptu", to: "cqtu", maxHops: 4 },
];

/** A refusal because the server is busy: 503, Retry-After in whole seconds, SERVER_BUSY naming the settings. */
function expectBusy(answer: GraphQLAnswer, what: string) {
  expect(answer.status, what).toBe(503);
  expect(answer.retryAfter, what).toMatch(/^[1-9]\d*$/);
  const errors = answer.body.errors ?? [];
  expect(errors.length, what).toBeGreaterThan(0);
  for (const error of errors) {
    expect(error.extensions?.code, what).toBe("SERVER_BUSY");
    expect(error.extensions?.retryAfterSeconds, what).toBe(Number(answer.retryAfter));
    expect(error.message, what).toMatch(/busy.*ATLAS_HEAVY_CONCURRENCY/);
  }
}

describe("the server when its heavy work is at its limit", () => {
  let database: Database;
  let holder: ReturnType<typeof holdingDatabase>;
  let server: TestServer;

  beforeAll(async () => {
    const fixture = await loadApiFixture();
    await fixture.server.close();
    database = fixture.database;
    holder = holdingDatabase(database, (name) => name.startsWith("shortest-paths"));
    server = await startTestServer(holder.database, { heavyWork: { concurrency: 2, queue: 2, maxWaitMs: 120_000 } });
  });
  afterAll(async () => {
    holder?.release();
    await server?.close();
    await database?.close();
  });

  it("refuses one more analytics request with 503, Retry-After and SERVER_BUSY, while cheap questions and /healthz (200, busy) answer; then serves everything held", async () => {
    expect((await health(server.url)).body).toMatchObject({ status: "ok", heavyWork: { running: 0, waiting: 0, concurrency: 2, queue: 2 } });

    const held = heldPaths.map((p) => post(server.url, pathQuery, p));
    // Two have reached the database and wait there; two wait for their turn.
    await waitUntil(
      async () => holder.held === 2 && (await health(server.url)).body.heavyWork?.waiting === 2,
      30_000,
      "two path queries running (held at the database) and two waiting their turn",
    );

    const busyHealth = await health(server.url);
    expect(busyHealth.status).toBe(200);
    expect(busyHealth.body).toMatchObject({ status: "busy", heavyWork: { running: 2, waiting: 2, concurrency: 2, queue: 2 } });

    // Over the limit: refused at once, whichever analytics it is.
    expectBusy(await post(server.url, pathQuery, { from: "cqtu", to: "mytvc", maxHops: 3 }), "path");
    expectBusy(await post(server.url, "{ network(filter: { limit: 50 }) { totalNodes } }"), "network");
    expectBusy(await post(server.url, `{ orgProfile(id: "cqtu") { organization { id } } }`), "orgProfile");
    const exported = await fetch(`${server.url}/api/export?format=csv`);
    expect(exported.status, "export").toBe(503);
    expect(exported.headers.get("retry-after"), "export").toMatch(/^[1-9]\d*$/);
    expect(await exported.text()).toMatch(/busy.*ATLAS_HEAVY_CONCURRENCY/);

    // Cheap questions do not queue behind the analytics.
    const search = await post(server.url, `{ search(text: "Chongqing") { id } }`);
    expect(search.status).toBe(200);
    expect(search.body.errors).toBeUndefined();
    const one = await post(server.url, `{ institutions(where: { id: { eq: "cqtu" } }) { id name } }`);
    expect(one.status).toBe(200);
    expect(one.body.errors).toBeUndefined();
    expect(one.body.data).toMatchObject({ institutions: [{ id: "cqtu" }] });
    // Nothing was refused or served out of turn meanwhile: still two held, two waiting.
    expect(holder.held).toBe(2);
    expect((await health(server.url)).body.heavyWork).toMatchObject({ running: 2, waiting: 2 });

    holder.release();
    for (const answer of await Promise.all(held)) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect((answer.body.data as { path: { hops: number | null } }).path.hops).toBeGreaterThan(0);
    }
    expect((await health(server.url)).body).toMatchObject({ status: "ok", heavyWork: { running: 0, waiting: 0 } });
    const network = await post(server.url, "{ network(filter: { limit: 50 }) { totalNodes } }");
    expect(network.status).toBe(200);
    expect(network.body.errors).toBeUndefined();
  });

  it("/healthz answers 200 while every connection of the server's pool (100) is held by an open transaction", async () => {
    const driver = database.driverForGraphQL();
    const sessions = Array.from({ length: 100 }, () => driver.session());
    const transactions = await Promise.all(sessions.map((session) => session.beginTransaction()));
    try {
      await Promise.all(transactions.map((tx) => tx.run("RETURN 1")));
      const answer = await health(server.url);
      expect(answer.status).toBe(200);
      expect(answer.body.status).toBe("ok");
    } finally {
      await Promise.all(transactions.map((tx) => tx.rollback()));
      await Promise.all(sessions.map((session) => session.close()));
    }
  });
});

describe("/healthz when the database cannot be reached", () => {
  it("answers 503 database unavailable", async () => {
    const gone = unreachableDatabase();
    const server = await startTestServer(gone);
    try {
      const answer = await health(server.url);
      expect(answer.status).toBe(503);
      expect(answer.body.status).toBe("database unavailable");
    } finally {
      await server.close();
      await gone.close();
    }
  });
});
