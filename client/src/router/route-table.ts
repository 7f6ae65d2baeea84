/** Every view the dashboard can show; the router maps each to a View. */
export type RouteName =
  | 'organizations'
  | 'org-profile'
  | 'network'
  | 'coverage'
  | 'map'
  | 'timeline'
  | 'briefing'
  | 'review'
  | 'import';

export interface RouteDefinition {
  readonly name: RouteName;
  /** Path with `:name` segments for parameters, e.g. `/org/:id`. */
  readonly pattern: string;
  /** Shown in the browser tab until the view knows better. */
  readonly title: string;
}

// Kept free of view imports so it can be matched (and tested) without the DOM.
export const ROUTES: readonly RouteDefinition[] = [
  { name: 'organizations', pattern: '/', title: 'Organisations' },
  { name: 'organizations', pattern: '/organizations', title: 'Organisations' },
  { name: 'org-profile', pattern: '/org/:id', title: 'Organisation' },
  { name: 'network', pattern: '/network', title: 'Network' },
  { name: 'coverage', pattern: '/coverage', title: 'Coverage' },
  { name: 'map', pattern: '/map', title: 'Map' },
  { name: 'timeline', pattern: '/timeline', title: 'Timeline' },
  { name: 'briefing', pattern: '/briefing', title: 'Briefing' },
  { name: 'review', pattern: '/review', title: 'Review' },
  { name: 'import', pattern: '/import', title: 'Import' },
];
