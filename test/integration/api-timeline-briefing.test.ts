// timeline and briefing over the api-small fixture, compared with the oracle (test/support/api-oracle.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../server/db/database.ts";
import { addDays, ApiOracle, pairKey, queryData } from "../support/api-oracle.ts";
import { loadApiFixture } from "../support/api-fixture.ts";
import { postGraphQL, type TestServer } from "../support/test-server.ts";

interface ApiTimeline {
  interval: string;
  buckets: { period: string; type: string; new: number; ended: number }[];
  totals: { period: string; new: number; ended: number; cumulative: number }[];
  undated: number;
}
const timelineQuery = `query ($filter: TimelineFilter, $interval: TimelineInterval) {
  timeline(filter: $filter, interval: $interval) {
    interval
    buckets { period type new ended }
    totals { period new ended cumulative }
    undated
  }
}`;

interface ApiBriefing {
  region: { code: string } | null;
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  undatedAgreements: number;
  figures: { key: string; value: number; previous: number; change: number; sourceIds: string[] }[];
  topPartnerships: { a: { id: string }; b: { id: string }; agreements: number; sourceIds: string[] }[];
  centralOrganizations: { organization: { id: string; regionCode: string | null }; betweenness: number; degree: number; sourceIds: string[] }[];
  coverageGaps: {
    chain: { id: string };
    segmentCoverage: number | null;
    enterpriseCoverage: number;
    uncoveredSegments: { id: string }[];
    uncoveredEnterpriseCount: number;
    sourceIds: string[];
  }[];
  sources: { id: string; url: string | null; title: string | null }[];
}
const briefingQuery = `query ($region: String, $from: Date!, $to: Date!) {
  briefing(regionCode: $region, from: $from, to: $to) {
    region { code } from to previousFrom previousTo undatedAgreements
    figures { key value previous change sourceIds }
    topPartnerships { a { id } b { id } agreements sourceIds }
    centralOrganizations { organization { id regionCode } betweenness degree sourceIds }
    coverageGaps { chain { id } segmentCoverage enterpriseCoverage uncoveredSegments { id } uncoveredEnterpriseCount sourceIds }
    sources { id url title }
  }
}`;

const figureKeys = ["liveAgreements", "newAgreements", "endedAgreements", "activeOrganizations", "newPartnerships", "partneredEnterprises"];

