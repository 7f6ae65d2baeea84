import type { Random } from "../random.ts";
import { tuning } from "./scales.ts";

/** Calendar days as the generator uses them: whole days since 1970-01-01, written YYYY-MM-DD. */

const dayMs = 86_400_000;

export function dayOf(isoDate: string): number {
  const [y, m, d] = isoDate.split("-").map(Number);
  return Date.UTC(y as number, (m as number) - 1, d as number) / dayMs;
}

export function isoOf(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

/** The same calendar day `years` later, less one day (an agreement for three years ends the day before). */
export function yearsLater(day: number, years: number): number {
  const date = new Date(day * dayMs);
  return Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth(), date.getUTCDate()) / dayMs - 1;
}

/**
 * Signing days from `firstYear` to the dataset's "today", more each year (and fewer in 2020).
 * `draw` returns a day; `iso` is a cache of the written dates.
 */
export class SigningCalendar {
  readonly firstDay: number;
  readonly asOfDay: number;
  private readonly yearStarts: number[] = [];
  private readonly yearLengths: number[] = [];
  private readonly cumulative: number[] = [];
  /** Written dates by day, from `firstDay` on. */
  private readonly written: string[] = [];

  constructor(firstYear: number = tuning.firstYear, asOf: string = tuning.asOf, growth: number = tuning.yearlyGrowth) {
    this.firstDay = Date.UTC(firstYear, 0, 1) / dayMs;
    this.asOfDay = dayOf(asOf);
    const lastYear = new Date(this.asOfDay * dayMs).getUTCFullYear();
    let total = 0;
    for (let year = firstYear; year <= lastYear; year++) {
      const start = Date.UTC(year, 0, 1) / dayMs;
      const end = Math.min(Date.UTC(year + 1, 0, 1) / dayMs, this.asOfDay + 1);
      const length = end - start;
      const perDay = growth ** (year - firstYear) * (year === 2020 ? tuning.dip2020 : 1);
      total += perDay * length;
      this.yearStarts.push(start);
      this.yearLengths.push(length);
      this.cumulative.push(total);
    }
  }

  draw(random: Random): number {
    const total = this.cumulative[this.cumulative.length - 1] as number;
    const target = random.next() * total;
    let y = 0;
    while (y < this.cumulative.length - 1 && (this.cumulative[y] as number) <= target) y++;
    return (this.yearStarts[y] as number) + Math.floor(random.next() * (this.yearLengths[y] as number));
  }

  iso(day: number): string {
    const slot = day - this.firstDay;
    if (slot < 0) return isoOf(day);
    let text = this.written[slot];
    if (text === undefined) this.written[slot] = text = isoOf(day);
    return text;
  }
}
