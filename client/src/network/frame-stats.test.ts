import { describe, expect, it } from 'vitest';
import { summariseFrames } from './frame-stats';

describe('summariseFrames', () => {
  it('gives the mean, the 95th percentile (nearest rank) and the maximum', () => {
    const durations = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(summariseFrames(durations)).toEqual({ frames: 100, meanMs: 50.5, p95Ms: 95, maxMs: 100 });
  });

  it('reports zeros for no frames', () => {
    expect(summariseFrames([])).toEqual({ frames: 0, meanMs: 0, p95Ms: 0, maxMs: 0 });
  });
});