describe("timeline and briefing on the api-small fixture", () => {
  let database: Database;
  let server: TestServer;
  let oracle: ApiOracle;
  const query = <T>(text: string, variables: Record<string, unknown> = {}) => queryData<T>(postGraphQL, server.url, text, variables);

  beforeAll(async () => {
    ({ database, server, oracle } = await loadApiFixture());
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  const timeline = async (interval: "YEAR" | "MONTH", filter?: Record<string, unknown>) =>
    (await query<{ timeline: ApiTimeline }>(timelineQuery, { interval, filter })).timeline;
  const sortBuckets = (buckets: ApiTimeline["buckets"]) => [...buckets].sort((a, b) => a.period.localeCompare(b.period) || a.type.localeCompare(b.type));

  it("by year: new and ended per type per year, totals with live agreements at each year's end, undated apart", async () => {
    const api = await timeline("YEAR");
    const expected = oracle.timeline("YEAR");
    expect(api.interval).toBe("YEAR");
    expect(sortBuckets(api.buckets)).toEqual(expected.buckets);
    expect(api.totals).toEqual(expected.totals);
    expect(api.undated).toBe(expected.undated);
    // Designed by hand: signings in 2022–2025, three order classes ended in 2024 (one with status active).
    expect(api.totals.map((t) => t.period)).toEqual(["2022", "2023", "2024", "2025"]);
    expect(api.buckets.find((b) => b.period === "2024" && b.type === "order_class")!.ended).toBe(3);
  });

  it("by month: every month of 2024, each bucket and total as the oracle's", async () => {
    const api = await timeline("MONTH");
    const expected = oracle.timeline("MONTH");
    expect(api.interval).toBe("MONTH");
    const in2024 = <T extends { period: string }>(list: T[]) => list.filter((x) => x.period.startsWith("2024-"));
    expect(sortBuckets(in2024(api.buckets))).toEqual(in2024(expected.buckets));
    expect(in2024(api.totals)).toEqual(in2024(expected.totals));
    expect(in2024(api.totals)).toHaveLength(12);
    // And the whole series, from the first month with a signing or an ending to the last.
    expect(api.totals).toEqual(expected.totals);
    expect(sortBuckets(api.buckets)).toEqual(expected.buckets);
  });

  it("filtered by agreement type and by region (agreements with a party in it)", async () => {
    const byType = await timeline("YEAR", { agreementTypes: ["order_class"] });
    const expectedByType = oracle.timeline("YEAR", { agreementTypes: ["order_class"] });
    expect(sortBuckets(byType.buckets)).toEqual(expectedByType.buckets);
    expect(byType.totals).toEqual(expectedByType.totals);
    expect(byType.undated).toBe(expectedByType.undated);
    const byRegion = await timeline("YEAR", { regionCodes: ["610000"] });
    const expectedByRegion = oracle.timeline("YEAR", { regionCodes: ["610000"] });
    expect(sortBuckets(byRegion.buckets)).toEqual(expectedByRegion.buckets);
    expect(byRegion.totals).toEqual(expectedByRegion.totals);
    expect(byRegion.undated).toBe(expectedByRegion.undated);
  });

  const briefing = async (region: string | undefined, from: string, to: string) => (await query<{ briefing: ApiBriefing }>(briefingQuery, { region, from, to })).briefing;

  /** Every source id cited anywhere in the briefing is listed once in `sources`, and exists in the fixture. */
  function expectSourcesCited(api: ApiBriefing) {
    const listed = api.sources.map((s) => s.id);
    expect(new Set(listed).size, "each source once").toBe(listed.length);
    const known = new Map(oracle.fixture.sources.map((s) => [s.id, s]));
    for (const source of api.sources) {
      expect(known.has(source.id), source.id).toBe(true);
      expect(source.url, source.id).toBe(known.get(source.id)!.url);
    }
    const cited = [
      ...api.figures.flatMap((f) => f.sourceIds),
      ...api.topPartnerships.flatMap((p) => p.sourceIds),
      ...api.centralOrganizations.flatMap((c) => c.sourceIds),
      ...api.coverageGaps.flatMap((g) => g.sourceIds),
    ];
    for (const id of cited) expect(listed, `cited ${id} is in sources`).toContain(id);
    for (const id of listed) expect(cited, `listed ${id} is cited`).toContain(id);
  }

  /** The briefing's figures, partnerships and gaps equal the oracle's for the region and period. */
  function expectBriefing(api: ApiBriefing, region: string | undefined, from: string, to: string) {
    expect(api.region?.code ?? null).toBe(region ?? null);
    expect([api.from, api.to]).toEqual([from, to]);
    // "The period of the same length just before": it ends the day before; its length may be counted in
    // days or in calendar units, so the oracle takes the API's start once it is one of those.
    expect(api.previousTo).toBe(addDays(from, -1));
    const lengthInDays = (Date.parse(to) - Date.parse(from)) / 86_400_000;
    const starts = [addDays(api.previousTo, -lengthInDays), addDays(api.previousTo, -lengthInDays + 1)];
    // Whole months: the same number of months before.
    if (from.endsWith("-01") && addDays(to, 1).endsWith("-01")) {
      const months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
      const start = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1 - months;
      starts.push(`${Math.floor(start / 12)}-${String((start % 12) + 1).padStart(2, "0")}-01`);
    }
    expect(starts).toContain(api.previousFrom);

    const current = oracle.briefingFigures(region, from, to);
    const previous = oracle.briefingFigures(region, api.previousFrom, api.previousTo);
    expect(api.figures.map((f) => f.key).sort()).toEqual([...figureKeys].sort());
    for (const figure of api.figures) {
      const at = `${region ?? "country"} ${from}..${to} ${figure.key}`;
      expect({ value: figure.value, previous: figure.previous, change: figure.change }, at).toEqual({
        value: current[figure.key]!.value,
        previous: previous[figure.key]!.value,
        change: current[figure.key]!.value - previous[figure.key]!.value,
      });
      expect(figure.sourceIds.length, at).toBeLessThanOrEqual(10);
    }
    // The agreement figures cite the sources of the agreements they count.
    for (const key of ["newAgreements", "endedAgreements", "liveAgreements"]) {
      const allowed = new Set(current[key]!.facts.flatMap((id) => oracle.sourcesOfFact(id)));
      for (const id of api.figures.find((f) => f.key === key)!.sourceIds) expect(allowed.has(id), `${key} cites ${id}`).toBe(true);
    }

    // Top partnerships: pairs with agreements signed in the period, most first, counts as the oracle's.
    const partnerships = oracle.partnerships(region, from, to);
    const counts = new Map(partnerships.map((p) => [p.key, p]));
    expect(api.topPartnerships.length).toBeGreaterThan(0);
    const agreements = api.topPartnerships.map((p) => p.agreements);
    expect(agreements).toEqual([...agreements].sort((a, b) => b - a));
    for (const partnership of api.topPartnerships) {
      const key = pairKey(partnership.a.id, partnership.b.id);
      expect(counts.get(key)?.agreements, key).toBe(partnership.agreements);
      const allowed = new Set(counts.get(key)!.ids.flatMap((id) => oracle.sourcesOfFact(id)));
      for (const id of partnership.sourceIds) expect(allowed.has(id), `${key} cites ${id}`).toBe(true);
    }
    // Every pair with the most agreements is among the top ones.
    const most = partnerships[0]!.agreements;
    const shown = new Set(api.topPartnerships.map((p) => pairKey(p.a.id, p.b.id)));
    for (const p of partnerships.filter((p) => p.agreements === most)) expect(shown.has(p.key), p.key).toBe(true);

    // Central organisations: the most central of the region's network (as network(filter: {regionCodes})
    // gives it), most central first, with their degree and betweenness there.
    expect(api.centralOrganizations.length).toBeGreaterThan(0);
    const betweenness = api.centralOrganizations.map((c) => c.betweenness);
    expect(betweenness).toEqual([...betweenness].sort((a, b) => b - a));
    const regional = oracle.network(region ? { regionCodes: [region] } : {});
    for (const central of api.centralOrganizations) {
      const id = central.organization.id;
      expect(oracle.isIn(oracle.org(id), region), `${id} is in ${region}`).toBe(true);
      expect(central.degree, id).toBe(regional.nodes.get(id)!.degree);
      expect(central.betweenness, id).toBeCloseTo(regional.nodes.get(id)!.betweenness, 6);
      const allowed = new Set([id, ...oracle.fixture.agreements.filter((a) => a.parties.includes(id)).map((a) => a.id)].flatMap((fact) => oracle.sourcesOfFact(fact)));
      for (const source of central.sourceIds) expect(allowed.has(source), `${id} cites ${source}`).toBe(true);
    }
    const lowest = Math.min(...betweenness);
    const shownCentral = new Set(api.centralOrganizations.map((c) => c.organization.id));
    for (const node of regional.nodes.values()) {
      if (node.betweenness > lowest + 1e-9) expect(shownCentral.has(node.id), `${node.id} is more central than one shown`).toBe(true);
    }

    // Coverage gaps: each as chainCoverage in the region; every chain with a gap there is named.
    for (const gap of api.coverageGaps) {
      const expected = oracle.chainCoverage(gap.chain.id, region);
      if (expected.segmentCoverage === undefined) expect(gap.segmentCoverage, gap.chain.id).toBeNull();
      else expect(gap.segmentCoverage, gap.chain.id).toBeCloseTo(expected.segmentCoverage, 9);
      expect(gap.enterpriseCoverage, gap.chain.id).toBeCloseTo(expected.enterpriseCoverage, 9);
      expect(gap.uncoveredSegments.map((s) => s.id).sort(), gap.chain.id).toEqual(
        expected.segments
          .filter((s) => !s.covered)
          .map((s) => s.segment)
          .sort(),
      );
      expect(gap.uncoveredEnterpriseCount, gap.chain.id).toBe(expected.uncoveredEnterprises.length);
    }
    // Chains belong to their place: one judged elsewhere is never a gap here.
    for (const gap of api.coverageGaps) expect(oracle.judgedRegion(gap.chain.id, region), `${gap.chain.id} is judged in ${region}`).not.toBeNull();
    for (const chain of oracle.fixture.chains) {
      if (oracle.judgedRegion(chain.id, region) === null) continue;
      const expected = oracle.chainCoverage(chain.id, region);
      if (expected.coveredSegmentCount < expected.segmentCount || expected.uncoveredEnterprises.length > 0) {
        expect(api.coverageGaps.map((g) => g.chain.id), `${chain.id} has a gap in ${region}`).toContain(chain.id);
      }
    }
    expectSourcesCited(api);
  }

  it("every figure with a value cites the sources of the facts it counts", async () => {
    for (const [region, from, to] of [
      ["510000", "2024-01-01", "2024-12-31"],
      [undefined, "2025-01-01", "2025-06-30"],
    ] as const) {
      const api = await briefing(region, from, to);
      const current = oracle.briefingFigures(region, from, to);
      for (const figure of api.figures) {
        const at = `${region ?? "country"} ${from}..${to} ${figure.key} = ${figure.value}`;
        if (figure.value > 0) expect.soft(figure.sourceIds.length, `${at} cites its sources`).toBeGreaterThan(0);
        // The facts counted: agreements, organisations (and their agreements), or pairs (and their agreements).
        const facts = current[figure.key]!.facts.flatMap((fact) => fact.split("|"));
        const related = oracle.fixture.agreements.filter((a) => a.parties.some((p) => facts.includes(p))).map((a) => a.id);
        const allowed = new Set([...facts, ...related].flatMap((fact) => oracle.sourcesOfFact(fact)));
        for (const id of figure.sourceIds) expect.soft(allowed.has(id), `${at} cites ${id}`).toBe(true);
      }
    }
  });

  it("one definition of live: the briefing's live agreements at a period's end are the timeline's live at the end of that period", async () => {
    const live = (api: ApiBriefing) => api.figures.find((f) => f.key === "liveAgreements")!.value;
    for (const region of [undefined, "510000", "610000"]) {
      const filter = region === undefined ? undefined : { regionCodes: [region] };
      const [years, months] = await Promise.all([timeline("YEAR", filter), timeline("MONTH", filter)]);
      expect(years.totals.length, `${region} has dated agreements`).toBeGreaterThan(1);
      for (const total of years.totals) {
        const api = await briefing(region, `${total.period}-01-01`, `${total.period}-12-31`);
        expect(live(api), `${region ?? "country"} at the end of ${total.period}`).toBe(total.cumulative);
        expect(api.undatedAgreements, `${region ?? "country"} undated`).toBe(years.undated);
      }
      // Every fifth month, to the last day of the month.
      for (const total of months.totals.filter((_, i) => i % 5 === 0)) {
        const [year, month] = total.period.split("-").map(Number) as [number, number];
        const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
        const end = addDays(next, -1);
        const api = await briefing(region, `${total.period}-01`, end);
        expect(live(api), `${region ?? "country"} at ${end}`).toBe(total.cumulative);
      }
    }
  });

  it("central organisations are ranked in words a leader reads: rank, the region's agreements they are party to, the groups their partners are in", async () => {
    const region = "510000";
    const { briefing: api } = await query<{
      briefing: { regionAgreements: number; centralOrganizations: { organization: { id: string }; rank: number; agreements: number; partnerGroups: number }[] };
    }>(`query ($region: String) { briefing(regionCode: $region, from: "2024-01-01", to: "2024-12-31") {
      regionAgreements centralOrganizations { organization { id } rank agreements partnerGroups } } }`, { region });
    const inRegion = oracle.fixture.agreements.filter((a) => a.parties.some((p) => oracle.isIn(oracle.org(p), region)));
    expect(api.regionAgreements).toBe(inRegion.length);
    const regional = oracle.network({ regionCodes: [region] });
    expect(api.centralOrganizations.map((c) => c.rank)).toEqual(api.centralOrganizations.map((_, i) => i + 1));
    for (const central of api.centralOrganizations) {
      const id = central.organization.id;
      expect(central.agreements, id).toBe(inRegion.filter((a) => a.parties.includes(id)).length);
      // Groups are the network's communities: count those of its partners as the API's network gives them.
      const net = (await query<{ network: { nodes: { id: string; community: number }[] } }>(
        `query ($r: [String!]) { network(filter: { regionCodes: $r, limit: 5000 }) { nodes { id community } } }`,
        { r: [region] },
      )).network;
      const community = new Map(net.nodes.map((n) => [n.id, n.community]));
      const partners = [...regional.links.values()].flatMap((l) => (l.source === id ? [l.target] : l.target === id ? [l.source] : []));
      expect(central.partnerGroups, id).toBe(new Set(partners.map((p) => community.get(p))).size);
    }
  });

  it("a province and a year: figures with the previous year and the change, partnerships, central organisations, gaps, sources", async () => {
    const api = await briefing("510000", "2024-01-01", "2024-12-31");
    expectBriefing(api, "510000", "2024-01-01", "2024-12-31");
    // Designed by hand: the strongest partnership of 2024 in 四川 signed two agreements.
    expect(pairKey(api.topPartnerships[0]!.a.id, api.topPartnerships[0]!.b.id)).toBe(pairKey("cptu", "sc-test-edu-dept"));
    expect(api.topPartnerships[0]!.agreements).toBe(2);
  });

  it("the whole country over half a year", async () => {
    expectBriefing(await briefing(undefined, "2025-01-01", "2025-06-30"), undefined, "2025-01-01", "2025-06-30");
  });

  it("another province and period", async () => {
    expectBriefing(await briefing("610000", "2023-07-01", "2024-06-30"), "610000", "2023-07-01", "2024-06-30");
  });
});
