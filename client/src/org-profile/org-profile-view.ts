import './org-profile-view.css';
import { select } from 'd3';
import { request } from '../api/graphql-client';
import { ORGANIZATION_BY_ID_QUERY, type OrganizationByIdResult, type OrganizationByIdVariables } from '../api/queries';
import { displayName } from '../i18n/display-name';
import { renderEgoNetwork } from './ego-network';
import { pickOrganization } from '../organizations/pick-organization';
import { t } from './org-profile-messages';
import { ORG_PROFILE_QUERY, type OrgProfileResult, type OrgProfileVariables } from './org-profile-query';
import {
  profileHref,
  profileSection,
  renderAgreements,
  renderChainsAndAlliances,
  renderHeader,
  renderMetrics,
  renderPartners,
} from './profile-sections';
import { documentTitle } from '../router/document-title';
import { METRICS_UPDATED_EVENT } from '../ui/metrics-status';
import { errorMessage, showStatus } from '../ui/status-message';
import type { View } from '../views/view';

/**
 * `/org/<id>`: an organisation's facts, its place in the network, its agreements each with the
 * sentence of the source that states it, its partners, chains and alliances, and a small drawing
 * of its partners. Everything comes from one `orgProfile` query; every value is set as text.
 */
export const orgProfileView: View = (root, params) => {
  const id = params['id'] ?? '';
  const load = new AbortController();
  /** The profile on show has figures older than the graph's last change (`metrics.metricsStale`). */
  let staleShown = false;
  const view = select(root).append('article').attr('class', 'view org-profile').attr('aria-labelledby', 'view-heading');
  view.append('p').attr('class', 'breadcrumb').append('a').attr('href', withLang('/organizations')).text(t('back'));
  const panel = view.append('div').attr('data-testid', 'profile-panel').node() as HTMLElement;

  void (async () => {
    showStatus(panel, 'loading', t('loading'));
    panel.setAttribute('aria-busy', 'true');
    // The name comes back long before the metrics: show it while the rest is on its way.
    let done = false;
    void request<OrganizationByIdResult, OrganizationByIdVariables>(ORGANIZATION_BY_ID_QUERY, { id }, { signal: load.signal })
      .then((quick) => {
        const found = pickOrganization(quick);
        if (done || load.signal.aborted || found === null) return;
        const heading = document.createElement('h1');
        heading.id = 'view-heading';
        heading.dataset['testid'] = 'org-name';
        heading.textContent = displayName(found.organization);
        panel.prepend(heading);
      })
      .catch(() => {
        // The full profile's request reports any failure.
      });
    try {
      const result = await request<OrgProfileResult, OrgProfileVariables>(ORG_PROFILE_QUERY, { id }, { signal: load.signal });
      done = true;
      if (load.signal.aborted) return;
      if (result.orgProfile === null) showNotFound(panel, id);
      else {
        showProfile(panel, result.orgProfile);
        staleShown = result.orgProfile.metrics.metricsStale;
      }
    } catch (error) {
      if (load.signal.aborted) return;
      showStatus(panel, 'error', t('failed', { reason: errorMessage(error) }));
    } finally {
      done = true;
      panel.removeAttribute('aria-busy');
    }
  })();

  // A recompute of the stored metrics ended (ui/metrics-status.ts): show the new figures, in place.
  const onMetricsUpdated = (): void => {
    if (!staleShown || load.signal.aborted) return;
    staleShown = false;
    request<OrgProfileResult, OrgProfileVariables>(ORG_PROFILE_QUERY, { id }, { signal: load.signal })
      .then((result) => {
        if (load.signal.aborted || result.orgProfile === null) return;
        showProfile(panel, result.orgProfile);
        staleShown = result.orgProfile.metrics.metricsStale;
      })
      .catch(() => {
        // The stale figures and their note stay; the next end of a recompute tries again.
        staleShown = true;
      });
  };
  window.addEventListener(METRICS_UPDATED_EVENT, onMetricsUpdated);
  return () => {
    window.removeEventListener(METRICS_UPDATED_EVENT, onMetricsUpdated);
    load.abort();
  };
};

function withLang(path: string): string {
  const lang = new URLSearchParams(window.location.search).get('lang');
  return lang === null ? path : `${path}?lang=${encodeURIComponent(lang)}`;
}

function showNotFound(panel: HTMLElement, id: string): void {
  document.title = documentTitle(t('notFoundTitle'));
  const heading = document.createElement('h1');
  heading.id = 'view-heading';
  heading.textContent = t('notFoundTitle');
  const status = showStatus(panel, 'empty', t('notFound', { id }));
  status.dataset['testid'] = 'profile-not-found';
  panel.insertBefore(heading, status);
  select(panel).append('p').append('a').attr('href', withLang('/organizations')).text(t('notFoundLink'));
}

function showProfile(panel: HTMLElement, profile: OrgProfileResult['orgProfile'] & object): void {
  const name = displayName(profile.organization);
  document.title = documentTitle(name);
  const page = select(panel);
  page.selectChildren().remove();
  renderHeader(page, profile);
  renderMetrics(page, profile);

  const ego = profileSection(page, 'ego', t('ego'));
  renderEgoNetwork(ego.node()!, profile.egoNetwork, profile.organization.id, name, profileHref, (href) => openThroughRouter(panel, href));

  renderAgreements(page, profile);
  renderPartners(page, profile);
  renderChainsAndAlliances(page, profile);
}

/** Through an HTML link, so the router shows the next profile without a page load. */
function openThroughRouter(panel: HTMLElement, href: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.hidden = true;
  panel.append(link);
  link.click();
  link.remove();
}
