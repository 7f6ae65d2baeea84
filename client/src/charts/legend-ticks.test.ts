import { describe, expect, it } from 'vitest';
import { countTicks, rampPosition, shareTicks } from './legend-ticks';

describe('countTicks', () => {
  it('gives whole numbers, each once, from 0 to the top, on both scales', () => {
    for (const scale of ['linear', 'sqrt'] as const) {
      for (const top of [0, 1, 2, 3, 4, 5, 7, 12, 38, 77, 1234, 52_000]) {
        const ticks = countTicks(top, scale);
        expect(ticks.every((v) => Number.isInteger(v)), `${scale} ${top}: ${ticks.join(' ')}`).toBe(true);
        expect(new Set(ticks).size, `${scale} ${top}: ${ticks.join(' ')}`).toBe(ticks.length);
        expect([...ticks].sort((a, b) => a - b)).toEqual(ticks);
        expect(ticks[0]).toBe(0);
        expect(ticks.at(-1)).toBe(Math.max(1, top));
      }
    }
  });

  it('never repeats a small count (the sample\'s "0 0 0 1 1")', () => {
    expect(countTicks(1, 'sqrt')).toEqual([0, 1]);
    expect(countTicks(3, 'sqrt')).toEqual([0, 1, 2, 3]);
    expect(countTicks(5, 'sqrt')).toEqual([0, 1, 3, 5]);
    expect(countTicks(1234, 'sqrt')).toEqual([0, 80, 300, 700, 1234]);
  });
});

describe('rampPosition and shareTicks', () => {
  it('places values along the ramp by the scale', () => {
    expect(rampPosition(25, 100, 'sqrt')).toBe(0.5);
    expect(rampPosition(25, 100, 'linear')).toBe(0.25);
    expect(rampPosition(5, 0, 'linear')).toBe(0);
    expect(shareTicks()).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});
