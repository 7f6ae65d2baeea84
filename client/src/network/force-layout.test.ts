import { describe, expect, it } from 'vitest';
import { createForceLayout, layoutSettings, type LayoutInput } from './force-layout';

function ring(count: number, seed = 1): LayoutInput {
  const ends: number[] = [];
  for (let i = 0; i < count; i += 1) ends.push(i, (i + 1) % count);
  return {
    count,
    linkEnds: Int32Array.from(ends),
    linkWeights: new Float32Array(count).fill(1),
    radii: new Float32Array(count).fill(4),
    initial: null,
    seed,
  };
}

function runToEnd(input: LayoutInput): Float32Array {
  const layout = createForceLayout(input);
  while (!layout.step(50));
  return layout.positions;
}

describe('createForceLayout', () => {
  it('gives the same positions for the same input and seed', () => {
    expect(runToEnd(ring(30))).toEqual(runToEnd(ring(30)));
  });

  it('stops after a fixed number of ticks', () => {
    const layout = createForceLayout(ring(10));
    let steps = 0;
    while (!layout.step(1)) steps += 1;
    expect(layout.ticksDone()).toBe(layoutSettings(10, false).ticks);
    expect(steps + 1).toBe(layout.ticksDone());
    expect(layout.step(10)).toBe(true);
    expect(layout.ticksDone()).toBe(layoutSettings(10, false).ticks);
  });

  it('spreads linked nodes apart without losing them', () => {
    const positions = runToEnd(ring(20));
    expect([...positions].every(Number.isFinite)).toBe(true);
    const dx = positions[0]! - positions[2]!;
    const dy = positions[1]! - positions[3]!;
    expect(Math.hypot(dx, dy)).toBeGreaterThan(10);
  });

  it('starts warm from known positions and places a new node beside its placed neighbour', () => {
    const before = runToEnd(ring(12));
    const input = ring(13);
    const initial = new Float32Array(26).fill(Number.NaN);
    initial.set(before);
    // Node 12 joins the ring next to node 11 (the ring's link 12–0 also touches node 0).
    const warm = createForceLayout({ ...input, initial });
    expect(warm.settings.alpha).toBeLessThan(1);
    expect(warm.settings.ticks).toBeLessThan(layoutSettings(13, false).ticks);
    const startX = warm.positions[24]!;
    const startY = warm.positions[25]!;
    const nearest = Math.min(Math.hypot(startX - before[22]!, startY - before[23]!), Math.hypot(startX - before[0]!, startY - before[1]!));
    expect(nearest).toBeLessThan(45);
    while (!warm.step(50));
    // Known nodes move, but little: the picture stays recognisable.
    expect(Math.hypot(warm.positions[0]! - before[0]!, warm.positions[1]! - before[1]!)).toBeLessThan(40);
  });

  it('uses fewer ticks and a rougher approximation for large networks', () => {
    const small = layoutSettings(300, false);
    const large = layoutSettings(5000, false);
    expect(large.ticks).toBeLessThan(small.ticks);
    expect(large.theta).toBeGreaterThan(small.theta);
    expect(large.collide).toBe(false);
  });
});
