import { computeOnce, sharedRead, VersionedCache } from "../cache/index.ts";
import type { Database } from "../db/index.ts";
import { namedRead } from "./named-read.ts";

/**
 * Answers of the API's own queries (network metrics, coverage, the coverage matrix, profiles,
 * search, timelines, briefings), kept until the graph changes. The graph's change
 * counter (AtlasMeta.version, bumped by every ingest or review that changes something, from any
 * process) is read on each lookup: one indexed read, far cheaper than any analytics it guards.
 * Concurrent requests for the same key share one computation.
 */
export class AnalyticsCache {
  private readonly entries: VersionedCache<Promise<unknown>>;
  private readonly sharedVersionRead: () => Promise<number>;

  constructor(database: Database, options: { maxEntries?: number; timeoutMs?: number } = {}) {
    this.entries = new VersionedCache({ maxEntries: options.maxEntries ?? 512 });
    this.sharedVersionRead = sharedRead(() =>
      namedRead<{ version: number }>(database, "graph-version", {}, options.timeoutMs ?? 10_000).then((rows) => rows[0]?.version ?? 0),
    );
  }

  /**
   * The graph's version, read once for all lookups that arrive while a read is under way: under
   * load one read serves hundreds of requests instead of each paying a round trip. A lookup may so
   * see the version of a read that began up to one round trip before it arrived.
   */
  readVersion(): Promise<number> {
    return this.sharedVersionRead();
  }

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const version = await this.readVersion();
    // A failed computation is not kept: the next request tries again.
    return computeOnce(this.entries, version, key, compute);
  }

  /** The graph version the cached entries belong to (-1 before the first lookup). */
  get graphVersion(): number {
    return this.entries.version;
  }
}
