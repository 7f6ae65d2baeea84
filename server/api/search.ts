import { overLimit } from "./api-error.ts";
import { read, type ApiContext } from "./api-context.ts";
import { luceneQuery } from "./lucene-query.ts";
import type { SearchHit } from "../../contract/api-types.ts";

/** The answer's shape, as api.graphql writes it (contract/api-types.ts is generated from it). */
export type { SearchHit } from "../../contract/api-types.ts";

export const searchLimits = { default: 10, max: 50 } as const;

/** Full-text search over the names and aliases of organisations, alliances and chains, best first. */
export async function search(context: ApiContext, text: string, limit: number): Promise<SearchHit[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > searchLimits.max) {
    throw overLimit(`search's limit must be between 1 and ${searchLimits.max}, not ${limit}.`, "searchLimit");
  }
  const query = luceneQuery(text);
  if (query === null) return [];
  // Typing asks the same prefixes again and again, from every visitor.
  return context.analytics.get(`search:${limit}:${query}`, () => read<SearchHit>(context, "search-names", { query, limit }));
}
