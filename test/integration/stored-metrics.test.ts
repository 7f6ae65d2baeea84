// The stored metrics (server/metrics/): what the recompute stores equals what the API computes on
// request, for every network it stores and every coverage cell; a change shows, marked stale,
// until its recompute publishes; and a restart (a new keeper over the same store) loses nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AnalyticsCache } from "../../server/api/analytics-cache.ts";
import { isoToday, type ApiContext } from "../../server/api/api-context.ts";
import { defaultLimits } from "../../server/api/api-limits.ts";
import { coverageCells, coverageMatrix } from "../../server/api/coverage-matrix.ts";
import { computedNetwork, network } from "../../server/api/network.ts";
import { normaliseNetworkFilter } from "../../server/api/network-filter.ts";
import { orgProfile } from "../../server/api/org-profile.ts";
import { reviewAgreement } from "../../server/api/review.ts";
import type { Database } from "../../server/db/database.ts";
import { createLogger } from "../../server/logger.ts";
import { MetricsKeeper } from "../../server/metrics/metrics-keeper.ts";
import { recomputeMetrics } from "../../server/metrics/recompute-metrics.ts";
import { loadApiFixtureDatabase } from "../support/api-fixture.ts";

let database: Database;

/** A context of its own: a fresh cache, as a newly started server has. */
function freshContext(): ApiContext {
  return { database, analytics: new AnalyticsCache(database), limits: defaultLimits, today: isoToday };
}

/** A network without its freshness fields, which only a stored one sets. */
function figures<T extends { metricsStale?: boolean; metricsComputedAt?: string | null }>(answer: T): Omit<T, "metricsStale" | "metricsComputedAt"> {
  const { metricsStale: _stale, metricsComputedAt: _at, ...rest } = answer;
  return rest;
}

async function regionsWithNetworks(): Promise<string[]> {
  // A province's one-end network (scope one-end:<code>) has a test of its own below.
  const result = await database.read("MATCH (s:NetworkSummary) WHERE s.scope <> 'country' AND NOT s.scope STARTS WITH 'one-end:' RETURN DISTINCT s.scope AS code ORDER BY code");
  return result.records.map((r) => String(r.get("code")));
}

beforeAll(async () => {
  database = await loadApiFixtureDatabase();
}, 120_000);

afterAll(async () => {
  await database?.close();
});

