import type { Database } from "../../server/db/database.ts";

/** One query as the API sent it: its text and parameters, exactly. */
export interface RecordedQuery {
  cypher: string;
  params: Record<string, unknown>;
  routing: "READ" | "WRITE";
}

/**
 * The same database, noting every query the API sends through it while recording. The benchmarks
 * replay the notes through the driver to measure "the same Cypher, directly" without restating any
 * resolver; test/integration/api-cypher.test.ts names them (named-queries.ts) to pin what each
 * API operation sends.
 */
export function recordingDatabase(database: Database): { database: Database; record<T>(run: () => Promise<T>): Promise<{ result: T; queries: RecordedQuery[] }> } {
  let queries: RecordedQuery[] | undefined;
  const wrapped: Database = {
    ...database,
    read: (cypher, params = {}, options) => {
      queries?.push({ cypher, params, routing: "READ" });
      return database.read(cypher, params, options);
    },
    write: (cypher, params = {}, options) => {
      queries?.push({ cypher, params, routing: "WRITE" });
      return database.write(cypher, params, options);
    },
  };
  return {
    database: wrapped,
    async record(run) {
      queries = [];
      try {
        const result = await run();
        return { result, queries };
      } finally {
        queries = undefined;
      }
    },
  };
}
