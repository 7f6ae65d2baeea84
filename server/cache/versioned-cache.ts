/**
 * Values valid for one version of the graph (AtlasMeta.version, bumped by every change from any
 * process): a lookup under another version starts afresh, and beyond its size the least recently
 * used values go first. Sized by `sizeOf` (bytes, say) when given, else by the number of entries.
 */
export interface VersionedCacheOptions<V> {
  /** Most entries kept, when no `sizeOf` is given (default 512). */
  maxEntries?: number;
  /** Most total size kept, counted by `sizeOf`. */
  maxSize?: number;
  /**
   * The size of one entry (for example its bytes, with its key's); with it the cache is bounded by
   * `maxSize`.
   */
  sizeOf?: (value: V, key: string) => number;
  /** A value larger than this is not kept at all: it would push out many smaller ones. */
  maxValueSize?: number;
}

export class VersionedCache<V> {
  private currentVersion = -1;
  private readonly entries = new Map<string, V>();
  private size = 0;
  private readonly sizeOf: (value: V, key: string) => number;
  private readonly maxSize: number;

  constructor(private readonly options: VersionedCacheOptions<V> = {}) {
    if (options.sizeOf && options.maxSize === undefined) throw new Error("VersionedCache: sizeOf needs a maxSize");
    this.sizeOf = options.sizeOf ?? (() => 1);
    this.maxSize = options.sizeOf ? options.maxSize! : (options.maxEntries ?? 512);
  }

  /** The total size of what is kept, as `sizeOf` counts it (else the number of entries); never above the bound. */
  get totalSize(): number {
    return this.size;
  }

  /** The version the kept values belong to (-1 before the first lookup). */
  get version(): number {
    return this.currentVersion;
  }

  /** The value kept for `key` under `version`, now the most recently used; a new version drops every value. */
  get(version: number, key: string): V | undefined {
    this.moveTo(version);
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // Most recently used last, so the oldest is the first to go.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  /**
   * Keeps `value` for `key`, if it belongs to the version the cache is at: a value computed from a
   * graph that has changed since is of no use to anyone.
   */
  set(version: number, key: string, value: V): void {
    if (version !== this.currentVersion) return;
    const size = this.sizeOf(value, key);
    if (this.options.maxValueSize !== undefined && size > this.options.maxValueSize) return;
    this.delete(key);
    this.entries.set(key, value);
    this.size += size;
    for (const [oldest, kept] of this.entries) {
      if (this.size <= this.maxSize) break;
      this.entries.delete(oldest);
      this.size -= this.sizeOf(kept, oldest);
    }
  }

  /** Forgets `key`; `only` forgets it only while it still holds that value. */
  delete(key: string, only?: V): void {
    const kept = this.entries.get(key);
    if (kept === undefined || (only !== undefined && kept !== only)) return;
    this.entries.delete(key);
    this.size -= this.sizeOf(kept, key);
  }

  private moveTo(version: number): void {
    if (version === this.currentVersion) return;
    this.entries.clear();
    this.size = 0;
    this.currentVersion = version;
  }
}

/**
 * A cache of computations: concurrent lookups of one key share one computation, and a computation
 * that fails is not kept, so the next lookup tries again.
 */
export function computeOnce<T>(cache: VersionedCache<Promise<unknown>>, version: number, key: string, compute: () => Promise<T>): Promise<T> {
  const kept = cache.get(version, key) as Promise<T> | undefined;
  if (kept) return kept;
  const computing = compute();
  cache.set(version, key, computing);
  computing.catch(() => cache.delete(key, computing));
  return computing;
}

/**
 * `read`, run once for all callers that arrive while a read is under way: under load one read of
 * the graph's version serves hundreds of requests instead of each paying a round trip. A caller may
 * so see the answer of a read that began up to one round trip before it arrived.
 */
export function sharedRead<T>(read: () => Promise<T>): () => Promise<T> {
  let reading: Promise<T> | undefined;
  return () => {
    reading ??= read().finally(() => {
      reading = undefined;
    });
    return reading;
  };
}
