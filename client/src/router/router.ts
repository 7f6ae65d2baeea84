import { errorMessage, showStatus } from '../ui/status-message';
import type { View, ViewCleanup } from '../views/view';
import { clientNavigationTarget } from './client-navigation';
import { documentTitle } from './document-title';
import { matchRoute } from './match-route';
import { markCurrentNavLink } from './nav-highlight';
import type { RouteName } from './route-table';

export interface RouterOptions {
  /** Where views render; emptied before each view mounts. */
  readonly root: HTMLElement;
  /** Holds the nav links to mark as current. */
  readonly nav: ParentNode;
  readonly views: Readonly<Record<RouteName, View>>;
  /** Shown for paths that match no route. */
  readonly notFound: View;
  /** Runs before each view mounts: the page around the views (language, nav labels) follows the URL too. */
  readonly beforeRender?: () => void;
}

export interface Router {
  /** Shows `url` (same origin) as a new history entry, or in place of the current one. */
  navigate(url: string, options?: { replace?: boolean }): void;
  stop(): void;
}

/**
 * A History API router: same-origin links to known views and back/forward
 * buttons change the view without a page load; every other link is left to
 * the browser. A view is mounted afresh on every navigation, so views read
 * their state (path params, query string) once on mount.
 */
export function startRouter(options: RouterOptions): Router {
  const { root, nav, views, notFound, beforeRender } = options;
  let cleanup: ViewCleanup | null = null;

  function render(): void {
    cleanup?.();
    cleanup = null;
    root.replaceChildren();
    beforeRender?.();

    const match = matchRoute(window.location.pathname);
    markCurrentNavLink(nav, match?.route.name ?? null);
    document.title = documentTitle(match?.route.title ?? 'Page not found');
    const view = match === null ? notFound : views[match.route.name];
    try {
      cleanup = view(root, match?.params ?? {}) ?? null;
    } catch (error) {
      // A view that throws must still leave the user something to read.
      showStatus(root, 'error', `This view failed to start: ${errorMessage(error)}`);
    }
  }

  function navigate(url: string, navigateOptions: { replace?: boolean } = {}): void {
    if (navigateOptions.replace === true) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    render();
    // Like a page load: start at the top, and let keyboard and screen-reader
    // users land in the new content rather than on the link they left.
    window.scrollTo(0, 0);
    root.focus({ preventScroll: true });
  }

  function onClick(event: MouseEvent): void {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement)) return;
    const target = clientNavigationTarget(
      event,
      { href: link.href, target: link.target, download: link.hasAttribute('download'), rel: link.rel },
      window.location.href,
      (pathname) => matchRoute(pathname) !== null,
    );
    if (target === null) return;
    event.preventDefault();
    if (target.href === window.location.href) return;
    navigate(target.pathname + target.search + target.hash);
  }

  document.addEventListener('click', onClick);
  window.addEventListener('popstate', render);
  render();

  return {
    navigate,
    stop(): void {
      document.removeEventListener('click', onClick);
      window.removeEventListener('popstate', render);
      cleanup?.();
      cleanup = null;
    },
  };
}
