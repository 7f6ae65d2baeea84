import type { Database } from "../db/database.ts";
import { namedRead } from "./named-read.ts";

/**
 * Results of costly analytics (network metrics, the coverage matrix, timelines, briefings), kept
 * until the graph changes. The graph's change
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

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const rows = await namedRead<{ version: number }>(this.database, "graph-version", {}, this.options.timeoutMs ?? 10_000);
    const version = rows[0]?.version ?? 0;
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
    const maxEntries = this.options.maxEntries ?? 128;
    while (this.entries.size > maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }

  /** The graph version the cached entries belong to (-1 before the first lookup). */
  get graphVersion(): number {
    return this.version;
  }
}
