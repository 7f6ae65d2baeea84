/**
 * The limits every GraphQL request is held to. A request over one is refused with a message that
 * names the limit, before any work is done (or, for the timeout, when the database stops it; for
 * the answer's size, once the answer is known).
 */
export interface ApiLimits {
  /** Deepest nesting of fields a query may ask for. */
  maxDepth: number;
  /**
   * Highest cost a query may have: the most values its answer could hold, each list counted by
   * its `limit` (or a connection's `first`; 100 when it sets none), so nested lists multiply
   * (server/graphql/query-cost.ts). The dashboard's costliest query is 9,000; one agreement with
   * its parties and sources, none of them limited, is 60,300.
   */
  maxCost: number;
  /** Most aliases in one query (each alias is another run of its field). */
  maxAliases: number;
  /** Most tokens in one query document. */
  maxTokens: number;
  /** Largest `limit` or `first` a list may ask for. */
  maxPageSize: number;
  /** Neo4j's transaction timeout for each query an API request runs, in milliseconds. */
  queryTimeoutMs: number;
  /**
   * Longest query text, in UTF-8 bytes, checked before it is parsed (over GET and POST). Comments
   * count: the token limit does not see them, and every distinct text is parsed and cached. The
   * dashboard's longest query is under 1 KB.
   */
  maxQueryBytes: number;
  /** Largest answer sent, in bytes: a larger one is dropped, and the client told to ask for fewer rows. */
  maxAnswerBytes: number;
  /** Longest text `search` takes, in characters: a name is far shorter, and a long text only makes the full-text index work. */
  maxSearchTextLength: number;
}

export const defaultLimits: ApiLimits = {
  maxDepth: 10,
  maxCost: 100_000,
  maxAliases: 20,
  maxTokens: 2_000,
  maxPageSize: 1_000,
  queryTimeoutMs: 30_000,
  maxQueryBytes: 32 * 1024,
  maxAnswerBytes: 8 * 1024 * 1024,
  maxSearchTextLength: 200,
};
