import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Candidate, ChainCoverage, OrgRef } from './coverage-queries';
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

const ingots = { id: 'ti--ingots', name: 'Titanium ingots', nameZh: '钛铸锭', stage: 'midstream', order: 2 };
const mill = { id: 'ti--mill', name: 'Mill products, "plate"', nameZh: null, stage: 'midstream', order: 3 };

const nwpu: Candidate = {
  institution: org('nwpu', 'Northwestern Polytechnical University', '西北工业大学', 'Institution', '610100', 'university'),
  reason: 'segment_partner',
  tier: 1,
  distance: 'same_prefecture',
  strength: 1,
  agreements: 1,
  inRegion: true,
  evidence: [
    {
      kind: 'agreement',
      id: 'nwpu-xbt-lab',
      name: 'Joint lab',
      enterprise: org('xbt', 'Western Titanium', '西部钛业', 'Enterprise', '610100'),
      segment: ingots,
      sources: [
        { id: 'src-lab', kind: 'article', url: 'https://example.org/lab', title: 'Joint lab opens', publisher: null, publishedOn: null },
        { id: 'src-bad', kind: 'article', url: 'javascript:alert(1)', title: 'Not a link', publisher: null, publishedOn: null },
      ],
    },
  ],
};

const ustb: Candidate = {
  institution: org('ustb', 'USTB', null, 'Institution', '110000'),
  reason: 'chain_partner',
  tier: 2,
  distance: 'elsewhere',
  strength: 3,
  agreements: 0,
  inRegion: false,
  evidence: [
    { kind: 'agreement', id: 'ustb-a', name: null, enterprise: org('baoti', 'Baoti Group', '宝钛集团', 'Enterprise', '610300'), segment: mill, sources: [] },
    {
      kind: 'agreement',
      id: 'ustb-b',
      name: 'Internship base',
      enterprise: org('baoti', 'Baoti Group', '宝钛集团', 'Enterprise', '610300'),
      segment: mill,
      sources: [{ id: 'src-b', kind: null, url: 'http://news.example.cn/b', title: null, publisher: 'Baoji Daily', publishedOn: null }],
    },
  ],
};

