import type { RouteName } from './router/route-table';
import { briefingView } from './views/briefing';
import { coverageView } from './views/coverage';
import { mapView } from './views/map';
import { networkView } from './views/network';
import { orgProfileView } from './views/org-profile';
import { organizationsView } from './views/organizations';
import { reviewView } from './views/review';
import { timelineView } from './views/timeline';
import type { View } from './views/view';

/** Which view renders each route; a Record so a new route cannot lack one. */
export const VIEWS: Readonly<Record<RouteName, View>> = {
  organizations: organizationsView,
  'org-profile': orgProfileView,
  network: networkView,
  coverage: coverageView,
  map: mapView,
  timeline: timelineView,
  briefing: briefingView,
  review: reviewView,
};
