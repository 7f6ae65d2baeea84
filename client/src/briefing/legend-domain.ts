/**
 * The top of the briefing map's colour scale, chosen so that its legend's ticks are whole numbers.
 * The map's legend (client/src/map) puts its ticks of a square-root scale at 0, 1/16, 1/4, 9/16 and 1
 * of the top: with the largest count as the top they read 1.375, 5.5, 12.375 (for 22). The smallest
 * multiple of 16 at or above the largest count makes them 0, 2, 8, 18, 32: every region keeps its
 * colour order, the darkest is a little lighter.
 */
export function wholeTickDomainMax(largest: number): number {
  return 16 * Math.max(1, Math.ceil(largest / 16));
}