describe("the stored metrics", () => {
  it("start absent: every view computes on request until a recompute publishes", async () => {
    const context = freshContext();
    const state = await context.analytics.readState();
    expect(state.metricsRun).toBeNull();
    const answer = await network(context, null);
    expect(answer.metricsComputedAt).toBeNull();
    expect(answer.metricsStale).toBe(false);
  });

  it("equal a computation on request for the country and every province and prefecture, at every node limit", { timeout: 120_000 }, async () => {
    const before = freshContext();
    const computed = new Map<string, unknown>();
    // Every province and prefecture an organisation lies in, a county too (never stored: computed).
    const regions = (
      await database.read(
        "MATCH (:Organization)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(r:Region) RETURN DISTINCT r.code AS code ORDER BY code",
      )
    ).records.map((r) => String(r.get("code")));
    expect(regions.length).toBeGreaterThan(5);
    const limits = [3, 8, 500];
    for (const regionCodes of [null, ...regions.map((code) => [code])]) {
      for (const limit of limits) computed.set(JSON.stringify([regionCodes, limit]), figures(await computedNetwork(before, normaliseNetworkFilter({ regionCodes, limit }))));
    }

    const result = await recomputeMetrics(database, { runner: "test", today: isoToday() });
    expect(result).not.toBeNull();
    expect(result!.networks).toBeGreaterThan(1);
    // Every region the recompute stored a network for was among those compared.
    expect(regions).toEqual(expect.arrayContaining(await regionsWithNetworks()));

    const after = freshContext();
    expect((await after.analytics.readState()).metricsRun).toBe(result!.run);
    for (const regionCodes of [null, ...regions.map((code) => [code])]) {
      for (const limit of limits) {
        const stored = await network(after, { regionCodes, limit });
        const key = JSON.stringify([regionCodes, limit]);
        // Read from the store (a region with no link inside has no stored network and is computed).
        if ((computed.get(key) as { totalNodes: number }).totalNodes > 0) expect(stored.metricsComputedAt, key).not.toBeNull();
        expect(stored.metricsStale).toBe(false);
        expect(figures(stored), key).toEqual(computed.get(key));
      }
    }
  });

  it("give a profile the same metrics and ego network as a computation on request", async () => {
    const ids = (await database.read("MATCH (o:Organization) RETURN o.id AS id ORDER BY id")).records.map((r) => String(r.get("id")));
    const stored = freshContext();
    expect((await stored.analytics.readState()).metricsRun).not.toBeNull();
    // The same store, without its published run: the profile computes the whole network on request.
    const computing: ApiContext = { ...freshContext(), analytics: Object.assign(new AnalyticsCache(database), { readState: async () => ({ ...(await stored.analytics.readState()), metricsRun: null }) }) };
    for (const id of ids) {
      const fromStore = await orgProfile(stored, id);
      const fresh = await orgProfile(computing, id);
      expect({ ...fromStore!.metrics, metricsStale: false }, id).toEqual(fresh!.metrics);
      expect(figures(fromStore!.egoNetwork), id).toEqual(figures(fresh!.egoNetwork));
    }
  });

  it("give a network of regions with one end inside the same answer as a computation on request, with the country's figures", { timeout: 120_000 }, async () => {
    const stored = freshContext();
    expect((await stored.analytics.readState()).metricsRun).not.toBeNull();
    const computing: ApiContext = { ...freshContext(), analytics: Object.assign(new AnalyticsCache(database), { readState: async () => ({ ...(await stored.analytics.readState()), metricsRun: null }) }) };
    const country = await computedNetwork(freshContext(), normaliseNetworkFilter({ limit: 5000 }));
    const countryNode = new Map(country.nodes.map((n) => [n.id, n]));
    const insideOf = async (codes: string[]) =>
      new Set(
        (
          await database.read("MATCH (r:Region)<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(o:Organization) WHERE r.code IN $codes RETURN DISTINCT o.id AS id", { codes })
        ).records.map((r) => String(r.get("id"))),
      );
    let outsideSeen = 0;
    for (const regionCodes of [["510000"], ["610000"], ["510000", "610000"], ["510100"]]) {
      const inside = await insideOf(regionCodes);
      for (const limit of [3, 500]) {
        const key = JSON.stringify([regionCodes, limit]);
        const fromStore = await network(stored, { regionCodes, linkRule: "ONE_END", limit });
        const fresh = await network(computing, { regionCodes, linkRule: "ONE_END", limit });
        expect(fromStore.metricsComputedAt, key).not.toBeNull();
        expect(fresh.metricsComputedAt, key).toBeNull();
        expect(figures(fromStore), key).toEqual(figures(fresh));
        expect(fromStore.nodes.length, key).toBeGreaterThan(0);
        expect(fromStore.nodes.length, key).toBeLessThanOrEqual(limit);
        // Every link has an end inside; a node is marked outside exactly when it lies elsewhere.
        for (const link of fromStore.links) expect(inside.has(link.source) || inside.has(link.target), `${key} ${link.source}–${link.target}`).toBe(true);
        for (const node of fromStore.nodes) {
          expect(node.outsideRegions === true, `${key} ${node.id}`).toBe(!inside.has(node.id));
          // The figures are the country's, whichever regions are looked at.
          const whole = countryNode.get(node.id)!;
          expect({ degree: node.degree, betweenness: node.betweenness, community: node.community }, `${key} ${node.id}`).toEqual({ degree: whole.degree, betweenness: whole.betweenness, community: whole.community });
          if (node.outsideRegions) outsideSeen += 1;
        }
        if (limit === 500) {
          // Uncut, it holds every link of the organisations inside.
          const expected = country.links.filter((l) => inside.has(l.source) || inside.has(l.target));
          expect(fromStore.links.length, key).toBe(expected.length);
          expect(fromStore.totalLinks, key).toBe(expected.length);
        }
      }
    }
    expect(outsideSeen).toBeGreaterThan(0);
    // One province's is read as the recompute stored it, not assembled on request.
    expect((await database.read("MATCH (s:NetworkSummary {scope: 'one-end:510000'}) RETURN count(s) AS n")).records[0]!.get("n")).toBeGreaterThan(0);
    // Both ends, the API's default, is still the regions' own network.
    const both = await network(stored, { regionCodes: ["510000"], limit: 500 });
    expect(figures(both)).toEqual(figures(await network(stored, { regionCodes: ["510000"], linkRule: "BOTH_ENDS", limit: 500 })));
    for (const link of both.links) expect((await insideOf(["510000"])).has(link.source) && (await insideOf(["510000"])).has(link.target)).toBe(true);
  });

  it("give the coverage matrix the same cells as a computation on request", async () => {
    const context = freshContext();
    for (const regionLevel of ["province", "prefecture"]) {
      const stored = await coverageMatrix(context, { regionLevel, withinRegion: null, chainIds: null });
      const computed = await coverageCells(context, stored.regions.map((r) => r.code), null, { stored: false });
      expect(stored.cells.length).toBeGreaterThan(0);
      expect(stored.cells).toEqual(computed.cells);
    }
  });

  it("show a change marked stale until its recompute publishes, then the change", { timeout: 120_000 }, async () => {
    const keeper = new MetricsKeeper(database, { logger: createLogger("silent"), today: isoToday, pollMs: 60_000, settleMs: 10 });
    const context: ApiContext = { ...freshContext(), recompute: keeper };
    const before = await network(context, null);
    const link = (answer: typeof before) => answer.links.find((l) => l.source === "cptu" && l.target === "tianfu-battery");
    expect(link(before)?.weight).toBe(2);

    // agr-01 and agr-27 are the agreements between CPTU and Tianfu Test Battery: rejecting both ends their link.
    await reviewAgreement(context, "agr-01", "REJECT", null, "tester");
    await reviewAgreement(context, "agr-27", "REJECT", null, "tester");
    const stale = await network(context, null);
    expect(stale.metricsStale).toBe(true);
    expect(stale.nodes).toEqual(before.nodes);
    expect((await keeper.status()).stale).toBe(true);

    keeper.graphChanged();
    const status = await keeper.settled();
    expect(status).toMatchObject({ state: "idle", stale: false });
    const fresh = await network(context, null);
    expect(fresh.metricsStale).toBe(false);
    expect(link(fresh)).toBeUndefined();
    expect(fresh.nodes.find((n) => n.id === "cptu")!.weightedDegree).toBe(before.nodes.find((n) => n.id === "cptu")!.weightedDegree - 2);
    expect(figures(fresh)).toEqual(figures(await computedNetwork(freshContext(), normaliseNetworkFilter(null))));
    await keeper.stop();
  });

  it("survive a restart: a new keeper over the same store finds them current, and one over a changed store recomputes", { timeout: 120_000 }, async () => {
    const restarted = new MetricsKeeper(database, { logger: createLogger("silent"), today: isoToday, pollMs: 60_000 });
    expect(await restarted.status()).toMatchObject({ state: "idle", stale: false });
    const run = (await freshContext().analytics.readState()).metricsRun;

    // A change made while no server ran (an ingest from the command line, say).
    await reviewAgreement(freshContext(), "agr-02", "REJECT", null, "tester");
    const afterChange = new MetricsKeeper(database, { logger: createLogger("silent"), today: isoToday, pollMs: 60_000 });
    expect(await afterChange.status()).toMatchObject({ state: "waiting", stale: true });
    afterChange.start();
    await afterChange.settled();
    await afterChange.stop();
    const state = await freshContext().analytics.readState();
    expect(state.metricsRun).toBeGreaterThan(run!);
    expect(state.metricsGraphVersion).toBe(state.version);
    // Only the published run and the one before it are kept.
    const runs = await database.read("MATCH (m:OrganizationMetrics) RETURN collect(DISTINCT m.run) AS runs");
    expect((runs.records[0]!.get("runs") as number[]).length).toBeLessThanOrEqual(2);
  });

  it("are computed by one server at a time: a second claim waits for the first's lease", async () => {
    const claim = (runner: string) => database.write("MATCH (k:AtlasMeta {id: 'metrics'}) SET k.runner = $runner, k.leaseUntil = datetime() + duration('PT60S')", { runner });
    await claim("another-server");
    expect(await recomputeMetrics(database, { runner: "this-server", today: isoToday() })).toBeNull();
    await database.write("MATCH (k:AtlasMeta {id: 'metrics'}) SET k.runner = null, k.leaseUntil = null");
    expect(await recomputeMetrics(database, { runner: "this-server", today: isoToday() })).not.toBeNull();
  });
});

