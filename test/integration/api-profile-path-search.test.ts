// orgProfile, path and search over the api-small fixture, compared with the oracle
// (test/support/api-oracle.ts) and the fixture's records.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../server/db/database.ts";
import { ApiOracle, pairKey, queryData } from "../support/api-oracle.ts";
import { loadApiFixture } from "../support/api-fixture.ts";
import { postGraphQL, type TestServer } from "../support/test-server.ts";

interface ApiProfile {
  organization: { id: string; name: string; nameZh: string | null; label: string; kind: string | null; regionCode: string | null };
  aliases: string[];
  region: { code: string; nameZh: string | null; level: string | null } | null;
  agreements: {
    id: string;
    type: string;
    title: string | null;
    signedOn: string | null;
    endsOn: string | null;
    status: string | null;
    live: boolean;
    parties: { id: string; label: string }[];
    serves: { id: string; kind: string; chainId: string | null }[];
    sources: { source: { id: string; url: string | null }; quote: string | null; offset: number | null }[];
  }[];
  partners: { organization: { id: string }; agreements: number; firstOn: string | null; lastOn: string | null }[];
  chains: { id: string }[];
  segments: { id: string }[];
  alliances: { id: string; name: string }[];
  sources: { source: { id: string } }[];
  metrics: { degree: number; weightedDegree: number; betweenness: number; community: number; betweennessRank: number; betweennessMethod: { method: string } };
  egoNetwork: { nodes: { id: string }[]; links: { source: string; target: string; weight: number }[] };
}

const profileQuery = `query ($id: ID!) {
  orgProfile(id: $id) {
    organization { id name nameZh label kind regionCode }
    aliases
    region { code nameZh level }
    agreements {
      id type title signedOn endsOn status live
      parties { id label }
      serves { id kind chainId }
      sources { source { id url } quote offset }
    }
    partners { organization { id } agreements firstOn lastOn }
    chains { id } segments { id } alliances { id name }
    sources { source { id } }
    metrics { degree weightedDegree betweenness community betweennessRank betweennessMethod { method } }
    egoNetwork { nodes { id } links { source target weight } }
  }
}`;

const networkQuery = `{ network { nodes { id degree weightedDegree betweenness community } } }`;

interface ApiPath {
  from: { id: string } | null;
  to: { id: string } | null;
  hops: number | null;
  paths: { nodes: { id: string }[]; steps: { source: string; target: string; weight: number; agreements: { id: string; signedOn: string | null }[] }[] }[];
}

const pathQuery = `query ($from: ID!, $to: ID!, $maxHops: Int) {
  path(fromId: $from, toId: $to, maxHops: $maxHops) {
    from { id } to { id } hops
    paths { nodes { id } steps { source target weight agreements { id signedOn } } }
  }
}`;

interface ApiHit {
  id: string;
  kind: string;
  name: string;
  nameZh: string | null;
  regionCode: string | null;
  score: number;
}
const searchQuery = `query ($text: String!, $limit: Int) { search(text: $text, limit: $limit) { id kind name nameZh regionCode score } }`;

const quote = "重庆测试科技大学与渝州测试再生集团共建实习基地（虚构的引文）。";

