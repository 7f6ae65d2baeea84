import { nice, ticks } from 'd3';

// Axes shared by the timeline charts. Periods are the API's strings ("2024" for a year,
// "2024-05" for a month) on a band scale, so every period has its slot and empty periods stay
// visible as gaps; only the tick labels are thinned so they never overlap.

/** Steps between labelled periods, smallest first: years, or months (12 = every January). */
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100];
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120, 240];

const isMonth = (period: string): boolean => /^\d{4}-\d{2}$/.test(period);

/** A period's place on a count of months (or of years): equal steps apart, for aligning ticks. */
function ordinal(period: string): number {
  const year = Number(period.slice(0, 4));
  return isMonth(period) ? year * 12 + Number(period.slice(5, 7)) - 1 : year;
}

/**
 * The periods to label: at most `maxTicks`, on round steps (every 2 or 5 years; every quarter,
 * half-year or January), so labels fall on the same periods whatever the window.
 */
export function periodTicks(periods: readonly string[], maxTicks: number): string[] {
  if (periods.length === 0) return [];
  const monthly = isMonth(periods[0]!);
  const steps = monthly ? MONTH_STEPS : YEAR_STEPS;
  const limit = Math.max(1, maxTicks);
  for (const step of steps) {
    const chosen = periods.filter((period) => ordinal(period) % step === 0);
    if (chosen.length <= limit && chosen.length > 0) return chosen;
  }
  // Longer than the largest step allows: spread evenly.
  const every = Math.ceil(periods.length / limit);
  return periods.filter((_, index) => index % every === 0);
}

/** A tick's text: a year as it is; a month as "2024-05", or "2024" when only Januaries are labelled. */
export function periodTickFormat(tickValues: readonly string[]): (period: string) => string {
  const onlyJanuaries = tickValues.length > 0 && tickValues.every((period) => isMonth(period) && period.endsWith('-01'));
  return (period) => (onlyJanuaries ? period.slice(0, 4) : period);
}

/** How many labelled periods fit a plot of this width, at `labelWidth` pixels per label. */
export function maxPeriodTicks(plotWidth: number, periods: readonly string[]): number {
  const labelWidth = periods.length > 0 && isMonth(periods[0]!) ? 64 : 44;
  return Math.max(2, Math.floor(plotWidth / labelWidth));
}

/** Whole-number ticks from `min` to `max` (counts have no fractions), about `count` of them. */
export function countTicks(min: number, max: number, count = 5): number[] {
  const values = ticks(min, max, count).filter(Number.isInteger);
  return values.length > 0 ? values : [min, max];
}

/** A count axis from `min` (0 or below) to `max`, rounded outwards, with whole-number ticks. */
export function countScale(min: number, max: number, count = 5): { domain: [number, number]; ticks: number[] } {
  const [low, high] = nice(Math.min(0, min), Math.max(1, max), count);
  return { domain: [low, high], ticks: countTicks(low, high, count) };
}
