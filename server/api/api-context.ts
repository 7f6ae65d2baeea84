import type { Database } from "../db/index.ts";
import type { AnalyticsCache } from "./analytics-cache.ts";
import type { ApiLimits } from "./api-limits.ts";
import type { HeavyWork } from "./heavy-work.ts";
import { namedRead } from "./named-read.ts";
import type { MetricsStatus } from "../../contract/api-types.ts";

/** What every API function needs: the database, the analytics cache, the limits and today's date. */
export interface ApiContext {
  database: Database;
  analytics: AnalyticsCache;
  limits: ApiLimits;
  /** Today as YYYY-MM-DD: agreements whose end date has passed are no longer live. */
  today(): string;
  /**
   * The bounded pool and queue the server's heavy operations run through (heavy-work.ts); absent
   * outside the HTTP server, where a command runs one operation at a time.
   */
  heavyWork?: HeavyWork;
  /** After a change to the graph through the API has committed: where recomputing what depends on it starts. */
  onGraphChanged?: () => void;
  /** The recompute of the stored metrics, when this process runs one (the server does). */
  recompute?: { status(): Promise<MetricsStatus> };
}

/** A named read query under the context's timeout. */
export function read<Row>(context: ApiContext, name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  return namedRead<Row>(context.database, name, params, context.limits.queryTimeoutMs);
}

export function isoToday(): string {
  return new Date().toISOString().slice(0, 10);
}
