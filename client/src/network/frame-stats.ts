/** A summary of frame times in milliseconds. */
export interface FrameSummary {
  readonly frames: number;
  readonly meanMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
}

/** Mean, 95th percentile (nearest rank) and maximum of some durations; zeros for none. */
export function summariseFrames(durations: readonly number[]): FrameSummary {
  if (durations.length === 0) return { frames: 0, meanMs: 0, p95Ms: 0, maxMs: 0 };
  const sorted = [...durations].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(0.95 * sorted.length) - 1));
  return { frames: sorted.length, meanMs: round(mean), p95Ms: round(sorted[rank]!), maxMs: round(sorted[sorted.length - 1]!) };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
