/**
 * The period a briefing compares against: the one of the same length that ends the day before
 * `from`. A period of whole calendar months (from the 1st to a month's last day) is compared with
 * as many whole months before it — 2025 with 2024, a quarter with the quarter before — because
 * that is how such figures are read; any other period with the same number of days before it.
 */
export function previousPeriod(from: string, to: string): { previousFrom: string; previousTo: string } {
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  const start = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  const dayAfterEnd = new Date(end.getTime() + 86_400_000);
  if (start.getUTCDate() === 1 && dayAfterEnd.getUTCDate() === 1) {
    const months = (dayAfterEnd.getUTCFullYear() - start.getUTCFullYear()) * 12 + dayAfterEnd.getUTCMonth() - start.getUTCMonth();
    const previousFrom = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - months, 1));
    return { previousFrom: iso(previousFrom), previousTo: iso(new Date(start.getTime() - 86_400_000)) };
  }
  const previousTo = start.getTime() - 86_400_000;
  return { previousFrom: iso(new Date(previousTo - (end.getTime() - start.getTime()))), previousTo: iso(new Date(previousTo)) };
}
