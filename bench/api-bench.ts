import { clientDir } from "../server/client-build.ts";
import type { Database } from "../server/db/database.ts";
import { buildSchema } from "../server/graphql/build-schema.ts";
import { createHttpServer } from "../server/http/app.ts";
import type { Logger } from "../server/logger.ts";
import type { ApiCase } from "./api-cases.ts";
import { postGraphql } from "./bench-server.ts";
import { recordingDatabase, type RecordedQuery } from "../test/support/recording-database.ts";
import { profileHits, replay } from "./replay-cypher.ts";
import { round, summarize, type Summary } from "./stats.ts";

export interface ApiFigures {
  description: string;
  requests: number;
  /** GraphQL over HTTP, each request a question not asked before (computed, not cached). */
  p50Ms: number;
  p95Ms: number;
  /** The same requests again: what a repeated question costs once its answer is cached. */
  cachedP50Ms: number;
  cachedP95Ms: number;
  /** The Cypher those requests ran, sent straight through the driver, one query after another (each beside its request: timePairs). */
  cypherP50Ms: number;
  cypherP95Ms: number;
  /** p95 over HTTP divided by the p95 of its Cypher: the price of everything that is not the database. */
  overP95: number;
  /** The median, over requests, of each request's time over HTTP divided by its own Cypher's: the same price, paired. */
  overPairedMedian?: number;
  queriesPerRequest: number;
  /** Database hits of one request's queries under PROFILE (median and largest over the profiled requests). */
  dbHits: { median: number; max: number; profiled: number };
  graphql: Summary;
  cached: Summary;
  cypher: Summary;
}

export interface ApiBenchOptions {
  /** The server under test (`npm start` in its own process). */
  serverUrl: string;
  database: Database;
  cases: ApiCase[];
  logger: Logger;
  /** Requests of each kind profiled with PROFILE (default 2; PROFILE runs the query again). */
  profiled?: number;
  onProgress?: (line: string) => void;
}

/**
 * Records the Cypher each request runs, by answering it once in this process through a database
 * that notes every query (the same app and resolvers as the server, over the same data).
 */
async function recordQueries(database: Database, cases: ApiCase[], logger: Logger): Promise<Map<ApiCase, RecordedQuery[][]>> {
  const recorder = recordingDatabase(database);
  const schema = await buildSchema(database.driverForGraphQL(), {});
  const server = await createHttpServer({ database: recorder.database, schema, logger, clientDir });
  const port = await server.listen(0, "127.0.0.1");
  const url = `http://127.0.0.1:${port}`;
  try {
    // The stored metrics are current (the server under test recomputed them at its start): this
    // server reads them as it does.
    const recorded = new Map<ApiCase, RecordedQuery[][]>();
    for (const apiCase of cases) {
      const lists: RecordedQuery[][] = [];
      for (const variables of apiCase.variables) {
        const { queries } = await recorder.record(() => postGraphql(url, apiCase.query, variables));
        lists.push(queries);
      }
      recorded.set(apiCase, lists);
    }
    return recorded;
  } finally {
    await server.close();
  }
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function timeEach<T>(items: readonly T[], run: (item: T) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (const item of items) times.push(await timed(() => run(item)));
  return times;
}

/**
 * Each request over HTTP and its own Cypher, timed one right after the other, the first of the
 * two alternating: a pair shares the machine's state of that moment (a garbage collection, a busy
 * neighbour), which moved the figures of a kind more between runs than any change made to it when
 * all its Cypher ran first and all its requests after.
 */
async function timePairs(count: number, http: (k: number) => Promise<unknown>, cypher: (k: number) => Promise<number>): Promise<{ graphqlTimes: number[]; cypherTimes: number[] }> {
  const graphqlTimes: number[] = [];
  const cypherTimes: number[] = [];
  for (let k = 0; k < count; k++) {
    if (k % 2 === 0) {
      cypherTimes.push(await cypher(k));
      graphqlTimes.push(await timed(() => http(k)));
    } else {
      graphqlTimes.push(await timed(() => http(k)));
      cypherTimes.push(await cypher(k));
    }
  }
  return { graphqlTimes, cypherTimes };
}

/**
 * For each kind of question: p50 and p95 over HTTP (first asked, then asked again), and the same
 * Cypher straight through the driver. The database is warm for both: recording ran every query once.
 */
export async function benchApi(options: ApiBenchOptions): Promise<Record<string, ApiFigures>> {
  const { serverUrl, database, cases, logger } = options;
  const progress = options.onProgress ?? (() => undefined);
  progress("api: recording the Cypher of each request");
  const recorded = await recordQueries(database, cases, logger);
  const results: Record<string, ApiFigures> = {};
  for (const apiCase of cases) {
    const lists = recorded.get(apiCase)!;
    const { graphqlTimes, cypherTimes } = await timePairs(
      lists.length,
      (k) => postGraphql(serverUrl, apiCase.query, apiCase.variables[k]!),
      (k) => replay(database, lists[k]!),
    );
    const cachedTimes = await timeEach(apiCase.variables, (variables) => postGraphql(serverUrl, apiCase.query, variables));
    const hits: number[] = [];
    for (const queries of lists.slice(0, options.profiled ?? 2)) hits.push((await profileHits(database, queries)).total);
    const graphql = summarize(graphqlTimes);
    const cached = summarize(cachedTimes);
    const cypher = summarize(cypherTimes);
    const hitSummary = summarize(hits);
    results[apiCase.name] = {
      description: apiCase.description,
      requests: apiCase.variables.length,
      p50Ms: round(graphql.p50),
      p95Ms: round(graphql.p95),
      cachedP50Ms: round(cached.p50),
      cachedP95Ms: round(cached.p95),
      cypherP50Ms: round(cypher.p50),
      cypherP95Ms: round(cypher.p95),
      overP95: round(graphql.p95 / cypher.p95, 2),
      overPairedMedian: round(summarize(graphqlTimes.map((ms, i) => ms / cypherTimes[i]!)).median, 2),
      queriesPerRequest: summarize(lists.map((l) => l.length)).median,
      dbHits: { median: hitSummary.median, max: hitSummary.max, profiled: hits.length },
      graphql,
      cached,
      cypher,
    };
    progress(`api: ${apiCase.name}: p50 ${round(graphql.p50)} ms, p95 ${round(graphql.p95)} ms, cypher p95 ${round(cypher.p95)} ms, cached p95 ${round(cached.p95)} ms`);
  }
  return results;
}