const coverage: ChainCoverage = {
  chain: { id: 'ti', name: 'Titanium', nameZh: '钛', scope: 'provincial', regionCode: '610000' },
  region: { code: '610000', name: 'Shaanxi', nameZh: '陕西省', level: 'province' },
  segmentCoverage: 0.5,
  enterpriseCoverage: 0.5,
  segmentsRecorded: true,
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
      segment: ingots,
      covered: false,
      enterprises: 1,
      coveredEnterprises: 0,
      coveredBy: [],
      candidates: [nwpu, ustb],
    },
    {
      segment: mill,
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
    expect(rows.map((row) => [row.segmentName, row.segmentRowSpan, row.candidate?.institution.name ?? null, row.candidate?.region ?? null])).toEqual([
      ['Titanium ingots', 2, 'Northwestern Polytechnical University', "Xi'an"],
      ['Titanium ingots', null, 'USTB', 'Beijing'],
      ['End products', 1, null, null],
    ]);
    expect(rows[0]?.candidate?.institution.href).toBe('/org/nwpu?lang=en');
    expect(rows.map((row) => [row.candidate?.reason, row.candidate?.distance])).toEqual([
      ['Has an agreement with an enterprise of this segment', 'Same prefecture'],
      ['Works with enterprises of other segments of this chain (3 agreements)', 'Elsewhere'],
      [undefined, undefined],
    ]);
  });

  it('writes the candidates with their reason, distance, evidence ids and source addresses to CSV', () => {
    inLanguage('en');
    const csv = candidatesCsv(candidateRows(coverage, regionName));
    expect(csv.header).toEqual([
      'Uncovered segment',
      'Candidate institution',
      'ID',
      'Region',
      'Why a candidate',
      'Tier',
      'Distance',
      'Strength',
      'Agreements',
      'In the region',
      'Evidence',
      'Evidence IDs',
      'Source URLs',
    ]);
    expect(csv.rows).toEqual([
      [
        'Titanium ingots',
        'Northwestern Polytechnical University',
        'nwpu',
        "Xi'an",
        'Has an agreement with an enterprise of this segment',
        1,
        'Same prefecture',
        1,
        1,
        'Yes',
        'Agreement: Joint lab — with Western Titanium (Titanium ingots)',
        'nwpu-xbt-lab',
        // The javascript: address is not a link anywhere, CSV included.
        'https://example.org/lab',
      ],
      [
        'Titanium ingots',
        'USTB',
        'ustb',
        'Beijing',
        'Works with enterprises of other segments of this chain (3 agreements)',
        2,
        'Elsewhere',
        3,
        0,
        'No',
        'Agreement: ustb-a — with Baoti Group (Mill products, "plate"); Agreement: Internship base — with Baoti Group (Mill products, "plate")',
        'ustb-a | ustb-b',
        'http://news.example.cn/b',
      ],
      ['End products', '', '', '', '', '', '', '', '', '', '', '', ''],
    ]);
  });

  it('speaks Chinese: names, stages, kinds and yes/no', () => {
    inLanguage('zh');
    expect(segmentRows(coverage).map((row) => `${row.stage} ${row.name}`)).toEqual(['上游 海绵钛', '中游 钛铸锭', '中游 Mill products, "plate"', '下游 终端产品']);
    const [first, second] = candidateRows(coverage, regionName);
    expect(first?.candidate?.institution.name).toBe('西北工业大学');
    expect([first?.candidate?.reason, first?.candidate?.distance]).toEqual(['与该环节的一家企业签有协议', '同一地级市']);
    expect([second?.candidate?.reason, second?.candidate?.distance]).toEqual(['与本产业链其他环节的企业有合作（3项协议）', '其他地区']);
    expect(first?.candidate?.evidence[0]?.label).toBe('协议：Joint lab');
    expect(first?.candidate?.evidence[0]?.profile).toEqual({ text: '西部钛业', href: '/org/xbt?lang=zh' });
    const enterprises = enterpriseRows(coverage, regionName);
    expect(enterprises).toEqual([{ id: 'xi-ti', name: '西钛', href: '/org/xi-ti?lang=zh', kind: '国有企业', region: "Xi'an" }]);
    expect(enterprisesCsv(enterprises)).toEqual({ header: ['企业', 'ID', '类型', '地区'], rows: [['西钛', 'xi-ti', '国有企业', "Xi'an"]] });
  });

  it('lists unpartnered enterprises by name with their kind and region', () => {
    inLanguage('en');
    expect(enterpriseRows(coverage, regionName)).toEqual([{ id: 'xi-ti', name: '=Xi Ti, Ltd.', href: '/org/xi-ti?lang=en', kind: 'SOE', region: "Xi'an" }]);
  });

  it('writes the heat map as one row per chain × region, saying where a chain is not judged or has no segments recorded', () => {
    inLanguage('en');
    const national = { id: 'pv', name: 'Photovoltaics', nameZh: null, scope: 'national', regionCode: null };
    const cell = { enterpriseCoverage: 0, segmentCount: 4, coveredSegmentCount: 2, enterpriseCount: 1, partneredEnterpriseCount: 0 };
    const csv = matrixCsv(
      {
        regionLevel: 'province',
        chains: [coverage.chain, national],
        regions: [coverage.region!, { code: '110000', name: 'Beijing', nameZh: '北京市', level: 'province' }],
        cells: [
          { chainId: 'ti', regionCode: '610000', segmentCoverage: 0.5, ...cell },
          { chainId: 'pv', regionCode: '610000', segmentCoverage: null, ...cell, segmentCount: 0, coveredSegmentCount: 0 },
        ],
      },
      [coverage.chain, national],
      (region) => region.name,
    );
    expect(csv.header[0]).toBe('Chain');
    expect(csv.header.at(-1)).toBe('Note');
    expect(csv.rows).toEqual([
      ['Titanium', 'ti', 'Shaanxi', '610000', 0.5, 2, 4, 0, 0, 1, ''],
      // Titanium is Shaanxi's chain: Beijing is not its place, so no figures rather than zeros.
      ['Titanium', 'ti', 'Beijing', '110000', '', '', '', '', '', '', "Not this chain's place"],
      ['Photovoltaics', 'pv', 'Shaanxi', '610000', '', 0, 0, 0, 0, 1, 'Segments not recorded'],
      // A national chain without a cell has nothing there: zeros, as before.
      ['Photovoltaics', 'pv', 'Beijing', '110000', 0, 0, 0, 0, 0, 0, ''],
    ]);
  });

  it('links profiles with the ids escaped, keeping the language only when the URL has one', () => {
    expect(profileHref('a/b?c', '')).toBe('/org/a%2Fb%3Fc');
    expect(profileHref('baoti', '?chain=x&lang=zh')).toBe('/org/baoti?lang=zh');
  });
});
