/** The parts of a click that decide whether the browser should handle it. */
export interface ClickFacts {
  readonly button: number;
  readonly metaKey: boolean;
  readonly ctrlKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly defaultPrevented: boolean;
}

/** The parts of a link that decide whether the router may follow it. */
export interface LinkFacts {
  readonly href: string;
  readonly target: string;
  readonly download: boolean;
  readonly rel: string;
}

/**
 * Returns the URL the router should show in place of a full page load, or
 * null to let the browser follow the link itself.
 *
 * The browser keeps every click a user means for it: new tab or window
 * (modifier keys, middle button, target), downloads, other origins, in-page
 * anchors, and same-origin pages that are not views of this dashboard
 * (the GraphQL IDE, /healthz).
 */
export function clientNavigationTarget(
  click: ClickFacts,
  link: LinkFacts,
  currentHref: string,
  isClientRoute: (pathname: string) => boolean,
): URL | null {
  if (click.defaultPrevented || click.button !== 0) return null;
  if (click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return null;
  if (link.target !== '' && link.target !== '_self') return null;
  if (link.download) return null;
  if (link.rel.split(/\s+/).includes('external')) return null;

  let url: URL;
  let current: URL;
  try {
    url = new URL(link.href, currentHref);
    current = new URL(currentHref);
  } catch {
    return null;
  }
  if (url.origin !== current.origin) return null;
  const samePage = url.pathname === current.pathname && url.search === current.search;
  if (samePage && url.hash !== '') return null;
  if (!isClientRoute(url.pathname)) return null;
  return url;
}
