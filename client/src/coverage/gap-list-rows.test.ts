import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Candidate, ChainGaps, OrgRef } from './coverage-queries';
import type { GapList } from './coverage-queries';
import { gapChains } from './gap-list-rows';

function inLanguage(lang: 'en' | 'zh'): void {
  vi.stubGlobal('window', { location: { search: `?lang=${lang}` }, localStorage: { getItem: () => null, setItem: () => undefined } });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const org = (id: string, name: string, nameZh: string | null, regionCode: string | null, label = 'Enterprise'): OrgRef => ({ id, name, nameZh, label, kind: null, regionCode });
const segment = (id: string, name: string, order: number) => ({ id, name, nameZh: null, stage: null, order });

const candidate = (id: string, name: string, reason: string, distance: string, strength: number): Candidate => ({
  institution: org(id, name, null, '610100', 'Institution'),
  reason,
  tier: ['segment_partner', 'chain_partner', 'chain_alliance', 'regional_fit'].indexOf(reason) + 1,
  distance,
  strength,
  agreements: reason === 'segment_partner' ? strength : 0,
  inRegion: distance !== 'elsewhere',
  evidence: [],
});

const chain = (overrides: Partial<ChainGaps>): ChainGaps => ({
  chain: { id: 'ti', name: 'Titanium', nameZh: '钛', scope: 'provincial', regionCode: '610000' },
  segmentsRecorded: true,
  segmentCoverage: 0.25,
  enterpriseCoverage: 0,
  segmentCount: 4,
  coveredSegmentCount: 1,
  enterpriseCount: 2,
  partneredEnterpriseCount: 0,
  uncoveredSegments: [],
  unpartneredEnterprises: [],
  ...overrides,
});

const list: GapList = {
  region: { code: '610000', name: 'Shaanxi', nameZh: '陕西省', level: 'province' },
  chains: [
    chain({
      // Listed downstream first on purpose: the rows go in the chain's order.
      uncoveredSegments: [
        { segment: segment('ti--mill', 'Mill products', 3), enterprises: [], candidates: [] },
        {
          segment: segment('ti--sponge', 'Sponge titanium', 1),
          enterprises: [org('zz', 'Zeta Ti', null, '610300'), org('baoti', 'Baoti Group', '宝钛集团', '610300')],
          candidates: [candidate('xaut', "Xi'an University of Technology", 'chain_partner', 'same_province', 2), candidate('spu', 'Shaanxi Polytechnic', 'regional_fit', 'same_province', 0)],
        },
      ],
      unpartneredEnterprises: [org('zz', 'Zeta Ti', null, '610300'), org('baoti', 'Baoti Group', '宝钛集团', '610300')],
    }),
    chain({
      chain: { id: 'display', name: 'New display', nameZh: '新型显示', scope: 'provincial', regionCode: '610000' },
      segmentsRecorded: false,
      segmentCoverage: null,
      segmentCount: 0,
      coveredSegmentCount: 0,
      enterpriseCount: 0,
    }),
    chain({ chain: { id: 'pv', name: 'Photovoltaics', nameZh: '光伏', scope: 'national', regionCode: null }, segmentCoverage: 1, coveredSegmentCount: 4, enterpriseCount: 1, partneredEnterpriseCount: 1, enterpriseCoverage: 1 }),
  ],
};

const names: Record<string, string> = { '610000': 'Shaanxi', '610100': "Xi'an", '610300': 'Baoji' };
const regionName = (code: string | null | undefined) => (code ? (names[code] ?? code) : '—');

describe('gapChains', () => {
  it('keeps the chains in the order the API ranks them, each with its figures in words', () => {
    inLanguage('en');
    const chains = gapChains(list, regionName);
    expect(chains.map((c) => [c.chainId, c.place, c.segmentsRecorded, c.segmentFigure, c.enterpriseFigure])).toEqual([
      ['ti', 'a chain of Shaanxi', true, 'Segment coverage 25% (1 of 4 segments)', 'Enterprise coverage 0% (0 of 2 enterprises)'],
      ['display', 'a chain of Shaanxi', false, 'Segments not recorded', 'No enterprise of this chain recorded here'],
      ['pv', null, true, 'Segment coverage 100% (4 of 4 segments)', 'Enterprise coverage 100% (1 of 1 enterprises)'],
    ]);
    expect(chains[1]?.rows).toEqual([]);
    expect(chains[2]?.rows).toEqual([]);
  });

  it('gives one row per uncovered segment × candidate, upstream first, the segment and its enterprises on its first row', () => {
    inLanguage('en');
    const [titanium] = gapChains(list, regionName);
    expect(
      titanium?.rows.map((row) => [row.segmentName, row.segmentRowSpan, row.enterprises.map((e) => e.name), row.candidate?.institution.name ?? null, row.candidate?.reason ?? null, row.candidate?.distance ?? null]),
    ).toEqual([
      ['Sponge titanium', 2, ['Baoti Group', 'Zeta Ti'], "Xi'an University of Technology", 'Works with enterprises of other segments of this chain (2 agreements)', 'Same province'],
      ['Sponge titanium', null, [], 'Shaanxi Polytechnic', 'College or university in the region', 'Same province'],
      ['Mill products', 1, [], null, null, null],
    ]);
    expect(titanium?.rows[0]?.enterprises[0]).toEqual({ id: 'baoti', name: 'Baoti Group', href: '/org/baoti?lang=en', region: 'Baoji' });
    expect(titanium?.rows[0]?.candidate?.institution.href).toBe('/org/xaut?lang=en');
    expect(titanium?.unpartnered.map((e) => e.id)).toEqual(['baoti', 'zz']);
  });

  it('speaks Chinese', () => {
    inLanguage('zh');
    const [titanium, display] = gapChains(list, regionName);
    expect([titanium?.chainName, titanium?.segmentFigure, display?.segmentFigure]).toEqual(['钛', '环节覆盖率 25%（4个环节中覆盖1个）', '未记录产业链环节']);
    // Sorted by the Chinese collation, whose place for Latin names is the ICU data's to decide.
    expect(titanium?.rows[0]?.enterprises.map((e) => e.name).sort()).toEqual(['Zeta Ti', '宝钛集团']);
    expect(titanium?.rows[0]?.candidate?.distance).toBe('同一省份');
  });
});
