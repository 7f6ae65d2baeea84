import { describe, expect, it } from 'vitest';
import type { HeatmapCell } from './coverage-heatmap';
import { sparsityNote, summarizeMatrix } from './matrix-summary';

const cell = (chainId: string, regionCode: string, enterpriseCount: number, coveredSegmentCount: number): HeatmapCell => ({
  chainId,
  regionCode,
  segmentCoverage: coveredSegmentCount / 4,
  enterpriseCoverage: 0,
  segmentCount: 4,
  coveredSegmentCount,
  enterpriseCount,
  partneredEnterpriseCount: 0,
});

describe('summarizeMatrix', () => {
  const chains = [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }];
  const regions = [{ code: '1' }, { code: '2' }, { code: '3' }];

  it('counts the cells with enterprises, with coverage, and those drawn hatched for each measure', () => {
    const matrix = { chains, regions, cells: [cell('a', '1', 2, 0), cell('a', '2', 0, 1), cell('a', '3', 0, 0), cell('b', '1', 0, 0)] };
    expect(summarizeMatrix(matrix, 'segment')).toEqual({
      chains: 2,
      regions: 3,
      cells: 6,
      withEnterprises: 1,
      withCoverage: 1,
      hatched: 4,
      notRecorded: 0,
      outside: 0,
    });
    // Enterprise coverage has nothing to count without enterprises, agreement or not.
    expect(summarizeMatrix(matrix, 'enterprise').hatched).toBe(5);
  });

  it('leaves out the positions outside a chain\'s place and counts chains without recorded segments apart', () => {
    const placed = [{ id: 'a', name: 'A' }, { id: 'b', name: 'B', regionCode: '2' }];
    const matrix = { chains: placed, regions, cells: [cell('a', '1', 1, 1), cell('a', '2', 0, 0), cell('a', '3', 0, 0), { ...cell('b', '2', 1, 0), segmentCoverage: null }] };
    const summary = summarizeMatrix(matrix, 'segment');
    expect(summary).toMatchObject({ cells: 4, outside: 2, notRecorded: 1, hatched: 2 });
    expect(sparsityNote(summary)).toBe('sparse');
    expect(summarizeMatrix(matrix, 'enterprise')).toMatchObject({ cells: 4, outside: 2, notRecorded: 0, hatched: 2 });
  });

  it('asks for a note when half or more of the map is hatched, another when all of it is', () => {
    const some = summarizeMatrix({ chains, regions, cells: [cell('a', '1', 1, 0), cell('a', '2', 1, 0), cell('a', '3', 1, 0)] }, 'segment');
    expect(sparsityNote(some)).toBe('sparse');
    const most = summarizeMatrix({ chains, regions, cells: regions.flatMap((r) => [cell('a', r.code, 1, 0), cell('b', r.code, 1, 0)]).slice(1) }, 'segment');
    expect(sparsityNote(most)).toBeNull();
    expect(sparsityNote(summarizeMatrix({ chains, regions, cells: [] }, 'segment'))).toBe('all-empty');
    expect(sparsityNote(summarizeMatrix({ chains: [], regions, cells: [] }, 'segment'))).toBeNull();
  });
});
