// What each API operation the dashboard uses asks of Neo4j: the named queries it sends, in order
// (or, where an operation sends independent reads together, as a set with the order its reads
// depend on), with their parameters, on a cold cache over the api-small fixture; and what the same
// call sends again. A change to the Cypher an operation runs shows here as a diff of names and parameters.
// (The answers themselves are checked against the oracle in the other api-*.test.ts files.)
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AnalyticsCache } from "../../server/api/analytics-cache.ts";
import type { ApiContext } from "../../server/api/api-context.ts";
import { defaultLimits } from "../../server/api/api-limits.ts";
import { namedQuery } from "../../server/db/cypher-files.ts";
import { recomputeMetrics } from "../../server/metrics/recompute-metrics.ts";
import type { Database } from "../../server/db/database.ts";
import { resolvers, type RequestContext } from "../../server/graphql/resolvers.ts";
import { exportRoute } from "../../server/http/export-route.ts";
import { loadApiFixture } from "../support/api-fixture.ts";
import { inAnyOrder, namedCalls, queryNameOf, type NamedCall } from "../support/named-queries.ts";
import { recordingDatabase } from "../support/recording-database.ts";
import { postGraphQL, startTestServer } from "../support/test-server.ts";

// A fixed day: most queries take it (it decides which agreements are live).
const today = "2025-09-01";

/** The network query's parameters with no filter; each case below overrides what its filter sets. */
const noFilter = { regionCodes: null, labels: null, agreementTypes: null, chainIds: null, from: null, to: null, liveOnly: false, today };

/** Every organisation with a partner: the ends of the unfiltered network's links. */
const wholeNetwork = [
  "cptu", "tianfu-battery", "mytvc", "shu-motor", "jinjiang-charging", "sc-test-edu-dept", "sctp", "rongcheng-recycling", "yuzhou-recycling", "qinling-recycling", "cqtu",
  "xtp", "cqtip", "fujiang-materials", "panda-tyres", "qujiang-software", "xian-test-government", "xteu", "sxtsi", "sanqin-solar", "cqtec", "chaotianmen-modules",
];
/** The organisations with a partner when the network is filtered to 四川 (510000). */
const sichuanNetwork = ["cptu", "tianfu-battery", "mytvc", "shu-motor", "jinjiang-charging", "sc-test-edu-dept", "sctp", "rongcheng-recycling", "panda-tyres"];
/** The five most central organisations of the Sichuan network, as the briefing names them. */
const sichuanCentral = ["sc-test-edu-dept", "mytvc", "cptu", "tianfu-battery", "jinjiang-charging"];

/** Every province-level region of GB/T 2260, by code: the rows of the coverage view's matrix. */
const provinces = [
  "110000", "120000", "130000", "140000", "150000", "210000", "220000", "230000", "310000", "320000", "330000", "340000", "350000", "360000", "370000", "410000", "420000",
  "430000", "440000", "450000", "460000", "500000", "510000", "520000", "530000", "540000", "610000", "620000", "630000", "640000", "650000", "710000", "810000", "820000",
];
/** The prefectures of 四川, by code. */
const sichuanPrefectures = [
  "510100", "510300", "510400", "510500", "510600", "510700", "510800", "510900", "511000", "511100", "511300", "511400", "511500", "511600", "511700", "511800", "511900",
  "512000", "513200", "513300", "513400",
];