describe("the runs kept", () => {
  const stored = async () => {
    const result = await database.read(
      "MATCH (n) WHERE n:OrganizationMetrics OR n:NetworkSummary OR n:CoverageCellFigures WITH DISTINCT n.run AS run ORDER BY run RETURN collect(run) AS runs",
    );
    return (result.records[0]!.get("runs") as unknown[]).map(Number);
  };
  const recompute = async (failAt?: string) => {
    const result = await recomputeMetrics(database, {
      runner: "test",
      today: isoToday(),
      onProgress: ({ phase }) => {
        if (phase === failAt) throw new Error(`stopped at ${phase}`);
      },
    });
    return result!.run;
  };

  it("are the published one and the one before it, whatever failed in between", { timeout: 120_000 }, async () => {
    const first = await recompute();
    const second = await recompute();
    expect(await stored()).toEqual([first, second]);

    // A run that fails while computing (its first parts written), or after, leaves the published
    // runs as they were.
    await expect(recompute("computing")).rejects.toThrow("stopped at computing");
    await expect(recompute("coverage")).rejects.toThrow("stopped at coverage");
    expect((await stored()).slice(0, 2)).toEqual([first, second]);
    expect(await database.read("MATCH (k:AtlasMeta {id: 'metrics'}) RETURN k.run AS run, k.runner AS runner").then((r) => r.records[0]!.toObject())).toEqual({ run: second, runner: null });

    // The next publication keeps the run published before it, not the failed run's leftovers.
    const next = await recompute();
    expect(await stored()).toEqual([second, next]);
  });
});

describe("a briefing on stored metrics", () => {
  it("names the same central organisations as one computed on request", { timeout: 120_000 }, async () => {
    const { briefing } = await import("../../server/api/briefing.ts");
    await recomputeMetrics(database, { runner: "test", today: isoToday() });
    const stored = freshContext();
    const computing: ApiContext = { ...freshContext(), analytics: Object.assign(new AnalyticsCache(database), { readState: async () => ({ ...(await stored.analytics.readState()), metricsRun: null }) }) };
    for (const regionCode of [null, "510000", "610000", "510100"]) {
      const fromStore = await briefing(stored, regionCode, "2024-01-01", "2024-12-31");
      const fresh = await briefing(computing, regionCode, "2024-01-01", "2024-12-31");
      expect(fromStore.centralOrganizations.length, String(regionCode)).toBeGreaterThan(0);
      expect(fromStore, String(regionCode)).toEqual(fresh);
    }
  });
});
