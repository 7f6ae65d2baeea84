import type { RouteName } from './router/route-table';
import { briefingView } from './briefing/briefing-view';
import { coverageView } from './coverage/coverage-view';
import { importView } from './import/import-view';
import { mapView } from './map/map-view';
import { networkView } from './network/network-view';
import { orgProfileView } from './org-profile/org-profile-view';
import { organizationsView } from './organizations/organizations-view';
import { reviewView } from './review/review-view';
import { timelineView } from './timeline/timeline-view';
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
  import: importView,
};
