import { badInput, overLimit } from "./api-error.ts";
import { read, type ApiContext } from "./api-context.ts";
import { searchCandidateCap, searchKeys } from "./search-text.ts";
import type { SearchHit } from "../../contract/api-types.ts";

/** The answer's shape, as api.graphql writes it (contract/api-types.ts is generated from it). */
export type { SearchHit } from "../../contract/api-types.ts";

export const searchLimits = { default: 10, max: 50 } as const;

/** What a search for more than any name holds is told. */
export const searchTooComplexMessage = "The search text is too long or too complex; search for fewer or shorter words.";

/**
 * Search over the names, Chinese names, aliases and codes of organisations, alliances and chains,
 * best first: a name equal to the text, then one starting with it, then one holding it, then one
 * holding its words apart (search-text.ts says how text is compared, search-names.cypher how it is found).
 */
export async function search(context: ApiContext, text: string, limit: number): Promise<SearchHit[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > searchLimits.max) {
    throw overLimit(`search's limit must be between 1 and ${searchLimits.max}, not ${limit}.`, "searchLimit");
  }
  const maxLength = context.limits.maxSearchTextLength;
  if (text.length > maxLength) {
    throw overLimit(`The search text is ${text.length} characters, over the limit of ${maxLength} (maxSearchTextLength); search for a name or a few words of one.`, "maxSearchTextLength");
  }
  const keys = searchKeys(text);
  if (keys === null) return [];
  if (keys === "too long") throw badInput(searchTooComplexMessage);
  // Typing asks the same prefixes again and again, from every visitor.
  return context.analytics.get(`search:${limit}:${JSON.stringify(keys)}`, () =>
    read<SearchHit>(context, "search-names", { ...keys, limit, cap: searchCandidateCap }),
  );
}
