import type { Database } from "../../server/db/database.ts";

/** One query as the API sent it: its text and parameters, exactly. */
export interface RecordedQuery {
  cypher: string;
  params: Record<string, unknown>;
  routing: "READ" | "WRITE";
  /** How many queries of the recording had been answered when this one was sent: 0 for those sent together at the start. */
  answeredBefore: number;
}

/**
 * The same database, noting every query the API sends through it while recording. The benchmarks
 * replay the notes through the driver to measure "the same Cypher, directly" without restating any
 * resolver; test/integration/api-cypher.test.ts names them (named-queries.ts) to pin what each
 * API operation sends.
 */
export function recordingDatabase(database: Database): { database: Database; record<T>(run: () => Promise<T>): Promise<{ result: T; queries: RecordedQuery[] }> } {
  let queries: RecordedQuery[] | undefined;
  let answered = 0;
  const noted = <T>(answer: Promise<T>): Promise<T> => answer.finally(() => (answered += 1));
  const wrapped: Database = {
    ...database,
    read: (cypher, params = {}, options) => {
      queries?.push({ cypher, params, routing: "READ", answeredBefore: answered });
      return noted(database.read(cypher, params, options));
    },
    write: (cypher, params = {}, options) => {
      queries?.push({ cypher, params, routing: "WRITE", answeredBefore: answered });
      return noted(database.write(cypher, params, options));
    },
  };
  return {
    database: wrapped,
    async record(run) {
      queries = [];
      answered = 0;
      try {
        const result = await run();
        return { result, queries };
      } finally {
        queries = undefined;
      }
    },
  };
}
