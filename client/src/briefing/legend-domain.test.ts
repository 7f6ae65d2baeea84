import { describe, expect, it } from 'vitest';
import { wholeTickDomainMax } from './legend-domain';

describe('wholeTickDomainMax', () => {
  it('makes the square-root legend ticks (0, 1/16, 1/4, 9/16, 1 of the top) whole numbers, at or above the largest count', () => {
    for (const largest of [0, 1, 15, 16, 17, 22, 90, 1234]) {
      const top = wholeTickDomainMax(largest);
      expect(top).toBeGreaterThanOrEqual(largest);
      // Never more than twice what is needed (the round steps are at most double apart).
      expect(top).toBeLessThanOrEqual(2 * 16 * Math.max(1, Math.ceil(largest / 16)));
      for (const t of [0, 0.25, 0.5, 0.75, 1]) expect(Number.isInteger(t * t * top), `${largest}: ${t * t * top}`).toBe(true);
    }
    expect(wholeTickDomainMax(22)).toBe(32);
    // Round ticks at national scale: 80, 320, 720, 1,280 rather than 63, 252, 567, 1,008.
    expect(wholeTickDomainMax(1008)).toBe(1280);
    expect(wholeTickDomainMax(90)).toBe(96);
  });
});
