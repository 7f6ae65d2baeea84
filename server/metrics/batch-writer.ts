/**
 * Rows written in batches of `batchSize`, one write at a time, while more rows keep arriving: the
 * recompute hands over each computed part and goes on computing. The first failed write stops
 * the ones after it, and `flush` throws it.
 */
export class BatchWriter {
  private readonly pending = new Map<string, object[]>();
  private chain: Promise<void> = Promise.resolve();
  private failure: { error: unknown } | null = null;
  private abandoned = false;
  /** Batches handed to the database so far, and of those, written. */
  queued = 0;
  written = 0;

  constructor(
    private readonly writeBatch: (name: string, rows: object[]) => Promise<void>,
    private readonly batchSize: number,
  ) {}

  /** Rows for the query `name`: every full batch is queued at once, the rest waits for more or for flush. */
  add(name: string, rows: readonly object[]): void {
    const waiting = this.pending.get(name) ?? [];
    for (const row of rows) waiting.push(row);
    let from = 0;
    for (; waiting.length - from >= this.batchSize; from += this.batchSize) this.enqueue(name, waiting.slice(from, from + this.batchSize));
    this.pending.set(name, from === 0 ? waiting : waiting.slice(from));
  }

  /** Throws the failure of a write already made, so that work meant for later writes can stop. */
  throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
  }

  /** Writes what is left, in the order the queries were first given rows, and waits for every write. */
  async flush(): Promise<void> {
    for (const [name, rows] of this.pending) if (rows.length > 0) this.enqueue(name, rows);
    this.pending.clear();
    await this.chain;
    if (this.failure) throw this.failure.error;
  }

  /** Writes nothing more and waits for the write under way: for a recompute that failed elsewhere. */
  async abandon(): Promise<void> {
    this.abandoned = true;
    this.pending.clear();
    await this.chain;
  }

  private enqueue(name: string, rows: object[]): void {
    this.queued++;
    this.chain = this.chain.then(async () => {
      if (this.failure || this.abandoned) return;
      try {
        await this.writeBatch(name, rows);
        this.written++;
      } catch (error) {
        this.failure = { error };
      }
    });
  }
}
