import { badInput, overLimit } from "./api-error.ts";
import { read, type ApiContext } from "./api-context.ts";
import { agreementSummaries } from "./agreement-summaries.ts";
import type { OrgRef } from "./api-types.ts";
import type { PathResult } from "../../contract/api-types.ts";

/** The answer's shape, as api.graphql writes it (contract/api-types.ts is generated from it). */
export type { PathStep, PathResult } from "../../contract/api-types.ts";

export const pathLimits = { defaultHops: 4, maxHops: 6, paths: 10, agreementsPerStep: 5 } as const;

/**
 * The named query that searches within each maxHops, 1 to pathLimits.maxHops: the bound is the
 * pattern's own, because Cypher takes no parameter as a variable-length bound, and a length checked
 * after the search makes Neo4j fall back to enumerating every path when the search finds none (on
 * 4,000 organisations with about 8 partners each, 190,000 db hits between two that are not
 * connected, against about 1,100; test/integration/api-path-bounds.test.ts).
 */
export const pathQueries: readonly string[] = [
  "shortest-paths-within-1",
  "shortest-paths-within-2",
  "shortest-paths-within-3",
  "shortest-paths-within-4",
  "shortest-paths-within-5",
  "shortest-paths-within-6",
];

/**
 * The shortest cooperation paths between two organisations (at most 10), each link with the
 * agreements that make it. Neo4j's allShortestPaths over COLLABORATES_WITH, bounded by maxHops: a
 * bidirectional breadth-first search, so its cost grows with the neighbourhoods of the two ends
 * within maxHops, not the whole graph; between organisations that are not connected it ends once
 * either side has nothing left to meet.
 */
export async function shortestPaths(context: ApiContext, fromId: string, toId: string, maxHops: number): Promise<PathResult> {
  if (!Number.isInteger(maxHops) || maxHops < 1) throw badInput(`maxHops must be a whole number of at least 1, not ${maxHops}.`);
  if (maxHops > pathLimits.maxHops) throw overLimit(`maxHops of ${maxHops} is over the maximum of ${pathLimits.maxHops}.`, "maxHops");
  const ends = await read<{ organization: OrgRef }>(context, "organizations-by-id", { ids: [fromId, toId] });
  const from = ends.find((r) => r.organization.id === fromId)?.organization ?? null;
  const to = ends.find((r) => r.organization.id === toId)?.organization ?? null;
  if (!from) throw badInput(`No organisation has the id "${fromId}".`);
  if (!to) throw badInput(`No organisation has the id "${toId}".`);
  if (fromId === toId) return { from, to, hops: 0, paths: [{ nodes: [from], steps: [] }] };

  const rows = await read<{ nodes: OrgRef[]; weights: number[] }>(context, pathQueries[maxHops - 1]!, { fromId, toId, limit: pathLimits.paths });
  if (rows.length === 0) return { from, to, hops: null, paths: [] };

  const pairs = new Map<string, { source: string; target: string }>();
  for (const row of rows) {
    for (let i = 0; i + 1 < row.nodes.length; i++) {
      const [source, target] = [row.nodes[i]!.id, row.nodes[i + 1]!.id];
      pairs.set(`${source}\u0000${target}`, { source, target });
    }
  }
  const shared = await read<{ source: string; target: string; ids: string[] }>(context, "shared-agreement-ids", {
    pairs: [...pairs.values()],
    perPair: pathLimits.agreementsPerStep,
  });
  const summaries = new Map((await agreementSummaries(context, [...new Set(shared.flatMap((s) => s.ids))])).map((a) => [a.id, a]));
  const agreementsOf = new Map(shared.map((s) => [`${s.source}\u0000${s.target}`, s.ids.flatMap((id) => summaries.get(id) ?? [])]));

  const paths = rows.map((row) => ({
    nodes: row.nodes,
    steps: row.weights.map((weight, i) => {
      const [source, target] = [row.nodes[i]!.id, row.nodes[i + 1]!.id];
      return { source, target, weight, agreements: agreementsOf.get(`${source}\u0000${target}`) ?? [] };
    }),
  }));
  return { from, to, hops: rows[0]!.weights.length, paths };
}
