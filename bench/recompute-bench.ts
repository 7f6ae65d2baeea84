import { AnalyticsCache } from "../server/api/analytics-cache.ts";
import { isoToday } from "../server/api/api-context.ts";
import { defaultLimits } from "../server/api/api-limits.ts";
import { reviewAgreement } from "../server/api/review.ts";
import type { Database } from "../server/db/database.ts";
import { postGraphql } from "./bench-server.ts";
import { benchQuery } from "./bench-queries.ts";

const METRICS_STATUS_QUERY = /* GraphQL */ `query MetricsStatus {
  metricsStatus { state graphVersion metricsGraphVersion stale computedAt lastDurationMs phase progress lastError }
}`;

interface MetricsStatusAnswer {
  metricsStatus: { state: string; stale: boolean; lastDurationMs: number | null; lastError: string | null; phase: string | null; progress: number | null };
}

export interface RecomputeFigures {
  /** The recompute a server starts on a store with no stored metrics (as after a first load): its own duration. */
  fullMs: number;
  /** From the server's start (its READY) until the stored metrics were published. */
  readyToPublishedMs: number;
  /** After one small change (one agreement rejected through the API's review): from the change to the metrics' publication, including the poll that sees it. */
  smallChangeMs: number | null;
  /** That recompute's own duration (the recompute is whole: a small change costs a full one). */
  smallChangeRecomputeMs: number | null;
}

/** Polls metricsStatus until the stored metrics are current; throws on a failed recompute or after `timeoutMs`. */
export async function waitForMetrics(serverUrl: string, options: { timeoutMs?: number; onProgress?: (line: string) => void } = {}): Promise<MetricsStatusAnswer["metricsStatus"]> {
  const until = Date.now() + (options.timeoutMs ?? 600_000);
  let said = "";
  for (;;) {
    const { metricsStatus: status } = (await postGraphql(serverUrl, METRICS_STATUS_QUERY, {})) as MetricsStatusAnswer;
    if (status.state === "idle" && !status.stale) return status;
    if (status.lastError && status.state !== "running") throw new Error(`the server's recompute failed: ${status.lastError}`);
    if (Date.now() > until) throw new Error(`the stored metrics were not current within ${options.timeoutMs ?? 600_000} ms (state ${status.state})`);
    const line = `recompute: ${status.state}${status.phase ? ` (${status.phase}, ${Math.round((status.progress ?? 0) * 100)} %)` : ""}`;
    if (line !== said) options.onProgress?.((said = line));
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Forgets every stored metric, so that the next server start recomputes from nothing, as it does
 * after a first load. In transactions of its own: a national run is some 300,000 nodes.
 */
export async function forgetStoredMetrics(database: Database): Promise<void> {
  await database.runAutoCommit(benchQuery("forget-stored-metrics"));
}

/**
 * One small change through the API's own review (an agreement rejected), timed until the server
 * under test has published metrics of the changed graph; then the change is undone (approved again)
 * and waited for likewise, so the benchmark's data stays as generated.
 */
export async function timeSmallChange(
  serverUrl: string,
  change: (decision: "REJECT" | "APPROVE") => Promise<void>,
  onProgress?: (line: string) => void,
): Promise<{ totalMs: number; recomputeMs: number | null }> {
  const started = performance.now();
  await change("REJECT");
  const status = await waitForMetrics(serverUrl, { onProgress });
  const totalMs = performance.now() - started;
  await change("APPROVE");
  await waitForMetrics(serverUrl, { onProgress });
  return { totalMs, recomputeMs: status.lastDurationMs };
}

/** The benchmark's small change: its first agreement by id, rejected or approved again through the API's review. */
export async function reviewOneAgreement(database: Database, decision: "REJECT" | "APPROVE"): Promise<void> {
  const id = String((await database.read(benchQuery("first-agreement"))).records[0]!.get("id"));
  await reviewAgreement({ database, analytics: new AnalyticsCache(database), limits: defaultLimits, today: isoToday }, id, decision, null, "benchmark");
}
