import type { RouteName } from './route-table';

/**
 * Marks the nav link of the current view with aria-current="page" (which the
 * stylesheet also uses), and clears it from the others. Links name their view
 * in `data-route`.
 */
export function markCurrentNavLink(nav: ParentNode, current: RouteName | null): void {
  for (const link of nav.querySelectorAll<HTMLAnchorElement>('a[data-route]')) {
    if (link.dataset['route'] === current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}
