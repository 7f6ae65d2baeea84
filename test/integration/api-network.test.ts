// network(filter) over the api-small fixture: nodes, weighted links and metrics compared with the
// oracle (test/support/api-oracle.ts), which builds the network from agreements.csv and computes
// exact betweenness by enumerating every shortest path.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../server/db/database.ts";
import { ApiOracle, pairKey, queryData, type OracleNetworkFilter } from "../support/api-oracle.ts";
import { loadApiFixture } from "../support/api-fixture.ts";
import { postGraphQL, type TestServer } from "../support/test-server.ts";

interface ApiNode {
  id: string;
  name: string;
  nameZh: string | null;
  label: string;
  kind: string | null;
  regionCode: string | null;
  degree: number;
  weightedDegree: number;
  betweenness: number;
  community: number;
}

interface ApiNetwork {
  nodes: ApiNode[];
  links: { source: string; target: string; weight: number; firstOn: string | null; lastOn: string | null }[];
  truncated: boolean;
  totalNodes: number;
  totalLinks: number;
  betweenness: { method: string; sampleSize: number | null };
  communities: number;
  modularity: number | null;
}

const networkQuery = `query ($filter: NetworkFilter) {
  network(filter: $filter) {
    nodes { id name nameZh label kind regionCode degree weightedDegree betweenness community }
    links { source target weight firstOn lastOn }
    truncated totalNodes totalLinks
    betweenness { method sampleSize }
    communities modularity
  }
}`;

/** The barbell of the fixture (designed by hand): two triangles joined through sxtsi. */
const triangleA = ["xteu", "qujiang-software", "xian-test-government"];
const triangleB = ["sanqin-solar", "cqtec", "chaotianmen-modules"];

