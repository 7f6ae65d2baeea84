import { computeOnce, sharedRead, VersionedCache } from "../cache/index.ts";
import type { Database } from "../db/index.ts";
import { namedRead } from "./named-read.ts";

/** The graph's change counter and the stored metrics' run (cypher/queries/graph-version.cypher). */
export interface GraphState {
  /** AtlasMeta.version: bumped by every change to the graph. */
  version: number;
  /** version plus the recompute's publications: what cached answers are kept under. */
  answersVersion: number;
  /** The published run of stored metrics; null before the first recompute. */
  metricsRun: number | null;
  /** The graph version that run was computed from: behind `version` while a recompute is due. */
  metricsGraphVersion: number | null;
  metricsComputedAt: string | null;
  /** The day the run's coverage cells judged liveness on. */
  coverageFor: string | null;
}

/**
 * Answers of the API's own queries (network metrics, coverage, the coverage matrix, profiles,
 * search, timelines, briefings), kept until the graph changes. The graph's change
 * counter (AtlasMeta.version, bumped by every ingest or review that changes something, from any
 * process) is read on each lookup: one indexed read, far cheaper than any analytics it guards.
 * Concurrent requests for the same key share one computation.
 */
export class AnalyticsCache {
  private readonly entries: VersionedCache<Promise<unknown>>;
  private readonly sharedStateRead: () => Promise<GraphState>;

  constructor(database: Database, options: { maxEntries?: number; timeoutMs?: number } = {}) {
    this.entries = new VersionedCache({ maxEntries: options.maxEntries ?? 512 });
    this.sharedStateRead = sharedRead(() =>
      namedRead<GraphState>(database, "graph-version", {}, options.timeoutMs ?? 10_000).then(
        (rows) => rows[0] ?? { version: 0, answersVersion: 0, metricsRun: null, metricsGraphVersion: null, metricsComputedAt: null, coverageFor: null },
      ),
    );
  }

  /**
   * The graph's version and the stored metrics' run, read once for all lookups that arrive while a
   * read is under way: under load one read serves hundreds of requests instead of each paying a
   * round trip. A lookup may so see the state of a read that began up to one round trip before it
   * arrived.
   */
  readState(): Promise<GraphState> {
    return this.sharedStateRead();
  }

  /**
   * This cache as one request sees it: every lookup is dated by `state`, the read the request began
   * with (the answer cache's, server/http/), instead of reading the state again. A first answer so
   * pays one round trip for the graph's version, not two, and all its parts belong to the version
   * it is kept under. If that read failed, the lookups fail with it, as they would have with their
   * own read (the shared read of that moment): trying again would double the wait for an answer
   * while the database does not answer.
   */
  pinnedTo(state: Promise<GraphState>): AnalyticsCache {
    const pinned = Object.create(this) as AnalyticsCache;
    pinned.readState = () => state;
    return pinned;
  }

  /** The version answers are kept under: it moves when the graph changes and when a recompute publishes. */
  async readVersion(): Promise<number> {
    return (await this.readState()).answersVersion;
  }

  /** The value kept for `key` at the current version, else `compute`d (given the state just read) and kept. */
  async get<T>(key: string, compute: (state: GraphState) => Promise<T>): Promise<T> {
    const state = await this.readState();
    // A failed computation is not kept: the next request tries again.
    return computeOnce(this.entries, state.answersVersion, key, () => compute(state));
  }

  /** The graph version the cached entries belong to (-1 before the first lookup). */
  get graphVersion(): number {
    return this.entries.version;
  }
}
