import { afterEach, describe, expect, it, vi } from 'vitest';
import { distanceText, reasonText } from './candidate-reason';

function inLanguage(lang: 'en' | 'zh'): void {
  vi.stubGlobal('window', { location: { search: `?lang=${lang}` }, localStorage: { getItem: () => null, setItem: () => undefined } });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const candidate = (reason: string, strength: number, kind: string | null = null, evidence: string[] = []) => ({
  reason,
  strength,
  institution: { kind },
  evidence: evidence.map((k) => ({ kind: k })),
});

describe('reasonText', () => {
  it('words each reason for a planner, counting the facts where the count means something', () => {
    inLanguage('en');
    expect(reasonText(candidate('segment_partner', 1))).toBe('Has an agreement with an enterprise of this segment');
    expect(reasonText(candidate('segment_partner', 2))).toBe('Has 2 agreements with enterprises of this segment');
    expect(reasonText(candidate('chain_partner', 1))).toBe('Works with an enterprise of another segment of this chain');
    expect(reasonText(candidate('chain_partner', 4))).toBe('Works with enterprises of other segments of this chain (4 agreements)');
  });

  it('names what serves the chain, an alliance or an agreement, as the evidence shows it', () => {
    inLanguage('en');
    expect(reasonText(candidate('chain_alliance', 1, null, ['alliance']))).toBe('Member of an alliance serving this chain');
    expect(reasonText(candidate('chain_alliance', 1, null, ['agreement']))).toBe('Party to an agreement serving this chain');
    expect(reasonText(candidate('chain_alliance', 2, null, ['alliance', 'agreement']))).toBe('Member of an alliance, or party to an agreement, serving this chain');
    expect(reasonText(candidate('chain_alliance', 0))).toBe('Member of an alliance, or party to an agreement, serving this chain');
  });

  it('says what kind of institution in the region a regional fit is', () => {
    inLanguage('en');
    expect(reasonText(candidate('regional_fit', 0, 'vocational_college'))).toBe('Vocational college or school in the region');
    expect(reasonText(candidate('regional_fit', 0, 'technician_college'))).toBe('Vocational college or school in the region');
    expect(reasonText(candidate('regional_fit', 0, 'university'))).toBe('University in the region');
    expect(reasonText(candidate('regional_fit', 0, null))).toBe('College or university in the region');
  });

  it('shows a reason this client does not know as its code rather than hiding it', () => {
    inLanguage('en');
    expect(reasonText(candidate('board_member', 1))).toBe('board_member');
  });

  it('speaks Chinese', () => {
    inLanguage('zh');
    expect(reasonText(candidate('segment_partner', 2))).toBe('与该环节的企业签有2项协议');
    expect(reasonText(candidate('chain_partner', 1))).toBe('与本产业链其他环节的一家企业有合作');
    expect(reasonText(candidate('chain_alliance', 1, null, ['alliance']))).toBe('服务本产业链的联盟成员');
    expect(reasonText(candidate('regional_fit', 0, 'vocational_college'))).toBe('本地区的职业院校');
    expect(reasonText(candidate('regional_fit', 0, 'university'))).toBe('本地区的高校');
  });
});

describe('distanceText', () => {
  it('words the three distances in either language, and keeps an unknown one as it is', () => {
    inLanguage('en');
    expect(['same_prefecture', 'same_province', 'elsewhere', 'far'].map(distanceText)).toEqual(['Same prefecture', 'Same province', 'Elsewhere', 'far']);
    inLanguage('zh');
    expect(['same_prefecture', 'same_province', 'elsewhere'].map(distanceText)).toEqual(['同一地级市', '同一省份', '其他地区']);
  });
});
