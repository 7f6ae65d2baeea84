import { describe, expect, it } from 'vitest';
import { testNode } from './test-fixtures';
import { radiusRange, sizeScale } from './size-scales';

describe('sizeScale', () => {
  it('makes circle area proportional to degree, from the smallest to the largest radius', () => {
    const nodes = [testNode('a', { degree: 0 }), testNode('b', { degree: 4 }), testNode('c', { degree: 16 })];
    const [min, max] = radiusRange(nodes.length);
    const scale = sizeScale('degree', nodes);
    expect(scale.radii[0]).toBeCloseTo(min);
    expect(scale.radii[2]).toBeCloseTo(max);
    // Area (r²) over the span above the minimum grows linearly with the value: 4/16 of the way.
    const t = (scale.radii[1]! - min) / (max - min);
    expect(t * t).toBeCloseTo(4 / 16, 5);
    expect(scale.legendValues).toEqual([16, 4]);
  });

  it('sizes by betweenness on request, and copes with all-zero values', () => {
    const nodes = [testNode('a', { betweenness: 0 }), testNode('b', { betweenness: 0 })];
    const scale = sizeScale('betweenness', nodes);
    expect([...scale.radii]).toEqual([radiusRange(2)[0], radiusRange(2)[0]]);
    expect(scale.legendValues).toEqual([]);
  });

  it('draws large networks with smaller circles', () => {
    expect(radiusRange(5000)[1]).toBeLessThan(radiusRange(100)[1]);
  });
});
