import { describe, expect, it } from 'vitest';
import { judgedIn } from './chain-place';

describe('judgedIn', () => {
  it('judges a national chain everywhere, and any chain in the whole country', () => {
    expect(judgedIn(null, '510000')).toBe(true);
    expect(judgedIn('610000', '')).toBe(true);
  });

  it('judges a provincial chain in its province and the regions inside it, nowhere else', () => {
    expect(judgedIn('610000', '610000')).toBe(true);
    expect(judgedIn('610000', '610300')).toBe(true);
    expect(judgedIn('610000', '610302')).toBe(true);
    expect(judgedIn('610000', '510000')).toBe(false);
    expect(judgedIn('610000', '511300')).toBe(false);
  });

  it('judges a city chain in its city, the counties inside it and the province containing it', () => {
    expect(judgedIn('360700', '360000')).toBe(true);
    expect(judgedIn('360700', '360700')).toBe(true);
    expect(judgedIn('360700', '360702')).toBe(true);
    expect(judgedIn('360700', '360100')).toBe(false);
    expect(judgedIn('320413', '320400')).toBe(true);
    expect(judgedIn('320413', '320000')).toBe(true);
    expect(judgedIn('320413', '320412')).toBe(false);
  });
});
