import { afterEach, describe, expect, it, vi } from 'vitest';
import { evidenceItem, evidenceLine, sourceHref, sourceText } from './candidate-evidence';
import type { CandidateEvidence, OrgRef } from './coverage-queries';

function inLanguage(lang: 'en' | 'zh'): void {
  vi.stubGlobal('window', { location: { search: `?lang=${lang}` }, localStorage: { getItem: () => null, setItem: () => undefined } });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const baoti: OrgRef = { id: 'baoti/group', name: 'Baoti Group', nameZh: '宝钛集团', label: 'Enterprise', kind: null, regionCode: '610300' };
const source = (id: string, url: string | null, title: string | null = null, publisher: string | null = null) => ({ id, kind: 'article', url, title, publisher, publishedOn: null });

const agreement: CandidateEvidence = {
  kind: 'agreement',
  id: 'xaut-baoti-base',
  name: 'Internship base',
  enterprise: baoti,
  segment: { id: 'ti--sponge', name: 'Sponge titanium', nameZh: '海绵钛', stage: null, order: 1 },
  sources: [source('s1', 'https://news.example.cn/a?id=1', 'Base opens'), source('s2', 'javascript:alert(1)', 'Bad'), source('s3', null, 'Print only')],
};

describe('sourceHref', () => {
  it('lets only http and https addresses become links', () => {
    expect(sourceHref('https://example.org/x')).toBe('https://example.org/x');
    expect(sourceHref(' http://example.org ')).toBe('http://example.org/');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', '/relative', 'not a url', '', null, undefined]) {
      expect(sourceHref(bad), String(bad)).toBeNull();
    }
  });

  it('names a source by its title, else its publisher, else its site, else its id', () => {
    expect(sourceText(source('s', 'https://a.example/x', 'Title', 'Pub'))).toBe('Title');
    expect(sourceText(source('s', 'https://a.example/x', null, 'Pub'))).toBe('Pub');
    expect(sourceText(source('s', 'https://a.example/x'))).toBe('a.example');
    expect(sourceText(source('s', null))).toBe('s');
  });
});

describe('evidenceItem', () => {
  it('links an agreement to its sources and to the profile of the enterprise it was made with', () => {
    inLanguage('en');
    const item = evidenceItem(agreement);
    expect(item).toEqual({
      kind: 'agreement',
      id: 'xaut-baoti-base',
      label: 'Agreement: Internship base',
      profile: { text: 'Baoti Group', href: '/org/baoti%2Fgroup?lang=en' },
      segment: 'Sponge titanium',
      sources: [{ text: 'Base opens', href: 'https://news.example.cn/a?id=1' }],
      unlinkedSources: 2,
    });
    expect(evidenceLine(item)).toBe('Agreement: Internship base — with Baoti Group (Sponge titanium)');
  });

  it("links an institution's own record to its profile, and an alliance to its sources only", () => {
    inLanguage('en');
    const own = evidenceItem({ kind: 'institution', id: 'xaut', name: "Xi'an University of Technology", enterprise: null, segment: null, sources: [source('r', 'https://moe.example/list')] }, '');
    expect(own.profile).toEqual({ text: "Xi'an University of Technology", href: '/org/xaut' });
    expect(own.label).toBe("Its record: Xi'an University of Technology");
    const alliance = evidenceItem({ kind: 'alliance', id: 'ti-alliance', name: null, enterprise: null, segment: null, sources: [] });
    expect(alliance).toMatchObject({ label: 'Alliance: ti-alliance', profile: null, segment: null, sources: [], unlinkedSources: 0 });
    expect(evidenceLine(alliance)).toBe('Alliance: ti-alliance');
  });

  it('speaks Chinese', () => {
    inLanguage('zh');
    const item = evidenceItem(agreement);
    expect([item.label, item.profile?.text, item.profile?.href, item.segment]).toEqual(['协议：Internship base', '宝钛集团', '/org/baoti%2Fgroup?lang=zh', '海绵钛']);
    expect(evidenceLine(item)).toBe('协议：Internship base — 合作企业 宝钛集团（海绵钛）');
  });
});
