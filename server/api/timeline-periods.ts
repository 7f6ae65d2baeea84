import type { Timeline, TimelineBucket, TimelineInterval, TimelinePeriod } from "../../contract/api-types.ts";

/** The answer's shapes, as api.graphql writes them (contract/api-types.ts is generated from it). */
export type { Timeline, TimelineBucket, TimelineInterval, TimelinePeriod };

/** Agreements counted by type, signing period and ending period (null when undated or not ended). */
export interface PeriodCount {
  type: string;
  signedPeriod: string | null;
  endedPeriod: string | null;
  /** Marked ended without an end date: when it ended is unknown, so it is never counted live. */
  endedUndated?: boolean;
  agreements: number;
}

/** Characters of an ISO date that name its period: "2024" or "2024-05". */
export const periodWidth: Record<TimelineInterval, number> = { YEAR: 4, MONTH: 7 };

export function nextPeriod(period: string, interval: TimelineInterval): string {
  if (interval === "YEAR") return String(Number(period) + 1).padStart(4, "0");
  const [year, month] = period.split("-").map(Number) as [number, number];
  return month === 12 ? `${String(year + 1).padStart(4, "0")}-01` : `${String(year).padStart(4, "0")}-${String(month + 1).padStart(2, "0")}`;
}

/**
 * The timeline from counts per (type, signing period, ending period): new and ended per period and
 * type, and per period all types together with the live total at its end. Every period from the
 * first to the last appears in the totals, empty ones too, so a chart's axis has no gaps.
 * `from`/`to` (ISO dates) keep only the periods they touch; the live total still counts
 * everything signed before. Cost: O(rows × periods), both small (they are already aggregated).
 */
export function buildTimeline(rows: PeriodCount[], interval: TimelineInterval, window: { from?: string | null; to?: string | null } = {}): Timeline {
  const width = periodWidth[interval];
  const first = window.from?.slice(0, width) ?? null;
  const last = window.to?.slice(0, width) ?? null;
  const inWindow = (period: string) => (first === null || period >= first) && (last === null || period <= last);

  const buckets = new Map<string, TimelineBucket>();
  const bucket = (period: string, type: string) => {
    const key = `${period}\u0000${type}`;
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = { period, type, new: 0, ended: 0 }));
    return b;
  };
  let undated = 0;
  const periods: string[] = [];
  for (const row of rows) {
    if (row.signedPeriod === null) undated += row.agreements;
    else {
      bucket(row.signedPeriod, row.type).new += row.agreements;
      periods.push(row.signedPeriod);
    }
    if (row.endedPeriod !== null) {
      bucket(row.endedPeriod, row.type).ended += row.agreements;
      periods.push(row.endedPeriod);
    }
  }

  const totals: TimelinePeriod[] = [];
  if (periods.length > 0) {
    periods.sort();
    const end = periods[periods.length - 1]!;
    for (let period = periods[0]!; period <= end; period = nextPeriod(period, interval)) {
      let added = 0;
      let ended = 0;
      let live = 0;
      for (const row of rows) {
        if (row.signedPeriod === period) added += row.agreements;
        if (row.endedPeriod === period) ended += row.agreements;
        // Live at the end of the period (DESIGN.md, "Live agreements at a date"): signed in or before
        // it, not ended in or before it, and not marked ended at an unknown date.
        if (row.signedPeriod !== null && row.signedPeriod <= period && (row.endedPeriod === null || row.endedPeriod > period) && row.endedUndated !== true) live += row.agreements;
      }
      totals.push({ period, new: added, ended, cumulative: live });
    }
  }

  return {
    interval,
    buckets: [...buckets.values()].filter((b) => inWindow(b.period)).sort((a, b) => (a.period === b.period ? (a.type < b.type ? -1 : 1) : a.period < b.period ? -1 : 1)),
    totals: totals.filter((t) => inWindow(t.period)),
    undated,
  };
}