describe("orgProfile, path and search on the api-small fixture", () => {
  let database: Database;
  let server: TestServer;
  let oracle: ApiOracle;
  const query = <T>(text: string, variables: Record<string, unknown> = {}) => queryData<T>(postGraphQL, server.url, text, variables);

  beforeAll(async () => {
    ({ database, server, oracle } = await loadApiFixture({
      afterLoad: async (database) => {
        // Records of a dataset cite sources without a sentence; give one citation the quote an article would.
        await database.write("MATCH (:Agreement {id: 'agr-09'})-[e:EVIDENCED_BY]->(:Source {id: 'src-06'}) SET e.quote = $quote, e.offset = 42", { quote });
      },
    }));
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  const profile = async (id: string) => (await query<{ orgProfile: ApiProfile | null }>(profileQuery, { id })).orgProfile;

  /** What the fixture says of one organisation's agreements, partners and ego network. */
  function expectProfileMatchesFixture(api: ApiProfile, id: string) {
    const org = oracle.org(id);
    expect(api.organization).toEqual({ id, name: org.name, nameZh: org.nameZh ?? null, label: org.label, kind: org.kind ?? null, regionCode: org.regionCode ?? null });
    expect([...api.aliases].sort()).toEqual([...org.aliases].sort());
    expect(api.region?.code).toBe(org.regionCode);
    const agreements = oracle.fixture.agreements.filter((a) => a.parties.includes(id));
    expect(api.agreements.map((a) => a.id).sort()).toEqual(agreements.map((a) => a.id).sort());
    for (const agreement of agreements) {
      const got = api.agreements.find((a) => a.id === agreement.id)!;
      const at = `${id} ${agreement.id}`;
      expect(
        { type: got.type, title: got.title, signedOn: got.signedOn, endsOn: got.endsOn, status: got.status, live: got.live },
        at,
      ).toEqual({
        type: agreement.type,
        title: agreement.title ?? null,
        signedOn: agreement.signedOn ?? null,
        endsOn: agreement.endsOn ?? null,
        status: agreement.status ?? null,
        live: oracle.isLive(agreement),
      });
      expect(got.parties.map((p) => p.id).sort(), at).toEqual([...agreement.parties].sort());
      for (const party of got.parties) expect(party.label, at).toBe(oracle.org(party.id).label);
      expect(got.serves.map((t) => t.id).sort(), at).toEqual([...agreement.serves].sort());
      for (const target of got.serves) {
        const segment = oracle.fixture.segments.find((s) => s.id === target.id);
        expect({ kind: target.kind, chainId: target.chainId }, at).toEqual(segment ? { kind: "ChainSegment", chainId: segment.chain } : { kind: "IndustryChain", chainId: null });
      }
      expect(got.sources.map((s) => s.source.id).sort(), at).toEqual([...agreement.sources].sort());
      for (const source of got.sources) expect(source.source.url, at).toBe(oracle.fixture.sources.find((s) => s.id === source.source.id)!.url);
    }
    // Partners: one per organisation it shares agreements with, counting them (ended ones too), with first and last dates.
    const links = [...oracle.network().links.values()].filter((l) => l.source === id || l.target === id);
    const expectedPartners = links
      .map((l) => ({ organization: l.source === id ? l.target : l.source, agreements: l.weight, firstOn: l.firstOn ?? null, lastOn: l.lastOn ?? null }))
      .sort((a, b) => a.organization.localeCompare(b.organization));
    expect(
      api.partners.map((p) => ({ organization: p.organization.id, agreements: p.agreements, firstOn: p.firstOn, lastOn: p.lastOn })).sort((a, b) => a.organization.localeCompare(b.organization)),
    ).toEqual(expectedPartners);
    expect(api.sources.map((s) => s.source.id).sort()).toEqual([...org.sources].sort());
    // Ego network: it and its partners, and every link among them.
    const members = new Set([id, ...expectedPartners.map((p) => p.organization)]);
    expect(api.egoNetwork.nodes.map((n) => n.id).sort()).toEqual([...members].sort());
    const expectedLinks = [...oracle.network().links.values()].filter((l) => members.has(l.source) && members.has(l.target)).map((l) => `${pairKey(l.source, l.target)}:${l.weight}`);
    expect(api.egoNetwork.links.map((l) => `${pairKey(l.source, l.target)}:${l.weight}`).sort()).toEqual(expectedLinks.sort());
  }

  it("an institution: agreements with parties, live flags and sources with quotes; partners; ego network with links among partners", async () => {
    const api = (await profile("cqtu"))!;
    expectProfileMatchesFixture(api, "cqtu");
    const cited = api.agreements.find((a) => a.id === "agr-09")!.sources.find((s) => s.source.id === "src-06")!;
    expect(cited.quote).toBe(quote);
    expect(cited.offset).toBe(42);
    // Designed by hand: cqtip and qinling-recycling, both partners of cqtu, share agr-13; the ego network holds that link.
    expect(api.egoNetwork.links.some((l) => pairKey(l.source, l.target) === pairKey("cqtip", "qinling-recycling"))).toBe(true);
    expect(api.alliances.map((a) => a.id)).toEqual(["al-charging"]);
  });

  it("an institution with aliases, an alliance and agreements serving a chain's segment", async () => {
    const api = (await profile("mytvc"))!;
    expectProfileMatchesFixture(api, "mytvc");
    expect(api.region).toMatchObject({ code: "510700", nameZh: "绵阳市", level: "prefecture" });
    expect(api.alliances.map((a) => a.id)).toEqual(["al-charging"]);
    expect(api.chains.map((c) => c.id)).toEqual(["ev-chain"]); // agr-02 serves ev--tyres; al-charging serves ev--charging
  });

  it("an enterprise: the chains and segments it operates in", async () => {
    const api = (await profile("qinling-recycling"))!;
    expectProfileMatchesFixture(api, "qinling-recycling");
    expect(api.chains.map((c) => c.id)).toEqual(["ev-chain"]);
    expect(api.segments.map((s) => s.id)).toEqual(["ev--recycling"]);
    expect(api.alliances).toEqual([]);
  });

  it("metrics equal the node's in the whole network; the betweenness rank counts those above it", async () => {
    const nodes = (await query<{ network: { nodes: { id: string; degree: number; weightedDegree: number; betweenness: number; community: number }[] } }>(networkQuery)).network.nodes;
    const expected = oracle.network();
    for (const id of ["cqtu", "mytvc", "sxtsi", "panda-tyres"]) {
      const { metrics } = (await profile(id))!;
      const node = nodes.find((n) => n.id === id)!;
      const want = expected.nodes.get(id)!;
      expect({ degree: metrics.degree, weightedDegree: metrics.weightedDegree, community: metrics.community }, id).toEqual({
        degree: node.degree,
        weightedDegree: node.weightedDegree,
        community: node.community,
      });
      expect({ degree: metrics.degree, weightedDegree: metrics.weightedDegree }, id).toEqual({ degree: want.degree, weightedDegree: want.weightedDegree });
      expect(metrics.betweenness, id).toBeCloseTo(want.betweenness, 6);
      expect(metrics.betweennessMethod.method, id).toBe("exact");
      const above = [...expected.nodes.values()].filter((n) => n.betweenness > want.betweenness + 1e-9).length;
      const tied = [...expected.nodes.values()].filter((n) => Math.abs(n.betweenness - want.betweenness) <= 1e-9).length;
      expect(metrics.betweennessRank, id).toBeGreaterThanOrEqual(above + 1);
      expect(metrics.betweennessRank, id).toBeLessThanOrEqual(above + tied);
    }
    // mytvc is the most central organisation of the fixture (by the oracle).
    const top = [...expected.nodes.values()].sort((a, b) => b.betweenness - a.betweenness)[0]!;
    expect((await profile(top.id))!.metrics.betweennessRank).toBe(1);
  });

  it("an unknown organisation has no profile", async () => {
    expect(await profile("no-such-organisation")).toBeNull();
  });

  const path = async (from: string, to: string, maxHops?: number) => (await query<{ path: ApiPath }>(pathQuery, { from, to, maxHops })).path;

  /** Every shortest path the oracle finds, each step with its weight and agreements, most recent first. */
  function expectPaths(api: ApiPath, from: string, to: string, maxHops: number) {
    const expected = oracle.paths(from, to, maxHops);
    const at = `${from} → ${to} within ${maxHops}`;
    expect(api.from?.id, at).toBe(from);
    expect(api.to?.id, at).toBe(to);
    expect(api.hops, at).toBe(expected.length ? expected[0]!.length - 1 : null);
    expect(api.paths.map((p) => p.nodes.map((n) => n.id).join(" > ")).sort(), at).toEqual(expected.map((p) => p.join(" > ")).sort());
    const links = oracle.network().links;
    for (const found of api.paths) {
      const ids = found.nodes.map((n) => n.id);
      expect(found.steps.length, at).toBe(ids.length - 1);
      found.steps.forEach((step, i) => {
        expect([step.source, step.target], at).toEqual([ids[i], ids[i + 1]]);
        const link = links.get(pairKey(step.source, step.target))!;
        expect(step.weight, at).toBe(link.weight);
        expect(
          step.agreements.map((a) => a.id),
          `${at}: agreements of ${step.source}–${step.target}, most recent first`,
        ).toEqual(link.agreements.slice(0, 5));
      });
    }
  }

  it("path: two shortest paths of 3 links (designed: via yuzhou-recycling and via sc-test-edu-dept)", async () => {
    const api = await path("tianfu-battery", "mytvc");
    expectPaths(api, "tianfu-battery", "mytvc", 4);
    expect(api.hops).toBe(3);
    expect(api.paths).toHaveLength(2);
  });

  it("path: a step of weight 2 lists both agreements, most recent first", async () => {
    const api = await path("cqtu", "xtp");
    expectPaths(api, "cqtu", "xtp", 4);
    expect(api.paths[0]!.steps[1]!.agreements.map((a) => a.id)).toEqual(["agr-11", "agr-12"]);
  });

  it("path: none within maxHops 2 for organisations 3 links apart; none beyond the default 4; found with maxHops 5", async () => {
    const short = await path("tianfu-battery", "mytvc", 2);
    expect(short.hops).toBeNull();
    expect(short.paths).toEqual([]);
    const far = await path("panda-tyres", "jinjiang-charging");
    expectPaths(far, "panda-tyres", "jinjiang-charging", 4);
    expect(far.paths).toEqual([]);
    const reached = await path("panda-tyres", "jinjiang-charging", 5);
    expectPaths(reached, "panda-tyres", "jinjiang-charging", 5);
    expect(reached.hops).toBe(5);
  });

  it("path: none between organisations of different components", async () => {
    const api = await path("tianfu-battery", "sanqin-solar", 6);
    expect(api.hops).toBeNull();
    expect(api.paths).toEqual([]);
    expect(api.from?.id).toBe("tianfu-battery");
    expect(api.to?.id).toBe("sanqin-solar");
  });

  it("path: from an organisation to itself is 0 hops", async () => {
    const api = await path("cptu", "cptu");
    expect(api.hops).toBe(0);
    for (const found of api.paths) {
      expect(found.nodes.map((n) => n.id)).toEqual(["cptu"]);
      expect(found.steps).toEqual([]);
    }
  });

  const search = async (text: string, limit?: number) => (await query<{ search: ApiHit[] }>(searchQuery, { text, limit })).search;

  function expectFirst(hits: ApiHit[], id: string, kind: string) {
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.id).toBe(id);
    expect(hits[0]!.kind).toBe(kind);
    const scores = hits.map((h) => h.score);
    expect(scores, "best match first").toEqual([...scores].sort((a, b) => b - a));
  }

  it("search in Chinese: 石油 finds 成都石油测试大学 first", async () => {
    const hits = await search("石油");
    expectFirst(hits, "cptu", "Institution");
    expect(hits[0]).toMatchObject({ name: "Chengdu Petroleum Test University", nameZh: "成都石油测试大学", regionCode: "510100" });
    expectFirst(await search("秦岭测试循环"), "qinling-recycling", "Enterprise");
  });

  it("search in English", async () => {
    expectFirst(await search("Qinling"), "qinling-recycling", "Enterprise");
    expectFirst(await search("Chengdu Petroleum"), "cptu", "Institution");
  });

  it("search by an alias found nowhere in the names", async () => {
    expectFirst(await search("Fulin Academy"), "mytvc", "Institution");
    expectFirst(await search("涪林书院"), "mytvc", "Institution");
  });

  it("search finds alliances and chains too", async () => {
    expectFirst(await search("充电服务联盟"), "al-charging", "Alliance");
    expectFirst(await search("Test PV Chain"), "pv-chain", "IndustryChain");
  });

  it("search respects its limit", async () => {
    expect(await search("Test", 3)).toHaveLength(3);
    const all = await search("Test", 50);
    expect(all.length).toBeGreaterThan(10);
    expect(await search("Test")).toHaveLength(10); // the default
  });
});
