import { select } from 'd3';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendCandidateCells, CANDIDATE_CELL_COUNT } from './candidate-cells';
import { candidateFacts } from './candidate-facts';
import type { Candidate } from './coverage-queries';

afterEach(() => {
  vi.unstubAllGlobals();
});

const candidate: Candidate = {
  institution: { id: 'xaut', name: "Xi'an University of Technology", nameZh: '西安理工大学', label: 'Institution', kind: 'university', regionCode: '610100' },
  reason: 'chain_partner',
  tier: 2,
  distance: 'same_province',
  strength: 2,
  agreements: 0,
  inRegion: true,
  evidence: [
    {
      kind: 'agreement',
      id: 'xaut-huawei',
      name: 'AI industry college',
      enterprise: { id: 'huawei', name: 'Huawei', nameZh: null, label: 'Enterprise', kind: null, regionCode: null },
      segment: { id: 'ic--design', name: 'IC design', nameZh: 'IC设计', stage: null, order: 2 },
      sources: [{ id: 's1', kind: 'article', url: 'https://news.example.cn/1', title: '<b>Unveiled</b>', publisher: null, publishedOn: null }],
    },
    { kind: 'institution', id: 'xaut', name: "Xi'an University of Technology", enterprise: null, segment: null, sources: [] },
  ],
};

function row() {
  vi.stubGlobal('window', { location: { search: '?lang=en' }, localStorage: { getItem: () => null, setItem: () => undefined } });
  const dom = new JSDOM('<!doctype html><table><tbody><tr></tr></tbody></table>');
  const tr = dom.window.document.querySelector('tr')!;
  appendCandidateCells(select(tr), candidateFacts(candidate, (code) => (code === '610100' ? "Xi'an" : (code ?? '—'))));
  return tr;
}

describe('appendCandidateCells', () => {
  it('writes the institution, its region, reason and distance, as many cells as it says', () => {
    const tr = row();
    expect(tr.cells).toHaveLength(CANDIDATE_CELL_COUNT);
    expect([...tr.cells].slice(0, 4).map((cell) => cell.textContent)).toEqual([
      "Xi'an University of Technology",
      "Xi'an",
      'Works with enterprises of other segments of this chain (2 agreements)',
      'Same province',
    ]);
    expect(tr.dataset).toMatchObject({ institution: 'xaut', reason: 'chain_partner', distance: 'same_province' });
    expect(tr.querySelector('.candidate-name a')?.getAttribute('href')).toBe('/org/xaut?lang=en');
  });

  it('links each fact to its sources in a new tab, with no hold on this page, and to the organisation it is about', () => {
    const tr = row();
    const [agreement, own] = [...tr.querySelectorAll('.evidence-list li')];
    expect(agreement?.textContent).toBe('Agreement: AI industry college — with Huawei (IC design) · Sources: <b>Unveiled</b>');
    expect(agreement?.querySelector('a.evidence-profile')?.getAttribute('href')).toBe('/org/huawei?lang=en');
    const source = agreement?.querySelector('a.evidence-source');
    expect(source?.getAttribute('href')).toBe('https://news.example.cn/1');
    expect(source?.getAttribute('target')).toBe('_blank');
    // Paper writes the site after the link (gap-list.css).
    expect(source?.getAttribute('data-host')).toBe('news.example.cn');
    expect(source?.getAttribute('rel')?.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer', 'external']));
    // Titles are text, never markup.
    expect(source?.querySelector('b')).toBeNull();
    expect(own?.querySelector('a.evidence-profile')?.getAttribute('href')).toBe('/org/xaut?lang=en');
    expect(own?.textContent).toBe("Its record: Xi'an University of Technology · no source recorded");
  });
});
