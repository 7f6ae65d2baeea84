import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChainCoverage, OrgRef } from './coverage-queries';
import { candidateRows, candidatesCsv, enterpriseRows, enterprisesCsv, matrixCsv, profileHref, segmentRows, segmentsCsv } from './coverage-tables';

function inLanguage(lang: 'en' | 'zh'): void {
  vi.stubGlobal('window', { location: { search: `?lang=${lang}` }, localStorage: { getItem: () => null, setItem: () => undefined } });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const org = (id: string, name: string, nameZh: string | null, label: string, regionCode: string | null, kind: string | null = null): OrgRef => ({
  id,
  name,
  nameZh,
  label,
  kind,
  regionCode,
});

const coverage: ChainCoverage = {
  chain: { id: 'ti', name: 'Titanium', nameZh: '钛', scope: 'provincial', regionCode: '610000' },
  region: { code: '610000', name: 'Shaanxi', nameZh: '陕西省', level: 'province' },
  segmentCoverage: 0.5,
  enterpriseCoverage: 0.5,
  segmentCount: 4,
  coveredSegmentCount: 2,
  enterpriseCount: 2,
  partneredEnterpriseCount: 1,
  segments: [
    {
      segment: { id: 'ti--end', name: 'End products', nameZh: '终端产品', stage: 'downstream', order: 4 },
      covered: false,
      enterprises: 0,
      coveredEnterprises: 0,
      coveredBy: [],
      candidates: [],
    },
    {
      segment: { id: 'ti--sponge', name: 'Sponge titanium', nameZh: '海绵钛', stage: 'upstream', order: 1 },
      covered: true,
      enterprises: 2,
      coveredEnterprises: 1,
      coveredBy: [
        { kind: 'partnered_enterprise', id: 'baoti', name: 'Baoti Group' },
        { kind: 'serving_alliance', id: 'ti-alliance', name: 'Titanium alliance' },
      ],
      candidates: [],
    },
    {
      segment: { id: 'ti--ingots', name: 'Titanium ingots', nameZh: '钛铸锭', stage: 'midstream', order: 2 },
      covered: false,
      enterprises: 1,
      coveredEnterprises: 0,
      coveredBy: [],
      candidates: [
        { institution: org('nwpu', 'Northwestern Polytechnical University', '西北工业大学', 'Institution', '610100', 'university'), agreements: 1, inRegion: true },
        { institution: org('ustb', 'USTB', null, 'Institution', '110000'), agreements: 3, inRegion: false },
      ],
    },
    {
      segment: { id: 'ti--mill', name: 'Mill products, "plate"', nameZh: null, stage: 'midstream', order: 3 },
      covered: true,
      enterprises: 0,
      coveredEnterprises: 0,
      coveredBy: [{ kind: 'serving_agreement', id: 'a1', name: 'Joint lab' }],
      candidates: [],
    },
  ],
  uncoveredEnterprises: [org('xi-ti', '=Xi Ti, Ltd.', '西钛', 'Enterprise', '610100', 'soe')],
};

const names: Record<string, string> = { '610100': "Xi'an", '110000': 'Beijing' };
const regionName = (code: string | null | undefined) => (code ? (names[code] ?? code) : '—');

describe('the coverage tables', () => {
  it('lists segments upstream to downstream with why each is covered, linking partnered enterprises', () => {
    inLanguage('en');
    const rows = segmentRows(coverage);
    expect(rows.map((row) => [row.stage, row.name, row.covered])).toEqual([
      ['Upstream', 'Sponge titanium', true],
      ['Midstream', 'Titanium ingots', false],
      ['Midstream', 'Mill products, "plate"', true],
      ['Downstream', 'End products', false],
    ]);
    expect(rows[0]?.reasons).toEqual([
      { text: 'Partnered enterprise: Baoti Group', href: '/org/baoti?lang=en' },
      { text: 'Alliance serving it: Titanium alliance', href: null },
    ]);
    const csv = segmentsCsv(rows);
    expect(csv.header).toEqual(['Stage', 'Segment', 'ID', 'Covered', 'Enterprises', 'Partnered enterprises', 'Why covered']);
    expect(csv.rows[0]).toEqual(['Upstream', 'Sponge titanium', 'ti--sponge', 'Yes', 2, 1, 'Partnered enterprise: Baoti Group; Alliance serving it: Titanium alliance']);
  });

  it('gives every uncovered segment its candidates in the order the API ranks them, or says there are none', () => {
    inLanguage('en');
    const rows = candidateRows(coverage, regionName);
    expect(rows.map((row) => [row.segmentName, row.segmentRowSpan, row.institution?.name ?? null, row.region, row.inRegion])).toEqual([
      ['Titanium ingots', 2, 'Northwestern Polytechnical University', "Xi'an", true],
      ['Titanium ingots', null, 'USTB', 'Beijing', false],
      ['End products', 1, null, '', null],
    ]);
    expect(rows[0]?.institution?.href).toBe('/org/nwpu?lang=en');
    expect(candidatesCsv(rows).rows).toEqual([
      ['Titanium ingots', 'Northwestern Polytechnical University', 'nwpu', "Xi'an", 1, 'Yes'],
      ['Titanium ingots', 'USTB', 'ustb', 'Beijing', 3, 'No'],
      ['End products', '', '', '', null, ''],
    ]);
  });

  it('speaks Chinese: names, stages, kinds and yes/no', () => {
    inLanguage('zh');
    expect(segmentRows(coverage).map((row) => `${row.stage} ${row.name}`)).toEqual(['上游 海绵钛', '中游 钛铸锭', '中游 Mill products, "plate"', '下游 终端产品']);
    expect(candidateRows(coverage, regionName)[0]?.institution?.name).toBe('西北工业大学');
    const enterprises = enterpriseRows(coverage, regionName);
    expect(enterprises).toEqual([{ id: 'xi-ti', name: '西钛', href: '/org/xi-ti?lang=zh', kind: '国有企业', region: "Xi'an" }]);
    expect(enterprisesCsv(enterprises)).toEqual({ header: ['企业', 'ID', '类型', '地区'], rows: [['西钛', 'xi-ti', '国有企业', "Xi'an"]] });
  });

  it('lists unpartnered enterprises by name with their kind and region', () => {
    inLanguage('en');
    expect(enterpriseRows(coverage, regionName)).toEqual([{ id: 'xi-ti', name: '=Xi Ti, Ltd.', href: '/org/xi-ti?lang=en', kind: 'SOE', region: "Xi'an" }]);
  });

  it('writes the heat map as one row per chain × region, zero where the answer has no cell', () => {
    inLanguage('en');
    const csv = matrixCsv(
      {
        regionLevel: 'province',
        chains: [coverage.chain],
        regions: [coverage.region!, { code: '110000', name: 'Beijing', nameZh: '北京市', level: 'province' }],
        cells: [{ chainId: 'ti', regionCode: '610000', segmentCoverage: 0.5, enterpriseCoverage: 0, segmentCount: 4, coveredSegmentCount: 2, enterpriseCount: 1, partneredEnterpriseCount: 0 }],
      },
      [coverage.chain],
      (region) => region.name,
    );
    expect(csv.header[0]).toBe('Chain');
    expect(csv.rows).toEqual([
      ['Titanium', 'ti', 'Shaanxi', '610000', 0.5, 2, 4, 0, 0, 1],
      ['Titanium', 'ti', 'Beijing', '110000', 0, 0, 0, 0, 0, 0],
    ]);
  });

  it('links profiles with the ids escaped, keeping the language only when the URL has one', () => {
    expect(profileHref('a/b?c', '')).toBe('/org/a%2Fb%3Fc');
    expect(profileHref('baoti', '?chain=x&lang=zh')).toBe('/org/baoti?lang=zh');
  });
});
