import { describe, expect, it } from 'vitest';
import { CATEGORY_COLOURS, colourScale, OKABE_ITO, OTHER_COLOUR, outsideCount, provinceOf, UNKNOWN_COLOUR } from './colour-scales';
import { testNode } from './test-fixtures';

describe('colourScale', () => {
  it('colours organisation types with Okabe–Ito colours and counts them for the legend', () => {
    const nodes = [testNode('a', { label: 'Institution' }), testNode('b', { label: 'Enterprise' }), testNode('c', { label: 'Enterprise' })];
    const scale = colourScale('type', nodes);
    expect(scale.colours).toEqual([OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.orange]);
    expect(scale.legend.map((e) => [e.key, e.count])).toEqual([
      ['Institution', 1],
      ['Enterprise', 2],
      ['Government', 0],
    ]);
  });

  it('leaves partners outside the chosen regions out of the colours\' counts (they are drawn hollow and counted apart)', () => {
    const nodes = [
      testNode('a', { label: 'Institution' }),
      testNode('b', { label: 'Enterprise', outsideRegions: true }),
      testNode('c', { label: 'Enterprise' }),
      testNode('d', { label: 'Institution', outsideRegions: true }),
    ];
    const scale = colourScale('type', nodes);
    expect(scale.colours).toEqual([OKABE_ITO.blue, OTHER_COLOUR, OKABE_ITO.orange, OTHER_COLOUR]);
    expect(scale.legend.map((e) => [e.key, e.count])).toEqual([
      ['Institution', 1],
      ['Enterprise', 1],
      ['Government', 0],
    ]);
    expect(outsideCount(nodes)).toBe(2);
  });

  it('gives the seven largest communities the palette and every smaller one grey', () => {
    // Community i has 20 - i members: 0 is the largest, 9 the smallest.
    const nodes = Array.from({ length: 10 }, (_, community) => Array.from({ length: 20 - community }, (_, i) => testNode(`n${community}-${i}`, { community }))).flat();
    const scale = colourScale('community', nodes);
    const colourOf = (community: number) => scale.colours[nodes.findIndex((n) => n.community === community)];
    expect(colourOf(0)).toBe(CATEGORY_COLOURS[0]);
    expect(colourOf(6)).toBe(CATEGORY_COLOURS[6]);
    expect(colourOf(7)).toBe(OTHER_COLOUR);
    expect(colourOf(9)).toBe(OTHER_COLOUR);
    expect(new Set(CATEGORY_COLOURS).size).toBe(7);
    const other = scale.legend.find((e) => e.kind === 'other')!;
    expect(other).toMatchObject({ key: '3', count: 13 + 12 + 11 });
  });

  it('breaks ties between equal communities by their number, so colours repeat from run to run', () => {
    const nodes = [testNode('x', { community: 5 }), testNode('y', { community: 2 })];
    expect(colourScale('community', nodes).legend.map((e) => e.key)).toEqual(['2', '5']);
  });

  it('groups organisations by province (a city counts for its province) and whites out unknown regions', () => {
    const nodes = [testNode('a', { regionCode: '510100' }), testNode('b', { regionCode: '510000' }), testNode('c', { regionCode: null }), testNode('d', { regionCode: '610000' })];
    const scale = colourScale('province', nodes);
    expect(scale.colours[0]).toBe(scale.colours[1]);
    expect(scale.colours[2]).toBe(UNKNOWN_COLOUR);
    expect(scale.legend.map((e) => [e.kind, e.key, e.count])).toEqual([
      ['province', '510000', 2],
      ['province', '610000', 1],
      ['unknown', 'unknown', 1],
    ]);
  });

  it('leaves organisations brought in from outside the filter grey in community mode', () => {
    const scale = colourScale('community', [testNode('a', { community: 0 }), testNode('b', { community: 0, added: true })]);
    expect(scale.colours).toEqual([CATEGORY_COLOURS[0], OTHER_COLOUR]);
  });
});

describe('provinceOf', () => {
  it('reads the province from a GB/T 2260 code', () => {
    expect(provinceOf('371500')).toBe('370000');
    expect(provinceOf('110000')).toBe('110000');
    expect(provinceOf('Shandong')).toBeNull();
    expect(provinceOf(null)).toBeNull();
  });
});
