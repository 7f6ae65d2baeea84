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
  private version = -1;
  private readonly entries = new Map<string, Promise<unknown>>();

  constructor(
    private readonly database: Database,
    private readonly options: { maxEntries?: number; timeoutMs?: number } = {},
  ) {}

  private versionRead: Promise<number> | undefined;

  /**
   * The graph's version, read once for all lookups that arrive while a read is under way: under
   * load one read serves hundreds of requests instead of each paying a round trip. A lookup may so
   * see the version of a read that began up to one round trip before it arrived.
   */
  readVersion(): Promise<number> {
    this.versionRead ??= namedRead<{ version: number }>(this.database, "graph-version", {}, this.options.timeoutMs ?? 10_000)
      .then((rows) => rows[0]?.version ?? 0)
      .finally(() => {
        this.versionRead = undefined;
      });
    return this.versionRead;
  }

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const version = await this.readVersion();
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    let entry = this.entries.get(key) as Promise<T> | undefined;
    if (entry) {
      // Most recently used last, so the oldest is the first to go.
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry;
    }
    entry = compute();
    this.entries.set(key, entry);
    // A failed computation is not kept: the next request tries again.
    entry.catch(() => this.entries.delete(key));
    const maxEntries = this.options.maxEntries ?? 512;
    while (this.entries.size > maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }

  /** The graph version the cached entries belong to (-1 before the first lookup). */
  get graphVersion(): number {
    return this.version;
  }
}
