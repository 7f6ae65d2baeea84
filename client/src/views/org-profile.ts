import { select } from 'd3';
import { request } from '../api/graphql-client';
import {
  ORGANIZATION_BY_ID_QUERY,
  type OrganizationByIdResult,
  type OrganizationByIdVariables,
} from '../api/queries';
import { formatKind } from '../format/format-kind';
import { orMissing } from '../format/missing-value';
import { ORGANIZATION_TYPE_LABEL } from '../organizations/organization-type-labels';
import { pickOrganization, type TypedOrganization } from '../organizations/pick-organization';
import { documentTitle } from '../router/document-title';
import { errorMessage, showStatus } from '../ui/status-message';
import type { View } from './view';

/** `/org/<id>`: who an organisation is, as the database records it. */
export const orgProfileView: View = (root, params) => {
  const id = params['id'] ?? '';
  const load = new AbortController();
  const view = select(root).append('article').attr('class', 'view org-profile');
  view.append('p').attr('class', 'breadcrumb').append('a').attr('href', '/organizations').text('← All organisations');
  const panel = view.append('div').node() as HTMLElement;

  void (async () => {
    showStatus(panel, 'loading', 'Loading organisation…');
    try {
      const result = await request<OrganizationByIdResult, OrganizationByIdVariables>(
        ORGANIZATION_BY_ID_QUERY,
        { id },
        { signal: load.signal },
      );
      const found = pickOrganization(result);
      if (found === null) showNotFound(panel, id);
      else showProfile(panel, found);
    } catch (error) {
      if (load.signal.aborted) return;
      showStatus(panel, 'error', `Could not load this organisation. ${errorMessage(error)}`);
    }
  })();
  return () => load.abort();
};

function showNotFound(panel: HTMLElement, id: string): void {
  document.title = documentTitle('Organisation not found');
  const heading = document.createElement('h1');
  heading.textContent = 'Not found';
  const status = showStatus(panel, 'empty', `No institution, enterprise or government has the id “${id}”.`);
  panel.insertBefore(heading, status);
}

function showProfile(panel: HTMLElement, { type, organization }: TypedOrganization): void {
  document.title = documentTitle(organization.name);
  const profile = select(panel);
  profile.selectChildren().remove();

  const header = profile.append('header').attr('class', 'profile-header');
  header.append('h1').attr('data-testid', 'org-name').text(organization.name);
  if (organization.nameZh) {
    header.append('p').attr('class', 'name-zh').attr('lang', 'zh-Hans').text(organization.nameZh);
  }

  const aliases = (organization.aliases ?? []).filter((alias) => alias.trim() !== '');
  const facts: readonly (readonly [string, string])[] = [
    ['Type', ORGANIZATION_TYPE_LABEL[type]],
    ['Kind', orMissing(formatKind(organization.kind))],
    ['Region code', orMissing(organization.regionCode)],
    ['ID', organization.id],
  ];
  const list = profile.append('dl').attr('class', 'facts');
  for (const [term, value] of facts) {
    list.append('dt').text(term);
    list.append('dd').text(value);
  }
  list.append('dt').text('Also known as');
  const aliasCell = list.append('dd');
  if (aliases.length === 0) {
    aliasCell.text('No other names recorded');
  } else {
    aliasCell
      .append('ul')
      .attr('class', 'aliases')
      .selectAll('li')
      .data(aliases)
      .join('li')
      .text((alias) => alias);
  }
}
