import { GraphQLError } from "graphql";
import { defaultHeavyConcurrency, defaultHeavyQueue } from "../config.ts";

/**
 * How much of the API's analytics (network, profile, path, coverage, timeline, briefing, export)
 * runs at once. Each of these holds a database connection and a database worker for as long as it
 * runs (from milliseconds to the query timeout), and the network's metrics hold the server's own
 * thread too; a few hundred at once take the database away from everyone, cheap questions and
 * health checks included. So at most `concurrency` run, at most `queue` wait for their turn, each at
 * most `maxWaitMs`; the rest are refused at once as SERVER_BUSY, with a Retry-After.
 */
export interface HeavyWorkLimits {
  /** Heavy operations running at once (ATLAS_HEAVY_CONCURRENCY). */
  concurrency: number;
  /** Heavy operations waiting for their turn (ATLAS_HEAVY_QUEUE); one more is refused at once. */
  queue: number;
  /** How long one may wait for its turn before it is refused. */
  maxWaitMs: number;
}

/** The settings' defaults (config.ts says why); 10 s of waiting is about as long as a person waits for a chart. */
export const defaultHeavyWorkLimits: HeavyWorkLimits = { concurrency: defaultHeavyConcurrency, queue: defaultHeavyQueue, maxWaitMs: 10_000 };

/** What /healthz shows of the heavy work. */
export interface HeavyWorkFigures {
  running: number;
  waiting: number;
  concurrency: number;
  queue: number;
}

/** The code of a refusal because the server is busy; the HTTP answer is 503 with Retry-After. */
export const serverBusyCode = "SERVER_BUSY";

/** A refused heavy operation: 503 and Retry-After on the HTTP answer, SERVER_BUSY in the GraphQL error. */
export function serverBusy(message: string, retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: serverBusyCode,
      retryAfterSeconds,
      // Apollo Server takes the answer's status and headers from here (and leaves it out of the error).
      http: { status: 503, headers: new Map([["retry-after", String(retryAfterSeconds)]]) },
    },
  });
}

interface Waiter {
  start(): void;
  timer: NodeJS.Timeout;
}

/** The bounded pool and queue of heavy work (HeavyWorkLimits). */
export class HeavyWork {
  readonly limits: HeavyWorkLimits;
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(limits: Partial<HeavyWorkLimits> = {}) {
    this.limits = { ...defaultHeavyWorkLimits, ...limits };
  }

  /** Seconds a refused client is told to wait: by then the queue has turned over. */
  get retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(this.limits.maxWaitMs / 1000));
  }

  get figures(): HeavyWorkFigures {
    return { running: this.running, waiting: this.waiting.length, concurrency: this.limits.concurrency, queue: this.limits.queue };
  }

  /** True when new heavy work would have to wait (or be refused). */
  get saturated(): boolean {
    return this.running >= this.limits.concurrency;
  }

  /** Runs `work` when a place is free, or refuses it with SERVER_BUSY (queue full, or waited too long). */
  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.turn();
    try {
      return await work();
    } finally {
      this.running -= 1;
      this.waiting.shift()?.start();
    }
  }

  private turn(): Promise<void> {
    const { concurrency, queue, maxWaitMs } = this.limits;
    if (this.running < concurrency) {
      this.running += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= queue) {
      return Promise.reject(
        serverBusy(
          `The server is busy: ${this.running} heavy queries (network, profile, path, coverage, timeline, briefing, export) are running and ${this.waiting.length} waiting, the most it takes (ATLAS_HEAVY_CONCURRENCY, ATLAS_HEAVY_QUEUE). Try again in ${this.retryAfterSeconds} s.`,
          this.retryAfterSeconds,
        ),
      );
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          clearTimeout(waiter.timer);
          this.running += 1;
          resolve();
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          reject(
            serverBusy(
              `The server is busy: this query waited ${maxWaitMs / 1000} s for one of the ${concurrency} places for heavy queries (ATLAS_HEAVY_CONCURRENCY) and was given up. Try again in ${this.retryAfterSeconds} s.`,
              this.retryAfterSeconds,
            ),
          );
        }, maxWaitMs),
      };
      this.waiting.push(waiter);
    });
  }
}

/** `work` as heavy work of the context's pool, or straight away where there is none (the commands). */
export function asHeavyWork<T>(heavyWork: HeavyWork | undefined, work: () => Promise<T>): Promise<T> {
  return heavyWork ? heavyWork.run(work) : work();
}
