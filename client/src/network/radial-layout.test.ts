import { describe, expect, it } from 'vitest';
import { hopDistances, radialLayout, type RadialInput } from './radial-layout';

/**
 * A tree around node 0: 1–3 one link away, 4–9 two (two under each), 10 three links away (under 4),
 * and 11–12 a pair no path reaches.
 */
function tree(seed = 7, centre = 0): RadialInput {
  const ends = [0, 1, 0, 2, 0, 3, 1, 4, 1, 5, 2, 6, 2, 7, 3, 8, 3, 9, 4, 10, 11, 12];
  return { count: 13, linkEnds: Int32Array.from(ends), radii: new Float32Array(13).fill(5), centre, seed };
}

const distanceFromOrigin = (positions: Float32Array, i: number) => Math.hypot(positions[2 * i]!, positions[2 * i + 1]!);

describe('radialLayout', () => {
  it('counts hops along the links, -1 where no path leads', () => {
    expect([...hopDistances(13, tree().linkEnds, 0)]).toEqual([0, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, -1, -1]);
  });

  it('gives the same positions for the same seed, and turns the rings for another', () => {
    expect(radialLayout(tree(7))).toEqual(radialLayout(tree(7)));
    expect(radialLayout(tree(8))).not.toEqual(radialLayout(tree(7)));
  });

  it('puts the centre in the middle, whichever node it is', () => {
    const positions = radialLayout(tree(7, 2));
    expect([positions[4], positions[5]]).toEqual([0, 0]);
    expect(distanceFromOrigin(radialLayout(tree()), 0)).toBe(0);
  });

  it('puts each hop distance on one ring, the rings growing outwards, the unreached outside them all', () => {
    const positions = radialLayout(tree());
    const ringOf = (nodes: number[]) => nodes.map((i) => distanceFromOrigin(positions, i));
    const [one, two, three, unreached] = [ringOf([1, 2, 3]), ringOf([4, 5, 6, 7, 8, 9]), ringOf([10]), ringOf([11, 12])];
    for (const ring of [one, two, unreached]) for (const r of ring) expect(r).toBeCloseTo(ring[0]!, 3);
    expect(one[0]).toBeGreaterThan(0);
    expect(two[0]).toBeGreaterThan(one[0]!);
    expect(three[0]).toBeGreaterThan(two[0]!);
    expect(unreached[0]).toBeGreaterThan(three[0]!);
  });

  it('keeps a branch together: children sit nearer their own parent than other parents', () => {
    const positions = radialLayout(tree());
    const at = (i: number) => [positions[2 * i]!, positions[2 * i + 1]!] as const;
    const gap = (a: number, b: number) => Math.hypot(at(a)[0] - at(b)[0], at(a)[1] - at(b)[1]);
    for (const [parent, children] of [[1, [4, 5]], [2, [6, 7]], [3, [8, 9]]] as const) {
      const others = [1, 2, 3].filter((p) => p !== parent);
      for (const child of children) for (const other of others) expect(gap(child, parent)).toBeLessThan(gap(child, other));
    }
  });

  it('keeps the pieces no path reaches together on the outer ring', () => {
    // Centre 0 alone; two unreached pairs written interleaved: 1–3 and 2–4.
    const positions = radialLayout({ count: 5, linkEnds: Int32Array.from([1, 3, 2, 4]), radii: new Float32Array(5).fill(5), centre: 0, seed: 3 });
    const at = (i: number) => Math.atan2(positions[2 * i + 1]!, positions[2 * i]!);
    const apart = (a: number, b: number) => {
      const d = Math.abs(at(a) - at(b)) % (2 * Math.PI);
      return Math.min(d, 2 * Math.PI - d);
    };
    // Four on the ring, a quarter turn apart: partners are neighbours, never opposite.
    expect(apart(1, 3)).toBeCloseTo(Math.PI / 2, 5);
    expect(apart(2, 4)).toBeCloseTo(Math.PI / 2, 5);
  });

  it('makes a crowded ring long enough for its circles', () => {
    const count = 201;
    const ends: number[] = [];
    for (let i = 1; i < count; i += 1) ends.push(0, i);
    const positions = radialLayout({ count, linkEnds: Int32Array.from(ends), radii: new Float32Array(count).fill(6), centre: 0, seed: 1 });
    const r = distanceFromOrigin(positions, 1);
    expect(2 * Math.PI * r).toBeGreaterThanOrEqual(200 * 12);
  });
});
