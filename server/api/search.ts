import { badInput, overLimit } from "./api-error.ts";
import { read, type ApiContext } from "./api-context.ts";
import { luceneQuery } from "./lucene-query.ts";
import type { SearchHit } from "../../contract/api-types.ts";

/** The answer's shape, as api.graphql writes it (contract/api-types.ts is generated from it). */
export type { SearchHit } from "../../contract/api-types.ts";

export const searchLimits = { default: 10, max: 50 } as const;

/** What a search the full-text index refused is told (the index's own words go to the server's log). */
export const searchTooComplexMessage = "The search text is too long or too complex; search for fewer or shorter words.";

/** Full-text search over the names and aliases of organisations, alliances and chains, best first. */
export async function search(context: ApiContext, text: string, limit: number): Promise<SearchHit[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > searchLimits.max) {
    throw overLimit(`search's limit must be between 1 and ${searchLimits.max}, not ${limit}.`, "searchLimit");
  }
  const maxLength = context.limits.maxSearchTextLength;
  if (text.length > maxLength) {
    throw overLimit(`The search text is ${text.length} characters, over the limit of ${maxLength} (maxSearchTextLength); search for a name or a few words of one.`, "maxSearchTextLength");
  }
  const query = luceneQuery(text);
  if (query === null) return [];
  // Typing asks the same prefixes again and again, from every visitor.
  return context.analytics.get(`search:${limit}:${query}`, () =>
    read<SearchHit>(context, "search-names", { query, limit }).catch((error: unknown) => {
      // The full-text procedure fails on a query it cannot run (too many clauses, one word too
      // long): the text's fault, said plainly. Anything else (a timeout, the database gone) as it is.
      if ((error as { code?: unknown }).code === "Neo.ClientError.Procedure.ProcedureCallFailed") throw badInput(searchTooComplexMessage, error as Error);
      throw error;
    }),
  );
}