describe("network on the api-small fixture", () => {
  let database: Database;
  let server: TestServer;
  let oracle: ApiOracle;
  const network = async (filter?: OracleNetworkFilter & { limit?: number }) =>
    (await queryData<{ network: ApiNetwork }>(postGraphQL, server.url, networkQuery, { filter })).network;

  beforeAll(async () => {
    ({ database, server, oracle } = await loadApiFixture());
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  /**
   * The API's network equals the oracle's: the same links with the same weights, the same organisations
   * with links, each with its degree, weighted degree and (normalised over the API's node count) exact
   * betweenness. Whether organisations left without a link by a filter appear is not fixed by the
   * contract: they may, as nodes of degree 0 that pass the node filters.
   */
  /** The fixture's organisations party to any agreement (the two titanium enterprises are there for coverage and have none). */
  const withAgreements = () => oracle.fixture.orgs.filter((o) => oracle.fixture.agreements.some((a) => a.parties.includes(o.id)));

  function expectNetwork(api: ApiNetwork, filter: OracleNetworkFilter) {
    const where = JSON.stringify(filter);
    const expected = oracle.network(filter, api.totalNodes);
    const links = new Map(api.links.map((l) => [pairKey(l.source, l.target), l]));
    expect(links.size, `${where}: one link per pair`).toBe(api.links.length);
    expect(
      [...links].map(([key, l]) => `${key}:${l.weight}`).sort(),
      where,
    ).toEqual([...expected.links].map(([key, l]) => `${key}:${l.weight}`).sort());
    for (const [key, link] of expected.links) {
      expect({ firstOn: links.get(key)!.firstOn ?? undefined, lastOn: links.get(key)!.lastOn ?? undefined }, `${where} ${key}`).toEqual({ firstOn: link.firstOn, lastOn: link.lastOn });
    }
    const linked = api.nodes.filter((n) => n.degree > 0);
    expect(linked.map((n) => n.id).sort(), where).toEqual([...expected.nodes.keys()].sort());
    for (const node of api.nodes) {
      const at = `${where} ${node.id}`;
      const known = oracle.org(node.id);
      expect({ name: node.name, nameZh: node.nameZh, label: node.label, kind: node.kind, regionCode: node.regionCode }, at).toEqual({
        name: known.name,
        nameZh: known.nameZh ?? null,
        label: known.label,
        kind: known.kind ?? null,
        regionCode: known.regionCode ?? null,
      });
      expect(oracle.orgPasses(known, filter), `${at} passes the node filters`).toBe(true);
      const want = expected.nodes.get(node.id) ?? { degree: 0, weightedDegree: 0, betweenness: 0 };
      expect({ degree: node.degree, weightedDegree: node.weightedDegree }, at).toEqual({ degree: want.degree, weightedDegree: want.weightedDegree });
      expect(node.betweenness, `${at} betweenness`).toBeCloseTo(want.betweenness, 6);
    }
    expect(api.truncated, where).toBe(false);
    expect(api.totalNodes, where).toBe(api.nodes.length);
    expect(api.totalLinks, where).toBe(expected.links.size);
  }

  it("unfiltered: every organisation, link weights = shared agreements, degrees and exact betweenness", async () => {
    const api = await network();
    expectNetwork(api, {});
    expect(api.nodes.length).toBe(withAgreements().length); // every fixture organisation with an agreement
    expect(api.betweenness.method).toBe("exact");
    // Hand-designed: two organisations sharing two agreements.
    expect(api.links.find((l) => pairKey(l.source, l.target) === pairKey("cqtu", "yuzhou-recycling"))!.weight).toBe(2);
    // The bridge of the barbell lies on every path between the triangles: 9 of (n-1)(n-2)/2 pairs, plus
    // nothing else, as computed by hand (n = 22 organisations).
    expect(api.nodes.find((n) => n.id === "sxtsi")!.betweenness).toBeCloseTo(9 / ((21 * 20) / 2), 9);
  });

  it("communities: the two triangles of the barbell are two communities, apart from the rest", async () => {
    const api = await network();
    const community = new Map(api.nodes.map((n) => [n.id, n.community]));
    const a = new Set(triangleA.map((id) => community.get(id)));
    const b = new Set(triangleB.map((id) => community.get(id)));
    expect(a.size, "triangle A in one community").toBe(1);
    expect(b.size, "triangle B in one community").toBe(1);
    const [ca] = [...a];
    const [cb] = [...b];
    expect(ca).not.toBe(cb);
    const barbell = new Set([...triangleA, ...triangleB, "sxtsi"]);
    for (const node of api.nodes) {
      if (!barbell.has(node.id)) expect([ca, cb], `${node.id} is not connected to the barbell`).not.toContain(node.community);
    }
    expect([ca, cb]).toContain(community.get("sxtsi"));
    expect(api.communities).toBe(new Set(community.values()).size);
    expect(api.communities).toBeGreaterThanOrEqual(3); // the barbell's two and at least one in the other component
    if (api.modularity !== null) expect(api.modularity).toBeGreaterThan(0);
  });

  it("filter by region: a province includes its prefectures; a prefecture its counties", async () => {
    expectNetwork(await network({ regionCodes: ["610000"] }), { regionCodes: ["610000"] });
    expectNetwork(await network({ regionCodes: ["510100"] }), { regionCodes: ["510100"] });
    expectNetwork(await network({ regionCodes: ["510000", "500000"] }), { regionCodes: ["510000", "500000"] });
  });

  it("filter by labels", async () => {
    expectNetwork(await network({ labels: ["Institution", "Government"] }), { labels: ["Institution", "Government"] });
    expectNetwork(await network({ labels: ["Enterprise"] }), { labels: ["Enterprise"] });
  });

  it("filter by agreement types", async () => {
    expectNetwork(await network({ agreementTypes: ["joint_lab", "order_class"] }), { agreementTypes: ["joint_lab", "order_class"] });
  });

  it("filter by chains: agreements serving the chain or a segment of it, or with an enterprise operating in it", async () => {
    expectNetwork(await network({ chainIds: ["pv-chain"] }), { chainIds: ["pv-chain"] });
    expectNetwork(await network({ chainIds: ["ev-chain"] }), { chainIds: ["ev-chain"] });
  });

  it("filter by signing dates (from, to, both) and live agreements only", async () => {
    expectNetwork(await network({ from: "2024-01-01", to: "2024-12-31" }), { from: "2024-01-01", to: "2024-12-31" });
    expectNetwork(await network({ from: "2025-01-01" }), { from: "2025-01-01" });
    expectNetwork(await network({ to: "2022-12-31" }), { to: "2022-12-31" });
    expectNetwork(await network({ liveOnly: true }), { liveOnly: true });
  });

  it("filters combine: enterprises and institutions of 四川 through live agreements", async () => {
    const filter: OracleNetworkFilter = { regionCodes: ["510000"], labels: ["Institution", "Enterprise"], liveOnly: true };
    expectNetwork(await network(filter), filter);
  });

  it("a limit below the network's size keeps the endpoints of its strongest links, with whole-network metrics", async () => {
    const full = oracle.network({});
    // The rule of the API's docs, written again: links by weight, then the weaker end's weighted
    // degree, then the stronger end's, then ids; each taken while both its ends fit in the limit.
    const strength = (id: string) => full.nodes.get(id)!.weightedDegree;
    const ranked = [...full.links.values()]
      .map((l) => {
        const [source, target] = [l.source, l.target].sort();
        return { source: source!, target: target!, weight: l.weight, weaker: Math.min(strength(l.source), strength(l.target)), stronger: Math.max(strength(l.source), strength(l.target)) };
      })
      .sort((a, b) => b.weight - a.weight || b.weaker - a.weaker || b.stronger - a.stronger || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
    const limit = 5;
    const kept = new Set<string>();
    for (const link of ranked) {
      const missing = [link.source, link.target].filter((id) => !kept.has(id)).length;
      if (kept.size + missing <= limit) {
        kept.add(link.source);
        kept.add(link.target);
      }
    }
    expect(kept.size).toBe(limit);

    const api = await network({ limit });
    expect(api.truncated).toBe(true);
    expect(api.totalNodes).toBe(full.nodes.size);
    expect(api.totalLinks).toBe(full.links.size);
    expect(api.nodes.map((n) => n.id).sort()).toEqual([...kept].sort());
    for (const node of api.nodes) {
      const want = full.nodes.get(node.id)!;
      expect({ degree: node.degree, weightedDegree: node.weightedDegree }, node.id).toEqual({ degree: want.degree, weightedDegree: want.weightedDegree });
      expect(node.betweenness, node.id).toBeCloseTo(want.betweenness, 6);
      // Every node kept has a link to another kept node: no stray dots.
      expect(api.links.some((l) => l.source === node.id || l.target === node.id), node.id).toBe(true);
    }
    const expectedLinks = [...full.links.values()].filter((l) => kept.has(l.source) && kept.has(l.target)).map((l) => `${pairKey(l.source, l.target)}:${l.weight}`);
    expect(api.links.map((l) => `${pairKey(l.source, l.target)}:${l.weight}`).sort()).toEqual(expectedLinks.sort());
  });

  it("a limit at or above the network's size truncates nothing", async () => {
    const api = await network({ limit: withAgreements().length });
    expect(api.truncated).toBe(false);
    expect(api.nodes.length).toBe(withAgreements().length);
  });
});
