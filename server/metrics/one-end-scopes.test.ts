import { describe, expect, it } from "vitest";
import { byEnds } from "../analytics/index.ts";
import { oneEndScopes } from "./one-end-scopes.ts";
import { scopeMetrics } from "./scope-metrics.ts";

const organizations = [
  { id: "chengdu-a", regionCodes: ["510000", "510100"] },
  { id: "chengdu-b", regionCodes: ["510000", "510100"] },
  { id: "mianyang", regionCodes: ["510000", "510700"] },
  { id: "xian", regionCodes: ["610000", "610100"] },
  { id: "baoji", regionCodes: ["610000", "610300"] },
  { id: "nowhere", regionCodes: [] },
];
const links = [
  { source: "chengdu-a", target: "chengdu-b", weight: 3 },
  { source: "chengdu-a", target: "mianyang", weight: 2 },
  { source: "mianyang", target: "nowhere", weight: 1 },
  { source: "xian", target: "chengdu-a", weight: 1 },
  { source: "xian", target: "baoji", weight: 4 },
].sort(byEnds);

function computed() {
  const { summary, nodes } = scopeMetrics(links);
  return oneEndScopes(organizations, links, { summary, nodes: new Map(nodes.map((n) => [n.orgId, n])) });
}

describe("oneEndScopes", () => {
  it("stores for each province every link with an end inside, and marks the partners elsewhere", () => {
    const { networks, organizations: rows } = computed();
    expect(networks.map((n) => [n.scope, n.totalNodes, n.totalLinks])).toEqual([
      ["one-end:510000", 5, 4],
      ["one-end:610000", 3, 2],
    ]);
    const sichuan = rows.filter((r) => r.scope === "one-end:510000");
    expect(sichuan.map((r) => [r.orgId, r.outside]).sort()).toEqual([
      ["chengdu-a", false],
      ["chengdu-b", false],
      ["mianyang", false],
      ["nowhere", true],
      ["xian", true],
    ]);
    // The partner in Shaanxi is outside Sichuan's network and inside its own province's.
    expect(rows.filter((r) => r.scope === "one-end:610000").map((r) => [r.orgId, r.outside]).sort()).toEqual([
      ["baoji", false],
      ["chengdu-a", true],
      ["xian", false],
    ]);
  });

  it("gives each organisation the country's figures and its place in this network's strongest order", () => {
    const { summary, nodes } = scopeMetrics(links);
    const country = new Map(nodes.map((n) => [n.orgId, n]));
    const { networks, organizations: rows } = computed();
    for (const row of rows) {
      const whole = country.get(row.orgId)!;
      expect({ degree: row.degree, betweenness: row.betweenness, community: row.community }).toEqual({ degree: whole.degree, betweenness: whole.betweenness, community: whole.community });
    }
    expect(networks[0]).toMatchObject({ communities: summary.communities, betweennessMethod: summary.betweennessMethod });
    // Shaanxi's strongest link (weight 4) comes first.
    const shaanxi = rows.filter((r) => r.scope === "one-end:610000").sort((a, b) => a.rank - b.rank);
    expect(shaanxi.slice(0, 2).map((r) => r.orgId).sort()).toEqual(["baoji", "xian"]);
  });
});
