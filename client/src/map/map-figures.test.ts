import { describe, expect, it } from 'vitest';
import { countValues, mapRegionOf, regionCounts } from './map-figures';
import { regionLinks } from './map-state';

const provinces = new Set(['510000', '610000', '110000']);

describe('mapRegionOf', () => {
  it('finds the region on the map of a county, a prefecture or a province', () => {
    expect(mapRegionOf('510104', provinces)).toBe('510000');
    expect(mapRegionOf('610300', provinces)).toBe('610000');
    expect(mapRegionOf('110000', provinces)).toBe('110000');
    expect(mapRegionOf('440300', provinces)).toBeNull();
    expect(mapRegionOf(null, provinces)).toBeNull();
    const prefectures = new Set(['510100', '510300', '469001']);
    expect(mapRegionOf('510104', prefectures)).toBe('510100');
    expect(mapRegionOf('469001', prefectures)).toBe('469001');
  });
});

describe('regionCounts', () => {
  const nodes = [
    { id: 'scu', label: 'Institution', regionCode: '510104' },
    { id: 'uestc', label: 'Institution', regionCode: '510100' },
    { id: 'byd', label: 'Enterprise', regionCode: '610100' },
    { id: 'baoti', label: 'Enterprise', regionCode: '610300' },
    { id: 'gov', label: 'Government', regionCode: '110000' },
    { id: 'far', label: 'Enterprise', regionCode: '440300' },
  ];
  const links = [
    { source: 'scu', target: 'byd', weight: 2 },
    { source: 'uestc', target: 'baoti', weight: 1 },
    { source: 'scu', target: 'uestc', weight: 3 },
    { source: 'gov', target: 'far', weight: 5 },
  ];

  it('counts organisations, agreements and cross-region flows per province', () => {
    const counts = regionCounts(nodes, links, provinces);
    expect(Object.fromEntries(counts.institutions)).toEqual({ '510000': 2 });
    expect(Object.fromEntries(counts.enterprises)).toEqual({ '610000': 2 });
    expect(Object.fromEntries(counts.agreements)).toEqual({ '510000': 6, '610000': 3, '110000': 5 });
    expect(counts.flows).toEqual([{ source: '510000', target: '610000', links: 2, agreements: 3 }]);
  });

  it('leaves regions with nothing recorded without a value', () => {
    expect([...countValues(new Map([['510000', 0], ['610000', 4]]))]).toEqual([['610000', 4]]);
  });
});

describe('regionLinks', () => {
  it('carries a province to the other views as their filter, with the language', () => {
    expect(regionLinks('510000', '?lang=zh&figure=coverage')).toEqual({
      network: '/network?regions=510000&lang=zh',
      coverage: '/coverage?region=510000&level=province&lang=zh',
      timeline: '/timeline?regions=510000&lang=zh',
    });
  });

  it('opens a prefecture inside its province in the coverage view', () => {
    expect(regionLinks('510100', '').coverage).toBe('/coverage?region=510100&level=prefecture&within=510000');
  });
});
