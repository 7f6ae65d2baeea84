import { describe, expect, it } from 'vitest';
import { matchRoute } from './match-route';
import { gapWorkbookPath, orgPath } from './paths';

describe('orgPath', () => {
  it('round-trips awkward ids through the router', () => {
    for (const id of ['plain-id', 'a/b', 'x?y#z', '陕西 汽车', '100%']) {
      expect(matchRoute(orgPath(id))?.params['id']).toBe(id);
    }
  });
});

describe('gapWorkbookPath', () => {
  it('names the region and the language, escaping the code', () => {
    expect(gapWorkbookPath('510000', 'zh')).toBe('/api/gaps/510000.xlsx?lang=zh');
    expect(gapWorkbookPath('61/00', 'en')).toBe('/api/gaps/61%2F00.xlsx?lang=en');
  });
});
