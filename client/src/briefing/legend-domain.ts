/**
 * The top of the briefing map's colour scale, chosen so that its legend's ticks are round whole
 * numbers. The map's legend (client/src/map) puts its ticks of a square-root scale at 0, 1/16, 1/4,
 * 9/16 and 1 of the top, i.e. at m, 4m, 9m and 16m for a top of 16m: with the largest count as the
 * top they read 1.375, 5.5, 12.375 (for 22). Here m is the smallest round number (1, 2, 3, 4, 5, 6
 * or 8 times a power of ten) with 16m at or above the largest count: 0, 2, 8, 18, 32 for 22, and
 * 0, 80, 320, 720, 1,280 for 1,008. Every region keeps its colour order; the darkest is a little lighter.
 */
export function wholeTickDomainMax(largest: number): number {
  const needed = Math.max(1, Math.ceil(largest / 16));
  for (let power = 1; ; power *= 10) {
    for (const step of [1, 2, 3, 4, 5, 6, 8]) {
      if (step * power >= needed) return 16 * step * power;
    }
  }
}