describe("the named queries each API operation sends", () => {
  let database: Database;
  let recorder: ReturnType<typeof recordingDatabase>;

  beforeAll(async () => {
    const fixture = await loadApiFixture({
      // The fixture's agreements are all reviewed; two extracted ones give the review queue something to list.
      afterLoad: async (database) => {
        await database.write("MATCH (a:Agreement) WHERE a.id IN ['agr-05', 'agr-22'] SET a.reviewStatus = 'unreviewed'");
      },
    });
    // Only the loaded database is needed: the calls below go straight to the resolvers.
    await fixture.server.close();
    database = fixture.database;
    recorder = recordingDatabase(database);
  });
  afterAll(async () => {
    await database?.close();
  });

  /**
   * The API's services over the recording database, with an empty cache. The cache reads the
   * graph's version through the plain database: that read is its bookkeeping, the same before
   * every lookup, and is pinned once at the end rather than in every operation.
   */
  function coldApi(): RequestContext {
    const api: ApiContext = { database: recorder.database, analytics: new AnalyticsCache(database), limits: defaultLimits, today: () => today };
    return { api };
  }

  /** The named queries `run` sends, in order, every one a read. */
  async function sent(run: () => Promise<unknown>): Promise<NamedCall[]> {
    const { queries } = await recorder.record(run);
    expect(queries.filter((q) => q.routing !== "READ").map((q) => queryNameOf(q.cypher)), "queries sent as writes").toEqual([]);
    return namedCalls(queries);
  }

  /**
   * Calls as a set: sorted by query name, then parameters. Reads an operation sends together go in
   * no fixed order; what must wait for what is pinned apart, with expectSentAfter.
   */
  function asSet(calls: readonly NamedCall[]): NamedCall[] {
    const key = (call: NamedCall) => `${call.query}\u0000${JSON.stringify(call.params)}`;
    return [...calls].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  }

  /** Every query named in `later` is sent after every query named in `earlier` (it needs their answers). */
  function expectSentAfter(calls: readonly NamedCall[], earlier: string[], later: string[]) {
    const names = calls.map((call) => call.query);
    const lastEarlier = Math.max(...earlier.map((name) => names.lastIndexOf(name)));
    const firstLater = Math.min(...later.map((name) => names.indexOf(name)));
    for (const name of [...earlier, ...later]) expect(names, `${name} is sent`).toContain(name);
    expect(firstLater, `${later.join(", ")} after ${earlier.join(", ")} in ${names.join(", ")}`).toBeGreaterThan(lastEarlier);
  }

  const query = resolvers.Query;

  it("chainCoverage in a region: the region with the chain's segments, then its enterprises with what serves it, then one read per tier of candidates with the region's place, then their evidence", async () => {
    const api = coldApi();
    const args = { chainId: "ev-chain", regionCode: "510000" };
    const params = { chainId: "ev-chain", regionCode: "510000", today };
    const calls = await sent(() => query.chainCoverage(null, args, api));
    expect(asSet(calls)).toEqual([
      { query: "chain-coverage-enterprises", params },
      { query: "chain-coverage-segments", params: { chainId: "ev-chain", regionCode: "510000" } },
      { query: "chain-coverage-serving", params },
      { query: "coverage-candidate-evidence", params: { agreementIds: expect.any(Array), allianceIds: expect.any(Array), organizationIds: expect.any(Array) } },
      { query: "coverage-candidates-chain-alliances", params },
      { query: "coverage-candidates-chain-partners", params },
      { query: "coverage-candidates-regional-fit", params: { regionCode: "510000", today, kinds: ["vocational_college", "technician_college", "junior_college", "university"] } },
      { query: "region-ancestry", params: { code: "510000" } },
      { query: "region-by-code", params: { code: "510000" } },
    ]);
    // Four round trips: what each step needs is what the one before it answered.
    const candidateReads = ["coverage-candidates-chain-partners", "coverage-candidates-chain-alliances", "coverage-candidates-regional-fit", "region-ancestry"];
    expectSentAfter(calls, ["chain-coverage-segments"], ["chain-coverage-enterprises", "chain-coverage-serving"]);
    expectSentAfter(calls, ["chain-coverage-enterprises", "chain-coverage-serving"], candidateReads);
    expectSentAfter(calls, candidateReads, ["coverage-candidate-evidence"]);
    expect(await sent(() => query.chainCoverage(null, args, api))).toEqual([]);
  });

  it("chainCoverage in the whole country reads no region", async () => {
    const api = coldApi();
    const params = { chainId: "ev-chain", regionCode: null, today };
    const calls = await sent(() => query.chainCoverage(null, { chainId: "ev-chain" }, api));
    expect(asSet(calls)).toEqual([
      { query: "chain-coverage-enterprises", params },
      { query: "chain-coverage-segments", params: { chainId: "ev-chain", regionCode: null } },
      { query: "chain-coverage-serving", params },
      { query: "coverage-candidate-evidence", params: { agreementIds: expect.any(Array), allianceIds: expect.any(Array), organizationIds: expect.any(Array) } },
      { query: "coverage-candidates-chain-alliances", params },
      { query: "coverage-candidates-chain-partners", params },
    ]);
    expectSentAfter(calls, ["chain-coverage-segments"], ["chain-coverage-enterprises", "chain-coverage-serving"]);
    expectSentAfter(calls, ["chain-coverage-enterprises", "chain-coverage-serving"], ["coverage-candidates-chain-partners", "coverage-candidates-chain-alliances"]);
    expectSentAfter(calls, ["coverage-candidates-chain-partners", "coverage-candidates-chain-alliances"], ["coverage-candidate-evidence"]);
    expect(await sent(() => query.chainCoverage(null, { chainId: "ev-chain" }, api))).toEqual([]);
  });

  it("coverageMatrix by province with no stored cells (the coverage view): the regions, then together the chains, two aggregates over all of them, and where chains with a place are judged", async () => {
    const api = coldApi();
    const args = { regionLevel: "province", withinRegion: null };
    const calls = await sent(() => query.coverageMatrix(null, args, api));
    expect(calls[0]).toEqual({ query: "coverage-matrix-regions", params: { regionLevel: "province", withinRegion: null, run: null, chainIds: null } });
    expect(asSet(calls.slice(1))).toEqual([
      { query: "coverage-matrix-chains", params: { chainIds: null } },
      { query: "coverage-matrix-enterprises", params: { regionCodes: provinces, chainIds: null, today } },
      { query: "coverage-matrix-places", params: { regionCodes: provinces, chainIds: null } },
      { query: "coverage-matrix-serving", params: { regionCodes: provinces, chainIds: null, today } },
    ]);
    expect(await sent(() => query.coverageMatrix(null, args, api))).toEqual([]);
  });

  it("coverageMatrix by prefecture within a province, for chosen chains (the map)", async () => {
    const api = coldApi();
    const args = { regionLevel: "prefecture", withinRegion: "510000", chainIds: ["ev-chain"] };
    const calls = await sent(() => query.coverageMatrix(null, args, api));
    expect(calls[0]).toEqual({ query: "coverage-matrix-regions", params: { regionLevel: "prefecture", withinRegion: "510000", run: null, chainIds: ["ev-chain"] } });
    expect(asSet(calls.slice(1))).toEqual([
      { query: "coverage-matrix-chains", params: { chainIds: ["ev-chain"] } },
      { query: "coverage-matrix-enterprises", params: { regionCodes: sichuanPrefectures, chainIds: ["ev-chain"], today } },
      { query: "coverage-matrix-places", params: { regionCodes: sichuanPrefectures, chainIds: ["ev-chain"] } },
      { query: "coverage-matrix-serving", params: { regionCodes: sichuanPrefectures, chainIds: ["ev-chain"], today } },
    ]);
    expect(await sent(() => query.coverageMatrix(null, args, api))).toEqual([]);
  });

  it("regionFigures (the map's figures): one aggregate over the regions of a level, cached", async () => {
    const api = coldApi();
    for (const args of [{ regionLevel: "province", withinRegion: null }, { regionLevel: "prefecture", withinRegion: "510000" }]) {
      expect(await sent(() => query.regionFigures(null, args, api))).toEqual([{ query: "region-figures", params: { ...args, today } }]);
      expect(await sent(() => query.regionFigures(null, args, api))).toEqual([]);
    }
  });

  it("network without a filter: the COLLABORATES_WITH projection, then its organisations; a smaller node limit cuts the same network", async () => {
    const api = coldApi();
    expect(await sent(() => query.network(null, { filter: { limit: 500 } }, api))).toEqual([
      { query: "network-collaborations", params: noFilter },
      // The ids come in the order of the links, which the query does not order.
      { query: "network-organizations", params: { ids: inAnyOrder(wholeNetwork) } },
    ]);
    expect(await sent(() => query.network(null, { filter: { limit: 500 } }, api))).toEqual([]);
    expect(await sent(() => query.network(null, { filter: { limit: 3 } }, api))).toEqual([]);
  });

  it("network filtered by region only stays on the projection", async () => {
    const api = coldApi();
    const args = { filter: { regionCodes: ["510000"], limit: 500 } };
    expect(await sent(() => query.network(null, args, api))).toEqual([
      { query: "network-collaborations", params: { ...noFilter, regionCodes: ["510000"] } },
      { query: "network-organizations", params: { ids: inAnyOrder(sichuanNetwork) } },
    ]);
    expect(await sent(() => query.network(null, args, api))).toEqual([]);
  });

  it("network of regions with one end inside (no stored metrics yet): the regions' members beside the whole network, which every choice of regions then shares", async () => {
    const api = coldApi();
    const args = { filter: { regionCodes: ["510000"], linkRule: "ONE_END" as const, limit: 500 } };
    const calls = await sent(() => query.network(null, args, api));
    expect(asSet(calls)).toEqual([
      { query: "network-collaborations", params: noFilter },
      { query: "network-organizations", params: { ids: inAnyOrder(wholeNetwork) } },
      { query: "network-region-members", params: { regionCodes: ["510000"] } },
    ]);
    // The members are not waited for: they go out with the network's first read.
    expect(calls[0]!.query === "network-region-members" || calls[1]!.query === "network-region-members").toBe(true);
    expect(await sent(() => query.network(null, args, api))).toEqual([]);
    expect(await sent(() => query.network(null, { filter: { ...args.filter, regionCodes: ["610000", "510000"] } }, api))).toEqual([
      { query: "network-region-members", params: { regionCodes: ["510000", "610000"] } },
    ]);
  });

  it("network filtered by agreement type, dates and liveness reads the agreements themselves", async () => {
    const api = coldApi();
    const args = { filter: { agreementTypes: ["order_class", "internship_base"], from: "2022-01-01", to: "2024-12-31", liveOnly: true, limit: 500 } };
    expect(await sent(() => query.network(null, args, api))).toEqual([
      // The lists go sorted: one cache entry however the dashboard orders its filter.
      { query: "network-agreement-links", params: { ...noFilter, agreementTypes: ["internship_base", "order_class"], from: "2022-01-01", to: "2024-12-31", liveOnly: true } },
      { query: "network-organizations", params: { ids: inAnyOrder(["cptu", "tianfu-battery", "mytvc", "qinling-recycling", "cqtu", "yuzhou-recycling", "fujiang-materials", "qujiang-software", "xteu"]) } },
    ]);
    expect(await sent(() => query.network(null, args, api))).toEqual([]);
  });

  it("orgProfile: the organisation with its agreements and its partners, then the whole network for its metrics and its ego network's links", async () => {
    const api = coldApi();
    const { queries } = await recorder.record(() => query.orgProfile(null, { id: "mytvc" }, api));
    // The first three are sent before any answer has come back.
    expect(queries.slice(0, 3).map((q) => q.answeredBefore)).toEqual([0, 0, 0]);
    const calls = namedCalls(queries);
    expect(asSet(calls)).toEqual([
      { query: "agreement-summaries", params: { ids: ["agr-03", "agr-24", "agr-08", "agr-07", "agr-02"], today } },
      { query: "ego-links", params: { ids: ["mytvc", "jinjiang-charging", "qinling-recycling", "sc-test-edu-dept", "shu-motor", "yuzhou-recycling"] } },
      { query: "network-collaborations", params: noFilter },
      { query: "network-organizations", params: { ids: inAnyOrder(wholeNetwork) } },
      { query: "org-agreement-ids", params: { id: "mytvc", limit: 500 } },
      { query: "org-partners", params: { id: "mytvc", limit: 200 } },
      { query: "org-profile", params: { id: "mytvc" } },
    ]);
    // The organisation, its agreements' ids and its partners are sent together, before anything else;
    // the agreements' second read overlaps the partners' and the network's: only each chain keeps its order.
    expect(asSet(calls.slice(0, 3)).map((call) => call.query), "sent together, first").toEqual(["org-agreement-ids", "org-partners", "org-profile"]);
    expectSentAfter(calls, ["org-agreement-ids"], ["agreement-summaries"]);
    // The ego network's links and the whole network (for the metrics) both wait for the partners, not for each other.
    expectSentAfter(calls, ["org-partners"], ["network-collaborations", "ego-links"]);
    expectSentAfter(calls, ["network-collaborations"], ["network-organizations"]);
    expect(await sent(() => query.orgProfile(null, { id: "mytvc" }, api))).toEqual([]);
  });

  it("path: both ends, the shortest paths, the agreements of each step and their summaries; not cached", async () => {
    const api = coldApi();
    const args = { fromId: "cptu", toId: "cqtu", maxHops: 4 };
    const expected = [
      { query: "organizations-by-id", params: { ids: ["cptu", "cqtu"] } },
      { query: "shortest-paths-within-4", params: { fromId: "cptu", toId: "cqtu", limit: 10 } },
      {
        query: "shared-agreement-ids",
        params: {
          pairs: [
            { source: "cptu", target: "yuzhou-recycling" },
            { source: "yuzhou-recycling", target: "cqtu" },
          ],
          perPair: 5,
        },
      },
      { query: "agreement-summaries", params: { ids: ["agr-10", "agr-09", "agr-06"], today } },
    ];
    expect(await sent(() => query.path(null, args, api))).toEqual(expected);
    expect(await sent(() => query.path(null, args, api))).toEqual(expected);
  });

  it("search: one query, the typed text made keys (whole, and the words that narrow), each lookup capped", async () => {
    const api = coldApi();
    const expected = [{ query: "search-names", params: { text: "xianuniversityoftechnology", terms: ["xian", "university", "technology"], seek: "university", limit: 8, cap: 500 } }];
    expect(await sent(() => query.search(null, { text: "Xi'an University of Technology", limit: 8 }, api))).toEqual(expected);
    // Another spelling of the same keys is the same question: answered from the cache.
    expect(await sent(() => query.search(null, { text: "XI’AN  university-of technology", limit: 8 }, api))).toEqual([]);
  });

  it("timeline: one aggregate, by year unfiltered (the network view's range of years) or by month filtered", async () => {
    const api = coldApi();
    expect(await sent(() => query.timeline(null, { interval: "YEAR" }, api))).toEqual([
      { query: "timeline-counts", params: { agreementTypes: null, chainIds: null, regionCodes: null, width: 4, today } },
    ]);
    expect(await sent(() => query.timeline(null, { interval: "YEAR" }, api))).toEqual([]);
    const filtered = { filter: { regionCodes: ["510000"], agreementTypes: ["order_class"], from: "2023-01-01", to: "2024-12-31" }, interval: "MONTH" as const };
    // The dates only choose which periods to show: the counts are the same query whatever they are.
    expect(await sent(() => query.timeline(null, filtered, api))).toEqual([
      { query: "timeline-counts", params: { agreementTypes: ["order_class"], chainIds: null, regionCodes: ["510000"], width: 7, today } },
    ]);
    expect(await sent(() => query.timeline(null, filtered, api))).toEqual([]);
  });

  it("briefing for a province: figures, partnerships, the region's network and coverage gaps together, then the sources of all their facts in one read", async () => {
    const api = coldApi();
    const args = { regionCode: "510000", from: "2024-01-01", to: "2024-12-31" };
    const period = { regionCode: "510000", from: "2024-01-01", to: "2024-12-31", previousFrom: "2023-01-01", previousTo: "2023-12-31" };
    const judged = ["ev-chain", "pv-chain", "sc-h2-chain"];
    const calls = await sent(() => query.briefing(null, args, api));
    const coverageParams = (chainId: string) => ({ chainId, regionCode: "510000", today });
    expect(asSet(calls)).toEqual([
      // The central organisations' agreements and their partners' groups (counted from the computed network: no run).
      { query: "briefing-central-reach", params: { ids: inAnyOrder(sichuanCentral), regionCode: "510000", run: null, scope: "510000" } },
      // The key figures in two reads, the agreements' part and the three others, which the database runs side by side.
      { query: "briefing-figures", params: { ...period, sampleSize: 10, parts: ["agreements"] } },
      { query: "briefing-figures", params: { ...period, sampleSize: 10, parts: ["organizations", "partnerships", "enterprises"] } },
      { query: "briefing-top-partnerships", params: { ...period, limit: 5 } },
      // Each gap's full coverage, as chainCoverage computes it: the briefing names gaps without candidates, so no candidate reads.
      { query: "chain-coverage-enterprises", params: coverageParams("ev-chain") },
      { query: "chain-coverage-enterprises", params: coverageParams("pv-chain") },
      { query: "chain-coverage-segments", params: { chainId: "ev-chain", regionCode: "510000" } },
      { query: "chain-coverage-segments", params: { chainId: "pv-chain", regionCode: "510000" } },
      { query: "chain-coverage-serving", params: coverageParams("ev-chain") },
      { query: "chain-coverage-serving", params: coverageParams("pv-chain") },
      { query: "chains-judged-in", params: { regionCode: "510000" } },
      // Sichuan's own chain (no segments, no enterprises: no gap) but not Shaanxi's.
      { query: "coverage-matrix-chains", params: { chainIds: judged } },
      { query: "coverage-matrix-enterprises", params: { regionCodes: ["510000"], chainIds: judged, today } },
      { query: "coverage-matrix-places", params: { regionCodes: ["510000"], chainIds: judged } },
      { query: "coverage-matrix-serving", params: { regionCodes: ["510000"], chainIds: judged, today } },
      { query: "network-collaborations", params: { ...noFilter, regionCodes: ["510000"] } },
      { query: "network-organizations", params: { ids: inAnyOrder(sichuanNetwork) } },
      // The region, read by the briefing and again by each gap's coverage.
      { query: "region-by-code", params: { code: "510000" } },
      { query: "region-by-code", params: { code: "510000" } },
      { query: "region-by-code", params: { code: "510000" } },
      // The facts of every section at once: the figures' and partnerships' agreements (collected by
      // queries that do not fix their order), the central organisations, the gaps' chains and uncovered segments.
      {
        query: "source-ids-of-facts",
        params: {
          ids: inAnyOrder([
            ...["agr-04", "agr-23", "agr-05", "agr-28", "agr-14", "agr-07", "agr-08", "agr-27", "agr-01", "agr-06", "agr-02"],
            ...["sc-test-edu-dept", "mytvc", "cptu", "tianfu-battery", "jinjiang-charging"],
            ...["pv-chain", "pv--silicon", "pv--modules", "ev-chain", "ev--software", "ev--recycling", "ev--tyres"],
          ]),
          perFact: 3,
        },
      },
      { query: "sources-by-id", params: { ids: inAnyOrder(["src-03", "src-06", "src-04", "src-05", "src-01", "src-02", "src-10"]) } },
    ]);
    // What must wait: the gaps' coverages for the matrix's ranking, the sources for every section, the sources' names last.
    expectSentAfter(calls, ["chains-judged-in"], ["coverage-matrix-chains", "coverage-matrix-enterprises", "coverage-matrix-serving", "coverage-matrix-places"]);
    expectSentAfter(calls, ["coverage-matrix-chains", "coverage-matrix-enterprises", "coverage-matrix-serving", "coverage-matrix-places"], ["chain-coverage-segments"]);
    expectSentAfter(calls, ["chain-coverage-segments"], ["chain-coverage-enterprises", "chain-coverage-serving"]);
    expect(calls.slice(-2).map((call) => call.query)).toEqual(["source-ids-of-facts", "sources-by-id"]);
    // The independent sections start together, before any answer has come back (the network's read
    // follows the cache's look-up of the graph's version, so it is not among these).
    expect(asSet(calls.slice(0, 5)).map((call) => call.query)).toEqual(["briefing-figures", "briefing-figures", "briefing-top-partnerships", "chains-judged-in", "region-by-code"]);
    expectSentAfter(calls, ["network-collaborations"], ["network-organizations"]);
    expectSentAfter(calls, ["briefing-figures", "briefing-top-partnerships", "network-organizations", "chain-coverage-enterprises", "chain-coverage-serving"], ["source-ids-of-facts"]);
    expect(await sent(() => query.briefing(null, args, api))).toEqual([]);
  });

  it("a briefing reads the sources of its facts once and those sources once, for a province and for the whole country", async () => {
    for (const regionCode of ["510000", "610000", null]) {
      const calls = await sent(() => query.briefing(null, { regionCode, from: "2023-07-01", to: "2024-06-30" }, coldApi()));
      const count = (name: string) => calls.filter((call) => call.query === name).length;
      expect(count("source-ids-of-facts"), `source-ids-of-facts for ${regionCode}`).toBe(1);
      expect(count("sources-by-id"), `sources-by-id for ${regionCode}`).toBe(1);
    }
  });

  it("reviewQueue: the queue, then its agreements' summaries; not cached", async () => {
    const api = coldApi();
    const expected = [
      { query: "review-queue", params: { limit: 50 } },
      { query: "agreement-summaries", params: { ids: ["agr-05", "agr-22"], today } },
    ];
    expect(await sent(() => query.reviewQueue(null, { limit: 50 }, api))).toEqual(expected);
    expect(await sent(() => query.reviewQueue(null, {}, api))).toEqual(expected);
  });

  it("the export route: GraphML, GEXF and both CSV tables of one filter share one network; another filter reads its own", async () => {
    const { api } = coldApi();
    const server: Server = express().get("/api/export", exportRoute(api)).listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const exported = (search: string) =>
      sent(async () => {
        const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/export?${search}`);
        expect(response.status, await response.text()).toBe(200);
      });
    try {
      expect(await exported("format=graphml")).toEqual([
        { query: "network-collaborations", params: noFilter },
        { query: "network-organizations", params: { ids: inAnyOrder(wholeNetwork) } },
      ]);
      expect(await exported("format=gexf")).toEqual([]);
      expect(await exported("format=csv&table=links")).toEqual([]);
      expect(await exported("format=csv&table=nodes")).toEqual([]);
      expect(await exported("format=graphml&regions=510000&types=order_class&live=1&limit=100")).toEqual([
        { query: "network-agreement-links", params: { ...noFilter, regionCodes: ["510000"], agreementTypes: ["order_class"], liveOnly: true } },
        { query: "network-organizations", params: { ids: inAnyOrder(["cptu", "tianfu-battery"]) } },
      ]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("the cache reads the graph's version before every lookup, and nothing else when it holds the answer", async () => {
    const analytics = new AnalyticsCache(recorder.database);
    expect(await sent(() => analytics.get("key", async () => 1))).toEqual([{ query: "graph-version", params: {} }]);
    expect(await sent(() => analytics.get("key", async () => 2))).toEqual([{ query: "graph-version", params: {} }]);
  });

  it("over HTTP, a first answer reads the graph's version once, for the answer cache and the resolvers together; a kept one reads only that", async () => {
    const server = await startTestServer(recorder.database);
    try {
      const ask = () => postGraphQL(server.url, '{ search(text: "Tianfu", limit: 3) { id } }');
      const first = await sent(ask);
      expect(first.map((call) => call.query)).toEqual(["graph-version", "search-names"]);
      expect(await sent(ask)).toEqual([{ query: "graph-version", params: {} }]);
    } finally {
      await server.close();
    }
  });

  it("with stored metrics published, the network, a profile and a briefing's central organisations read them by index", async () => {
    await recomputeMetrics(database, { runner: "api-cypher", today });
    try {
      const api = coldApi();
      const run = Number((await database.read("MATCH (k:AtlasMeta {id: 'metrics'}) RETURN k.run AS run")).records[0]!.get("run"));
      expect(await sent(() => query.network(null, { filter: { limit: 3 } }, api))).toEqual([
        { query: "stored-network", params: { run, scope: "country", limit: 3 } },
        { query: "stored-network-links", params: { ids: inAnyOrder(["cptu", "sc-test-edu-dept"]) } },
      ]);
      expect(await sent(() => query.network(null, { filter: { regionCodes: ["510000"], limit: 500 } }, api))).toEqual([
        { query: "stored-network", params: { run, scope: "510000", limit: 500 } },
        { query: "stored-network-links", params: { ids: inAnyOrder(sichuanNetwork) } },
      ]);
      const profile = await sent(() => query.orgProfile(null, { id: "mytvc" }, api));
      expect(profile.map((call) => call.query)).toContain("stored-organization-metrics");
      expect(profile.map((call) => call.query)).not.toContain("network-collaborations");
      const briefing = await sent(() => query.briefing(null, { regionCode: "510000", from: "2024-01-01", to: "2024-12-31" }, api));
      expect(asSet(briefing.filter((call) => call.query.startsWith("stored-") || call.query.startsWith("network-")))).toEqual([
        { query: "stored-central-organizations", params: { run, scope: "510000", limit: 5 } },
        // The gaps come from the region's stored coverage cells, with the segments they cover: no chainCoverage.
        { query: "stored-gap-cells", params: { run, regionCode: "510000", chainIds: ["ev-chain", "pv-chain", "sc-h2-chain"] } },
        { query: "stored-network", params: { run, scope: "510000", limit: 0 } },
      ]);
      expect(briefing.filter((call) => call.query.startsWith("chain-coverage-"))).toEqual([]);
      // The matrix: the regions with their stored cells, and the chains, read together; nothing computed.
      const matrix = await sent(() => query.coverageMatrix(null, { regionLevel: "province", withinRegion: null }, api));
      expect(asSet(matrix)).toEqual([
        { query: "coverage-matrix-chains", params: { chainIds: null } },
        { query: "coverage-matrix-regions", params: { regionLevel: "province", withinRegion: null, run, chainIds: null } },
      ]);
    } finally {
      // The tests above read computed networks: the published run goes with this test.
      await database.write("MATCH (k:AtlasMeta {id: 'metrics'}) DETACH DELETE k");
    }
  });

  it("refuses a text that is not one of cypher/queries, whitespace and all", () => {
    expect(() => queryNameOf("MATCH (n) RETURN count(n)")).toThrow(/Not the text of any file in cypher\/queries/);
    expect(queryNameOf(namedQuery("graph-version"))).toBe("graph-version");
    expect(() => queryNameOf(`${namedQuery("graph-version")}\n`)).toThrow(/Not the text/);
  });
});
