import { describe, expect, it } from 'vitest';
import { buildHitIndex } from './hit-test';

describe('buildHitIndex', () => {
  const positions = Float32Array.from([0, 0, 100, 0, 112, 0, Number.NaN, Number.NaN]);
  const radii = Float32Array.from([10, 20, 3, 5]);
  const index = buildHitIndex(positions, radii, 4);

  it('finds the node whose circle holds the point', () => {
    expect(index.find(3, 4)).toBe(0);
    expect(index.find(85, 5)).toBe(1);
  });

  it('finds nothing between circles, unless within the slack', () => {
    expect(index.find(50, 0)).toBe(-1);
    expect(index.find(0, 12)).toBe(-1);
    expect(index.find(0, 12, 3)).toBe(0);
  });

  it('prefers the small node drawn over a big one’s edge when the point is near its centre', () => {
    expect(index.find(112, 1)).toBe(2);
  });

  it('ignores nodes that have no position yet', () => {
    expect(index.find(Number.NaN, Number.NaN)).toBe(-1);
  });
});
