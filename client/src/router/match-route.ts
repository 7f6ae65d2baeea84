import { ROUTES, type RouteDefinition } from './route-table';

export interface RouteMatch {
  readonly route: RouteDefinition;
  readonly params: Readonly<Record<string, string>>;
}

/**
 * Finds the route for a URL path, or null when none fits.
 * A trailing slash is ignored (`/network/` is `/network`), and parameters are
 * percent-decoded so ids with non-ASCII characters arrive as written.
 */
export function matchRoute(pathname: string, routes: readonly RouteDefinition[] = ROUTES): RouteMatch | null {
  const pathSegments = splitPath(pathname);
  if (pathSegments === null) return null;
  for (const route of routes) {
    const params = matchSegments(splitPath(route.pattern) ?? [], pathSegments);
    if (params !== null) return { route, params };
  }
  return null;
}

function matchSegments(patternSegments: readonly string[], pathSegments: readonly string[]): Record<string, string> | null {
  if (patternSegments.length !== pathSegments.length) return null;
  const params: Record<string, string> = {};
  for (const [index, patternSegment] of patternSegments.entries()) {
    const pathSegment = pathSegments[index] ?? '';
    if (patternSegment.startsWith(':')) {
      if (pathSegment === '') return null;
      params[patternSegment.slice(1)] = pathSegment;
    } else if (patternSegment !== pathSegment) {
      return null;
    }
  }
  return params;
}

/** Decoded, non-empty segments; null when the path holds a malformed escape. */
function splitPath(pathname: string): string[] | null {
  try {
    return pathname
      .split('/')
      .filter((segment) => segment !== '')
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return null;
  }
}
