import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBenchServer, type BenchServer } from "../../bench/bench-server.ts";
import { BROWSER_VIEWPORT, launchChromium, requireChromium } from "../support/chromium.ts";
import { isAlive, startOwnNeo4j, waitUntil, type OwnNeo4j } from "../support/own-neo4j.ts";
import { postGraphQL } from "../support/test-server.ts";

// One generated query (through @neo4j/graphql) and one custom resolver (through server/api/):
// the two reach the driver by different roads, and both must report an outage the same way.
const countsQuery = "{ institutionsConnection { aggregate { count { nodes } } } }";
const searchQuery = "{ search(text: \"university\") { id } }";

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await work();
  return { value, ms: Date.now() - started };
}

const unavailableMessage = "The database is not answering; the server will reconnect by itself when it is back.";

/** Every error of the answer says DATABASE_UNAVAILABLE, and the answer came within `withinMs`. */
async function expectUnavailable(url: string, query: string, withinMs: number): Promise<void> {
  // Given up at the limit, so a hang fails the test at once rather than after the minutes it lasts.
  const answer = await timed(async () => {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(withinMs),
    }).catch((error: unknown) => {
      throw new Error(`${query} got no answer within ${withinMs} ms (${String(error)})`);
    });
    return (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  });
  expect(answer.ms, `${query} answered after ${answer.ms} ms`).toBeLessThan(withinMs);
  const errors = answer.value.errors ?? [];
  expect(errors.length, JSON.stringify(answer.value)).toBeGreaterThan(0);
  for (const error of errors) {
    expect(error.extensions?.code, JSON.stringify(error)).toBe("DATABASE_UNAVAILABLE");
    expect(error.message).toBe(unavailableMessage);
  }
}

async function healthStatus(url: string): Promise<number> {
  return (await fetch(`${url}/healthz`)).status;
}

/**
 * `npm start` over an embedded database the test started (same ATLAS_HOME and port, so the server
 * reuses it rather than owning it); the test then kills that database under the running server and
 * starts it again.
 */
describe("the server while its database is down, and after it is back", { timeout: 300_000 }, () => {
  let neo4j: OwnNeo4j;
  let server: BenchServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    requireChromium();
    neo4j = await startOwnNeo4j("atlas-outage-");
    // The sample, so the dashboard has something to show before and after.
    server = await startBenchServer({ atlasHome: neo4j.atlasHome, boltPort: neo4j.boltPort, env: { ATLAS_SAMPLE: "on" } });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: BROWSER_VIEWPORT });
    page.on("pageerror", (error) => pageErrors.push(error.message));
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await neo4j?.dispose();
  });

  it("answers normally while the database runs", async () => {
    expect(await healthStatus(server.url)).toBe(200);
    const { status, body } = await postGraphQL(server.url, countsQuery);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    await page.goto(`${server.url}/`);
    await page.getByTestId("org-row").first().waitFor({ timeout: 30_000 });
  });

  it("with the database killed: /healthz says 503 and queries say DATABASE_UNAVAILABLE, each within seconds, and the dashboard says so in both languages", async () => {
    await neo4j.kill();

    const health = await timed(() => healthStatus(server.url));
    expect(health.value).toBe(503);
    expect(health.ms).toBeLessThan(5_000);
    // The driver retries for maxTransactionRetryTime (5 s) before it gives up on a refused connection.
    for (const query of [countsQuery, searchQuery]) await expectUnavailable(server.url, query, 15_000);

    await page.goto(`${server.url}/`);
    const english = page.locator("[data-status=error]").first();
    await english.waitFor({ timeout: 30_000 });
    expect(await english.innerText()).toContain("The database is unavailable right now; try again shortly.");
    await page.goto(`${server.url}/?lang=zh`);
    const chinese = page.locator("[data-status=error]").first();
    await chinese.waitFor({ timeout: 30_000 });
    expect(await chinese.innerText()).toContain("数据库暂时不可用，请稍后重试。");
  });

  it("recovers by itself once the database is back: same process, /healthz 200, data again in the API and the dashboard", async () => {
    await neo4j.restart();
    // No restart of the server, no request to reconnect: the driver finds the database again.
    await waitUntil(async () => (await healthStatus(server.url)) === 200, 30_000, "/healthz to answer 200 again", 500);
    expect(isAlive(server.pid)).toBe(true);
    const { body } = await postGraphQL(server.url, countsQuery);
    expect(body.errors).toBeUndefined();
    expect((body.data as { institutionsConnection: { aggregate: { count: { nodes: number } } } }).institutionsConnection.aggregate.count.nodes).toBeGreaterThan(0);
    await page.goto(`${server.url}/`);
    await page.getByTestId("org-row").first().waitFor({ timeout: 30_000 });
    expect(await page.locator("[data-status=error]").count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it("with the database hung (SIGSTOP): the same answers within seconds instead of a hang, and back to normal when it resumes", async () => {
    neo4j.freeze();
    try {
      const health = await timed(() => healthStatus(server.url));
      expect(health.value).toBe(503);
      expect(health.ms).toBeLessThan(5_000);
      // Bounded by the driver's connectionAcquisitionTimeout (10 s): nothing here waits on the database's own timeouts.
      for (const query of [countsQuery, searchQuery]) await expectUnavailable(server.url, query, 20_000);
    } finally {
      neo4j.thaw();
    }
    await waitUntil(async () => (await healthStatus(server.url)) === 200, 30_000, "/healthz to answer 200 again", 500);
    const { body } = await postGraphQL(server.url, countsQuery);
    expect(body.errors).toBeUndefined();
    expect(isAlive(server.pid)).toBe(true);
  });
});
