import { describe, expect, it } from 'vitest';
import { matchRoute } from './match-route';

describe('matchRoute', () => {
  it('maps both / and /organizations to the organisations view', () => {
    expect(matchRoute('/')?.route.name).toBe('organizations');
    expect(matchRoute('/organizations')?.route.name).toBe('organizations');
  });

  it('maps every top-level view', () => {
    for (const name of ['network', 'coverage', 'map', 'timeline', 'briefing', 'review']) {
      expect(matchRoute(`/${name}`)?.route.name).toBe(name);
    }
  });

  it('ignores a trailing slash', () => {
    expect(matchRoute('/network/')?.route.name).toBe('network');
  });

  it('captures and decodes the organisation id', () => {
    const match = matchRoute('/org/inst-xjtu');
    expect(match?.route.name).toBe('org-profile');
    expect(match?.params).toEqual({ id: 'inst-xjtu' });
    expect(matchRoute(`/org/${encodeURIComponent('西安交通大学')}`)?.params).toEqual({ id: '西安交通大学' });
    expect(matchRoute('/org/a%2Fb')?.params).toEqual({ id: 'a/b' });
  });

  it('matches nothing for unknown paths, a missing id, extra segments or a malformed escape', () => {
    expect(matchRoute('/graphiql')).toBeNull();
    expect(matchRoute('/healthz')).toBeNull();
    expect(matchRoute('/org')).toBeNull();
    expect(matchRoute('/org/')).toBeNull();
    expect(matchRoute('/org/a/b')).toBeNull();
    expect(matchRoute('/org/%E0%A4%A')).toBeNull();
  });
});
