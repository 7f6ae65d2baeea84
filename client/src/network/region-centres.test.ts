import { describe, expect, it } from 'vitest';
import { centreCodes, nodeAnchors, prefectureOf } from './region-centres';

describe('region centres for the geographic layout', () => {
  it('finds the prefecture of a county, a prefecture and a province', () => {
    expect(prefectureOf('510104')).toBe('510100');
    expect(prefectureOf('510100')).toBe('510100');
    expect(prefectureOf('510000')).toBe('510000');
    expect(prefectureOf(null)).toBeNull();
    expect(prefectureOf('abc')).toBeNull();
  });

  it('asks for each prefecture and province once', () => {
    expect(centreCodes([{ regionCode: '510104' }, { regionCode: '510107' }, { regionCode: '610000' }, { regionCode: null }])).toEqual(['510000', '510100', '610000']);
  });

  it('places a node at its prefecture, else at its province, else nowhere', () => {
    const centres = new Map<string, readonly [number, number]>([
      ['510100', [104.07, 30.67]],
      ['510000', [103, 30]],
      ['510700', [Number.NaN, Number.NaN]],
    ]);
    const anchors = nodeAnchors([{ regionCode: '510104' }, { regionCode: '510700' }, { regionCode: null }], centres);
    expect([...anchors.slice(0, 4)].map((v) => Math.round(v * 100) / 100)).toEqual([104.07, 30.67, 103, 30]);
    expect(Number.isNaN(anchors[4]!)).toBe(true);
  });
});
