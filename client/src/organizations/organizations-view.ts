import { select } from 'd3';
import { request } from '../api/graphql-client';
import {
  ORGANIZATION_COUNTS_QUERY,
  ORGANIZATION_LIST_LIMIT,
  ORGANIZATION_LIST_QUERY,
  type OrganizationCountsResult,
  type OrganizationListResult,
} from '../api/queries';
import { countCards, renderCountCards } from './count-cards';
import { possiblyTruncatedTypes, truncationNote } from './list-truncation';
import { mountOrganizationBrowser } from './organization-browser';
import { t } from './organization-messages';
import { documentTitle } from '../router/document-title';
import { mergeOrganizationRows } from './organization-rows';
import { errorMessage, showStatus } from '../ui/status-message';
import type { View } from '../views/view';

/**
 * `/` and `/organizations`: database totals, then every institution,
 * enterprise and government in one filterable table. Counts and list load in
 * parallel so the totals appear even while a long list is still on its way.
 */
export const organizationsView: View = (root) => {
  document.title = documentTitle(t('title'));
  const loads = new AbortController();
  const view = select(root).append('section').attr('class', 'view').attr('aria-labelledby', 'view-heading');
  view.append('h1').attr('id', 'view-heading').text(t('title'));

  const counts = view.append('section').attr('class', 'counts').attr('aria-label', t('totals'));
  const countsPanel = counts.append('div').node() as HTMLElement;

  const list = view.append('section').attr('class', 'org-list').attr('aria-labelledby', 'org-list-heading');
  list.append('h2').attr('id', 'org-list-heading').text(t('list'));
  const listPanel = list.append('div').node() as HTMLElement;

  void loadCounts(countsPanel, loads.signal);
  void loadList(listPanel, loads.signal);
  return () => loads.abort();
};

async function loadCounts(panel: HTMLElement, signal: AbortSignal): Promise<void> {
  showStatus(panel, 'loading', t('loadingCounts'));
  try {
    const result = await request<OrganizationCountsResult>(ORGANIZATION_COUNTS_QUERY, undefined, { signal });
    const cards = document.createElement('ul');
    cards.className = 'count-cards';
    renderCountCards(cards, countCards(result));
    panel.replaceChildren(cards);
  } catch (error) {
    if (signal.aborted) return;
    showStatus(panel, 'error', t('countsFailed', { reason: errorMessage(error) }));
  }
}

async function loadList(panel: HTMLElement, signal: AbortSignal): Promise<void> {
  showStatus(panel, 'loading', t('loadingList'));
  let lists: OrganizationListResult;
  try {
    lists = await request<OrganizationListResult>(ORGANIZATION_LIST_QUERY, undefined, { signal });
  } catch (error) {
    if (signal.aborted) return;
    showStatus(panel, 'error', t('listFailed', { reason: errorMessage(error) }));
    return;
  }
  const rows = mergeOrganizationRows(lists);
  if (rows.length === 0) {
    showStatus(panel, 'empty', [
      t('emptyBefore'),
      { code: 'npm run ingest -- <files>' },
      t('emptyAfter'),
    ]);
    return;
  }
  const note = truncationNote(possiblyTruncatedTypes(lists, ORGANIZATION_LIST_LIMIT), ORGANIZATION_LIST_LIMIT);
  mountOrganizationBrowser(panel, rows, note);
}
