import { describe, expect, it } from 'vitest';
import { geoLayout, groupReach, project, type GeoInput } from './geo-layout';

// Centres as the regions table gives them: Chengdu (Sichuan), Xi'an (Shaanxi), Beijing.
const CHENGDU: readonly [number, number] = [104.07, 30.67];
const XIAN: readonly [number, number] = [108.94, 34.34];
const BEIJING: readonly [number, number] = [116.4, 39.9];

/** 30 organisations in Chengdu, 10 in Xi'an, 5 in Beijing and 3 of no known region. */
function input(seed = 3): GeoInput {
  const anchors: number[] = [];
  const place = (where: readonly [number, number] | null, n: number) => {
    for (let i = 0; i < n; i += 1) anchors.push(where?.[0] ?? Number.NaN, where?.[1] ?? Number.NaN);
  };
  place(CHENGDU, 30);
  place(XIAN, 10);
  place(BEIJING, 5);
  place(null, 3);
  const count = anchors.length / 2;
  return { count, anchors: Float32Array.from(anchors), radii: Float32Array.from({ length: count }, (_, i) => 3 + (i % 5)), seed };
}

const at = (positions: Float32Array, i: number): [number, number] => [positions[2 * i]!, positions[2 * i + 1]!];
const gap = (a: readonly [number, number], b: readonly [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

describe('geoLayout', () => {
  it('gives the same positions for the same seed, and another jitter for another', () => {
    expect(geoLayout(input(3))).toEqual(geoLayout(input(3)));
    expect(geoLayout(input(4))).not.toEqual(geoLayout(input(3)));
  });

  it('keeps the organisations of one region near its centre, nearer it than any other region', () => {
    const positions = geoLayout(input());
    const chengdu = project(...CHENGDU);
    const xian = project(...XIAN);
    const reach = groupReach(30, 5);
    for (let i = 0; i < 30; i += 1) {
      expect(gap(at(positions, i), chengdu)).toBeLessThanOrEqual(reach);
      expect(gap(at(positions, i), chengdu)).toBeLessThan(gap(at(positions, i), xian));
    }
    for (let i = 30; i < 40; i += 1) expect(gap(at(positions, i), xian)).toBeLessThan(gap(at(positions, i), chengdu));
  });

  it('lays the country out as a map: east is right, north is up', () => {
    const positions = geoLayout(input());
    const beijing = at(positions, 40);
    const chengdu = at(positions, 0);
    expect(beijing[0]).toBeGreaterThan(chengdu[0]);
    expect(beijing[1]).toBeLessThan(chengdu[1]);
  });

  it('does not stack a region\'s organisations on one point', () => {
    const positions = geoLayout(input());
    const seen = new Set<string>();
    for (let i = 0; i < 30; i += 1) seen.add(at(positions, i).map((v) => v.toFixed(2)).join(','));
    expect(seen.size).toBe(30);
  });

  it('gathers organisations of no known region apart from every region', () => {
    const positions = geoLayout(input());
    const nowhere = at(positions, 45);
    for (const centre of [CHENGDU, XIAN, BEIJING]) expect(gap(nowhere, project(...centre))).toBeGreaterThan(200);
    expect(positions.every(Number.isFinite)).toBe(true);
  });
});
