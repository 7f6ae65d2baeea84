import { describe, expect, it } from 'vitest';
import { fitTransform } from './canvas-renderer';

// Two nodes of radius 0 at (0, 0) and (100, 100).
const positions = new Float32Array([0, 0, 100, 100]);
const radii = new Float32Array([0, 0]);

describe('fitTransform', () => {
  it('centres the network in the box, and in what a panel leaves clear of it', () => {
    // Zoom is capped at 2: the 100 × 100 network is drawn 200 × 200, in the middle of 400 × 300.
    expect(fitTransform(positions, radii, 2, 400, 300, 0)).toEqual({ x: 100, y: 50, k: 2 });
    // A legend over the left 200 px: the network is fitted in the right 200 px.
    const beside = fitTransform(positions, radii, 2, 400, 300, 0, { left: 200, top: 0, right: 0, bottom: 0 });
    expect(beside).toEqual({ x: 200, y: 50, k: 2 });
  });

  it('ignores a panel that would leave under a third of the box', () => {
    const covered = fitTransform(positions, radii, 2, 400, 300, 0, { left: 300, top: 0, right: 0, bottom: 0 });
    expect(covered).toEqual(fitTransform(positions, radii, 2, 400, 300, 0));
  });
});
