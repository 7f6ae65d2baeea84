import { describe, expect, it } from 'vitest';
import { createLayout, type PlacementInput } from './layouts';
import { radialLayout } from './radial-layout';

const star: PlacementInput = {
  mode: 'radial',
  count: 4,
  linkEnds: Int32Array.from([0, 1, 0, 2, 0, 3]),
  linkWeights: new Float32Array(3).fill(1),
  radii: new Float32Array(4).fill(4),
  initial: null,
  seed: 11,
  centre: 2,
  anchors: null,
};

describe('createLayout', () => {
  it('runs the radial layout in one step, around the centre asked for', () => {
    const layout = createLayout(star);
    expect(layout.step(1)).toBe(true);
    expect(layout.ticksDone()).toBe(1);
    expect(layout.positions).toEqual(radialLayout({ count: 4, linkEnds: star.linkEnds, radii: star.radii, centre: 2, seed: 11 }));
    expect([layout.positions[4], layout.positions[5]]).toEqual([0, 0]);
  });

  it('runs the geographic layout in one step, gathering unknown places together', () => {
    const layout = createLayout({ ...star, mode: 'geo', anchors: Float32Array.from([104, 30, 104, 30, Number.NaN, Number.NaN, 116, 40]) });
    expect(layout.step(1)).toBe(true);
    expect([...layout.positions].every(Number.isFinite)).toBe(true);
  });

  it('steps the force layout over many ticks, as before', () => {
    const layout = createLayout({ ...star, mode: 'force' });
    expect(layout.step(1)).toBe(false);
    expect(layout.settings.ticks).toBeGreaterThan(1);
  });
});
