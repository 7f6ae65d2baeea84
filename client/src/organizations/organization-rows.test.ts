import { describe, expect, it } from 'vitest';
import type { OrganizationListResult, OrganizationSummary } from '../api/queries';
import { filterOrganizationRows, mergeOrganizationRows } from './organization-rows';

const org = (id: string, name: string, nameZh: string | null = null, extra: Partial<OrganizationSummary> = {}) => ({
  id,
  name,
  nameZh,
  kind: null,
  regionCode: null,
  ...extra,
});

const lists: OrganizationListResult = {
  institutions: [
    org('i-xjtu', "Xi’an Jiaotong University", '西安交通大学', { kind: 'university', regionCode: '610100' }),
    org('i-svtc', 'Shaanxi Vocational and Technical College', '陕西职业技术学院', { kind: 'vocational_college' }),
  ],
  enterprises: [
    org('e-byd', 'BYD Auto', '比亚迪汽车'),
    org('e-sxqc', 'Shaanxi Automobile Group', '陕西汽车集团', { kind: 'soe' }),
  ],
  governments: [org('g-sxedu', 'Shaanxi Provincial Department of Education', '陕西省教育厅')],
};

const names = (rows: readonly { name: string }[]): string[] => rows.map((row) => row.name);

describe('mergeOrganizationRows', () => {
  it('merges the three lists into one table sorted by name, with type labels', () => {
    const rows = mergeOrganizationRows(lists);
    expect(names(rows)).toEqual([
      'BYD Auto',
      'Shaanxi Automobile Group',
      'Shaanxi Provincial Department of Education',
      'Shaanxi Vocational and Technical College',
      "Xi’an Jiaotong University",
    ]);
    expect(rows.map((row) => row.typeLabel)).toEqual(['Enterprise', 'Enterprise', 'Government', 'Institution', 'Institution']);
    expect(rows[4]).toMatchObject({ key: 'institution:i-xjtu', id: 'i-xjtu', type: 'institution', kind: 'university', regionCode: '610100' });
  });

  it('sorts case-insensitively and numbers by value, and keeps same-named organisations apart by type', () => {
    const rows = mergeOrganizationRows({
      institutions: [org('i1', 'no. 10 middle school'), org('same', 'Alpha')],
      enterprises: [org('e1', 'No. 2 Factory'), org('same', 'Alpha')],
      governments: [],
    });
    expect(rows.map((row) => row.key)).toEqual(['institution:same', 'enterprise:same', 'enterprise:e1', 'institution:i1']);
  });

  it('treats blank optional fields as missing and falls back to the Chinese name or id', () => {
    const rows = mergeOrganizationRows({
      institutions: [org('i1', '  ', '西北大学', { kind: '', regionCode: ' ' })],
      enterprises: [org('e1', '', '  ')],
      governments: [],
    });
    expect(rows.find((row) => row.id === 'i1')).toMatchObject({ name: '西北大学', kind: null, regionCode: null });
    expect(rows.find((row) => row.id === 'e1')).toMatchObject({ name: 'e1', nameZh: null });
  });
});

describe('filterOrganizationRows', () => {
  const rows = mergeOrganizationRows(lists);

  it('keeps everything with no filter', () => {
    expect(filterOrganizationRows(rows, { text: '', type: null })).toHaveLength(5);
    expect(filterOrganizationRows(rows, { text: '   ', type: null })).toHaveLength(5);
  });

  it('matches English names case-insensitively, every word anywhere', () => {
    expect(names(filterOrganizationRows(rows, { text: 'shaanxi', type: null }))).toHaveLength(3);
    expect(names(filterOrganizationRows(rows, { text: 'college SHAANXI', type: null }))).toEqual([
      'Shaanxi Vocational and Technical College',
    ]);
  });

  it('matches Chinese names, and plain apostrophes and full-width letters', () => {
    expect(names(filterOrganizationRows(rows, { text: '陕西', type: null }))).toHaveLength(3);
    expect(names(filterOrganizationRows(rows, { text: '交通', type: null }))).toEqual(["Xi’an Jiaotong University"]);
    expect(names(filterOrganizationRows(rows, { text: "xi'an", type: null }))).toEqual(["Xi’an Jiaotong University"]);
    expect(names(filterOrganizationRows(rows, { text: 'ＢＹＤ', type: null }))).toEqual(['BYD Auto']);
  });

  it('filters by type, alone and together with text', () => {
    expect(names(filterOrganizationRows(rows, { text: '', type: 'enterprise' }))).toEqual([
      'BYD Auto',
      'Shaanxi Automobile Group',
    ]);
    expect(names(filterOrganizationRows(rows, { text: 'shaanxi', type: 'government' }))).toEqual([
      'Shaanxi Provincial Department of Education',
    ]);
    expect(filterOrganizationRows(rows, { text: 'byd', type: 'institution' })).toEqual([]);
  });

  it('does not match on kind or id, only names', () => {
    expect(filterOrganizationRows(rows, { text: 'university', type: null })).toHaveLength(1);
    expect(filterOrganizationRows(rows, { text: 'i-xjtu', type: null })).toEqual([]);
  });
});
