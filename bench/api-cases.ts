import { BRIEFING_QUERY } from "../client/src/briefing/briefing-query.ts";
import { CHAIN_COVERAGE_QUERY, COVERAGE_MATRIX_QUERY } from "../client/src/coverage/coverage-queries.ts";
import { NETWORK_QUERY, SEARCH_QUERY } from "../client/src/network/network-query.ts";
import { ORG_PROFILE_QUERY } from "../client/src/org-profile/org-profile-query.ts";
import neo4j from "neo4j-driver";
import type { Database } from "../server/db/database.ts";
import { createRandom } from "../server/random.ts";
import { benchQuery } from "./bench-queries.ts";

/** The API questions the benchmark times, named as in results.json (`api.<name>`). */
export const apiCaseNames = ["coverage", "matrix", "network", "country", "profile", "search", "timeline", "briefing"] as const;
export type ApiCaseName = (typeof apiCaseNames)[number];

/** One kind of question: the dashboard's own GraphQL operation and one set of variables per request. */
export interface ApiCase {
  name: ApiCaseName;
  description: string;
  query: string;
  variables: Record<string, unknown>[];
}

// The timeline view's operation (client/src/timeline/timeline-query.ts), restated because that
// module's imports do not resolve under Node's rules; the fields are the ones the view asks for.
const TIMELINE_QUERY = /* GraphQL */ `query Timeline($filter: TimelineFilter, $interval: TimelineInterval) {
  timeline(filter: $filter, interval: $interval) {
    interval
    buckets { period type new ended }
    totals { period new ended cumulative }
    undated
  }
}
`;

/** Round-robin: n items from a list, reusing it when it is shorter than n. */
function take<T>(list: readonly T[], n: number): T[] {
  return Array.from({ length: n }, (_, i) => list[i % list.length]!);
}

/**
 * Variables for `perCase` requests of each kind, drawn from the loaded data with a seeded random:
 * the busiest provinces, organisations picked at random among those with agreements (so profiles
 * range from one partner to the largest hubs, as visitors' clicks do), and search text as a visitor
 * types it (the first two to four characters of a real name). Each request of a kind asks something
 * different, so a first request is measured each time and no answer is served from a cache.
 */
export async function pickApiCases(database: Database, options: { perCase: number; seed: number }): Promise<ApiCase[]> {
  const { perCase, seed } = options;
  const random = createRandom(seed, "bench-api-cases");
  const provinces = (await database.read<{ code: string }>(benchQuery("busiest-provinces"), { limit: neo4j.int(perCase) })).records.map((r) => r.get("code"));
  const chains = (await database.read<{ id: string; regionCode: string | null }>(benchQuery("chains"))).records.map((r) => ({ id: r.get("id") as string, place: r.get("regionCode") as string | null }));
  const organizations = (await database.read<{ id: string; name: string }>(benchQuery("organizations-with-agreements"))).records.map((r) => ({ id: r.get("id"), name: r.get("name") }));
  if (provinces.length === 0 || chains.length === 0 || organizations.length === 0) throw new Error("the benchmark database holds no organisations, chains or agreements");
  const sampled = Array.from({ length: perCase }, () => random.pick(organizations));
  const years = ["2021", "2022", "2023", "2024", "2025"];
  return [
    {
      name: "coverage",
      description: "chainCoverage of one chain in one province (a provincial or city chain in its own place)",
      query: CHAIN_COVERAGE_QUERY,
      variables: take(provinces, perCase).map((regionCode, i) => {
        const chain = chains[(i * 7) % chains.length]!;
        return { chainId: chain.id, regionCode: chain.place ?? regionCode };
      }),
    },
    {
      name: "matrix",
      description: "coverageMatrix: by province (the heat map), then by prefecture within a province (the map)",
      query: COVERAGE_MATRIX_QUERY,
      variables: [{ regionLevel: "province", withinRegion: null }, ...take(provinces, perCase - 1).map((code) => ({ regionLevel: "prefecture", withinRegion: code }))],
    },
    {
      name: "network",
      description: "network of one province as the explorer asks it by default (500 nodes, every link with one end inside)",
      query: NETWORK_QUERY,
      variables: take(provinces, perCase).map((code, i) => ({ filter: { regionCodes: [code], linkRule: "ONE_END", ...(i >= provinces.length ? { liveOnly: true } : {}) } })),
    },
    {
      name: "country",
      description: "network of the whole country, at node limits from 100 to 1,000 (each limit a question of its own)",
      query: NETWORK_QUERY,
      variables: take([500, 100, 1000, 200, 300, 400, 600, 700, 800, 900, 150, 250, 350, 450, 550, 650, 750, 850, 950, 50], perCase).map((limit) => ({ filter: { limit } })),
    },
    { name: "profile", description: "orgProfile of an organisation with agreements", query: ORG_PROFILE_QUERY, variables: sampled.map(({ id }) => ({ id })) },
    {
      name: "search",
      description: "search as typed: the first 2–4 characters of a name",
      query: SEARCH_QUERY,
      variables: sampled.map(({ name }, i) => ({ text: [...name].slice(0, 2 + (i % 3)).join(""), limit: 15 })),
    },
    {
      name: "timeline",
      description: "timeline of one province by month",
      query: TIMELINE_QUERY,
      variables: take(provinces, perCase).map((code, i) => ({ filter: { regionCodes: [code] }, interval: i >= provinces.length ? "YEAR" : "MONTH" })),
    },
    {
      name: "briefing",
      description: "briefing of one province for one year",
      query: BRIEFING_QUERY,
      variables: take(provinces, perCase).map((regionCode, i) => ({ regionCode, from: `${years[i % years.length]}-01-01`, to: `${years[i % years.length]}-12-31` })),
    },
  ];
}
