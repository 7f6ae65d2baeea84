import { select } from 'd3';
import { ORGANIZATION_TYPES, type OrganizationType } from '../api/queries';
import { readQueryState, replaceQueryState } from '../state/query-state';
import { showStatus } from '../ui/status-message';
import { ORGANIZATION_FILTER_SCHEMA, type OrganizationFilterState } from './organization-filter-state';
import { filterOrganizationRows, type OrganizationRow } from './organization-rows';
import { createOrganizationTable, renderOrganizationRows } from './organization-table';
import { t } from './organization-messages';
import { ORGANIZATION_TYPE_PLURAL } from './organization-type-labels';
import { noMatchMessage, resultSummary } from './result-summary';

/**
 * The filterable organisations table: a name filter and a type filter whose
 * values live in the query string (`?q=`, `?type=`), a live summary line, and
 * the table itself. Filtering happens in the browser over the loaded rows.
 */
export function mountOrganizationBrowser(
  container: HTMLElement,
  rows: readonly OrganizationRow[],
  /** Shown above the table when the lists may have been cut at their limit. */
  truncationNote: string | null,
): void {
  let state: OrganizationFilterState = readQueryState(ORGANIZATION_FILTER_SCHEMA);
  const panel = select(container);
  panel.selectChildren().remove();

  const filters = panel.append('div').attr('class', 'filters').attr('role', 'search');

  const textField = filters.append('div').attr('class', 'field');
  textField.append('label').attr('for', 'org-filter-text').text(t('filterName'));
  const textInput = textField
    .append('input')
    .attr('id', 'org-filter-text')
    .attr('type', 'search')
    .attr('autocomplete', 'off')
    .attr('spellcheck', 'false')
    .attr('placeholder', t('filterPlaceholder'))
    .property('value', state.q);

  const typeField = filters.append('div').attr('class', 'field');
  typeField.append('label').attr('for', 'org-filter-type').text(t('filterType'));
  const typeSelect = typeField.append('select').attr('id', 'org-filter-type');
  typeSelect
    .selectAll('option')
    .data<OrganizationType | ''>(['', ...ORGANIZATION_TYPES])
    .join('option')
    .attr('value', (type) => type)
    .text((type) => (type === '' ? t('allTypes') : ORGANIZATION_TYPE_PLURAL[type]));
  typeSelect.property('value', state.type ?? '');

  const summary = panel.append('p').attr('class', 'result-summary').attr('aria-live', 'polite');
  if (truncationNote !== null) panel.append('p').attr('class', 'note').text(truncationNote);
  const noMatch = panel.append('div').attr('class', 'no-match');
  const table = createOrganizationTable();
  // Narrow screens scroll the table sideways rather than the whole page.
  panel.append('div').attr('class', 'table-scroll').append(() => table);

  function update(changes: Partial<OrganizationFilterState>): void {
    state = { ...state, ...changes };
    replaceQueryState(ORGANIZATION_FILTER_SCHEMA, changes);
    const shown = filterOrganizationRows(rows, { text: state.q, type: state.type });
    renderOrganizationRows(table, shown);
    table.hidden = shown.length === 0;
    summary.text(resultSummary(shown.length, rows.length));
    const noMatchNode = noMatch.node() as HTMLElement;
    if (shown.length === 0) {
      showStatus(noMatchNode, 'empty', noMatchMessage(state.q, state.type === null ? null : ORGANIZATION_TYPE_PLURAL[state.type]));
    } else {
      noMatchNode.replaceChildren();
    }
  }

  textInput.on('input', (event: Event) => update({ q: (event.currentTarget as HTMLInputElement).value }));
  typeSelect.on('change', (event: Event) => {
    const value = (event.currentTarget as HTMLSelectElement).value;
    update({ type: ORGANIZATION_FILTER_SCHEMA.type.parse(value) });
  });
  update({});
}
