/** A set of repeated measurements and its spread, in the unit they were taken in. */
export interface Summary {
  /** How many measurements. */
  n: number;
  median: number;
  p50: number;
  p95: number;
  p99: number;
  min: number;
  max: number;
  mean: number;
  /** Every measurement in the order taken, so the spread can be checked later. */
  runs: number[];
}

/**
 * Nearest-rank percentile: the smallest measurement with at least q of them at or below it.
 * Unlike interpolation it always returns a value that was actually measured.
 */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = values.reduce((sum, v) => sum + v, 0) / (values.length || 1);
  const median = sorted.length % 2 === 1 || sorted.length === 0
    ? percentile(sorted, 0.5)
    : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  return {
    n: values.length,
    median,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    mean,
    runs: [...values],
  };
}

/** Milliseconds since `start` (a performance.now() reading). */
export function msSince(start: number): number {
  return performance.now() - start;
}

/** Rounds for the record: results.json keeps figures a reader can compare, not float noise. */
export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
