import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { namedQuery, type Database } from "../db/index.ts";
import type { Logger } from "../logger.ts";
import { storedStatus, type GraphState } from "../api/index.ts";
import type { MetricsStatus } from "../../contract/api-types.ts";
import { recomputeMetrics, type RecomputeProgress, type RecomputeResult } from "./recompute-metrics.ts";

/** The stored metrics and their recompute, as metricsStatus answers (api.graphql's MetricsStatus). */
export type { MetricsStatus };

export interface MetricsKeeperOptions {
  logger: Logger;
  /** YYYY-MM-DD: the coverage cells judge liveness on a day, so a new day recomputes them. */
  today: () => string;
  /** How often the graph's version is checked for changes made by other processes. Default 5 s. */
  pollMs?: number;
  /** How long after a change here the recompute waits for more changes. Default 1 s. */
  settleMs?: number;
  /** How long after a failed recompute the next is tried. Default 60 s. */
  retryMs?: number;
  /** Hears each published recompute. */
  onPublished?: (result: RecomputeResult) => void;
}

/**
 * Keeps the stored metrics in step with the graph: after a change (told by `graphChanged`, or
 * seen by polling the graph's version, for changes made by another process such as `atlas
 * ingest`), one recompute at a time runs in the background while the views go on reading the
 * published run, marked stale. A server started on a store whose metrics are behind (or absent)
 * recomputes at once: a restart loses nothing. With several servers on one database, the claim in
 * the database (metrics-claim) lets one compute; the others read what it publishes.
 */
export class MetricsKeeper {
  private readonly runner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private settleTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  private notBefore = 0;
  private progress: RecomputeProgress | null = null;
  private lastDurationMs: number | null = null;
  private lastError: string | null = null;

  constructor(
    private readonly database: Database,
    private readonly options: MetricsKeeperOptions,
  ) {}

  /** Checks now, then every pollMs. */
  start(): void {
    void this.check();
    this.timer = setInterval(() => void this.check(), this.options.pollMs ?? 5_000);
    this.timer.unref();
  }

  /** A change committed through this server: recompute once the changes settle. */
  graphChanged(): void {
    if (this.stopped) return;
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settleTimer = null;
      this.notBefore = 0;
      void this.check();
    }, this.options.settleMs ?? 1_000);
    this.settleTimer.unref();
  }

  /** Stops checking and waits for a recompute under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.settleTimer) clearTimeout(this.settleTimer);
    await this.running;
  }

  /**
   * Recomputes now if the stored metrics are due, and resolves once they are current (for tests
   * and the benchmark); rejects with the recompute's failure.
   */
  async settled(): Promise<MetricsStatus> {
    this.notBefore = 0;
    await this.check();
    await this.running;
    const status = await this.status();
    if (status.state !== "idle") throw new Error(`The recompute did not bring the stored metrics up to date: ${this.lastError ?? status.state}`);
    return status;
  }

  async status(): Promise<MetricsStatus> {
    const stored = storedStatus(await this.readState(), this.options.today());
    if (!this.running) return { ...stored, lastDurationMs: this.lastDurationMs, lastError: this.lastError };
    return { ...stored, state: "running", lastDurationMs: this.lastDurationMs, phase: this.progress?.phase ?? "reading", progress: this.progress?.fraction ?? 0, lastError: this.lastError };
  }

  private async readState(): Promise<GraphState> {
    const result = await this.database.read(namedQuery("graph-version"), {}, { timeoutMs: 10_000 });
    const row = result.records[0]?.toObject() as GraphState | undefined;
    return row ?? { version: 0, answersVersion: 0, metricsRun: null, metricsGraphVersion: null, metricsComputedAt: null, coverageFor: null };
  }

  private async check(): Promise<void> {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (Date.now() < this.notBefore) return;
    let state: GraphState;
    try {
      state = await this.readState();
    } catch {
      return; // the database is away: the next poll tries again
    }
    if (this.running || storedStatus(state, this.options.today()).state === "idle") return;
    this.running = this.recompute().finally(() => {
      this.running = null;
      this.progress = null;
      if (this.again && !this.stopped) {
        this.again = false;
        void this.check();
      }
    });
  }

  private async recompute(): Promise<void> {
    const { logger } = this.options;
    try {
      const result = await recomputeMetrics(this.database, { runner: this.runner, today: this.options.today(), onProgress: (progress) => (this.progress = progress) });
      if (!result) return; // another server computes: it publishes for everyone
      this.lastDurationMs = result.durationMs;
      this.lastError = null;
      logger.info({ ...result }, "stored metrics recomputed");
      this.options.onPublished?.(result);
    } catch (error) {
      this.lastError = (error as Error).message;
      this.notBefore = Date.now() + (this.options.retryMs ?? 60_000);
      logger.warn({ err: error }, "the recompute of the stored metrics failed; the views keep the last published metrics");
    }
  }
}
