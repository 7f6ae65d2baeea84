import { describe, expect, it } from 'vitest';
import { clientNavigationTarget, type ClickFacts, type LinkFacts } from './client-navigation';
import { matchRoute } from './match-route';

const plainClick: ClickFacts = {
  button: 0,
  metaKey: false,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  defaultPrevented: false,
};
const link = (href: string, extra: Partial<LinkFacts> = {}): LinkFacts => ({
  href,
  target: '',
  download: false,
  rel: '',
  ...extra,
});
const current = 'http://atlas.test/organizations?q=x';
const isClientRoute = (pathname: string): boolean => matchRoute(pathname) !== null;
const target = (click: ClickFacts, anchor: LinkFacts): string | null =>
  clientNavigationTarget(click, anchor, current, isClientRoute)?.href ?? null;

describe('clientNavigationTarget', () => {
  it('takes over plain clicks on links to dashboard views', () => {
    expect(target(plainClick, link('/network'))).toBe('http://atlas.test/network');
    expect(target(plainClick, link('http://atlas.test/org/abc?tab=1'))).toBe('http://atlas.test/org/abc?tab=1');
    expect(target(plainClick, link('/organizations'))).toBe('http://atlas.test/organizations');
  });

  it('leaves clicks meant for a new tab or window to the browser', () => {
    expect(target({ ...plainClick, ctrlKey: true }, link('/network'))).toBeNull();
    expect(target({ ...plainClick, metaKey: true }, link('/network'))).toBeNull();
    expect(target({ ...plainClick, shiftKey: true }, link('/network'))).toBeNull();
    expect(target({ ...plainClick, button: 1 }, link('/network'))).toBeNull();
    expect(target(plainClick, link('/network', { target: '_blank' }))).toBeNull();
  });

  it('leaves handled clicks, downloads and external links alone', () => {
    expect(target({ ...plainClick, defaultPrevented: true }, link('/network'))).toBeNull();
    expect(target(plainClick, link('/network', { download: true }))).toBeNull();
    expect(target(plainClick, link('/network', { rel: 'noopener external' }))).toBeNull();
  });

  it('leaves other origins, other schemes and non-view pages to the browser', () => {
    expect(target(plainClick, link('https://example.org/network'))).toBeNull();
    expect(target(plainClick, link('mailto:someone@example.org'))).toBeNull();
    expect(target(plainClick, link('/graphiql'))).toBeNull();
    expect(target(plainClick, link('/healthz'))).toBeNull();
  });

  it('leaves in-page anchors alone but follows a hash on another view', () => {
    expect(target(plainClick, link('/organizations?q=x#view-root'))).toBeNull();
    expect(target(plainClick, link('/network#top'))).toBe('http://atlas.test/network#top');
  });
});
