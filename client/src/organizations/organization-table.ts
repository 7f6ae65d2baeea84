import { select } from 'd3';
import { kindLabel } from '../coverage/coverage-tables';
import { orMissing } from '../format/missing-value';
import { displayName } from '../i18n/display-name';
import { currentLanguage } from '../i18n/language';
import { orgPath } from '../router/paths';
import { t } from './organization-messages';
import type { OrganizationRow } from './organization-rows';

const COLUMNS = ['colType', 'colName', 'colKind', 'colRegion'] as const;

/** An empty organisations table (caption and header, no rows yet). */
export function createOrganizationTable(): HTMLTableElement {
  const table = select(document.createElement('table'))
    .attr('class', 'data-table org-table')
    .attr('data-testid', 'org-table');
  table.append('caption').attr('class', 'visually-hidden').text(t('caption'));
  table
    .append('thead')
    .append('tr')
    .selectAll('th')
    .data(COLUMNS)
    .join('th')
    .attr('scope', 'col')
    .text((column) => t(column));
  table.append('tbody');
  return table.node() as HTMLTableElement;
}

/**
 * Shows exactly `rows`, in order, in the table's body. Rows are keyed by
 * organisation, so narrowing a filter removes rows instead of rewriting them;
 * a key's data does not change within one load, so cells are filled on entry.
 * Every value is set as text: names come from press releases.
 */
export function renderOrganizationRows(table: HTMLTableElement, rows: readonly OrganizationRow[]): void {
  const tbody = table.tBodies[0];
  if (tbody === undefined) throw new Error('The organisations table has no body; build it with createOrganizationTable().');
  select(tbody)
    .selectAll<HTMLTableRowElement, OrganizationRow>('tr')
    .data(rows, (row) => row.key)
    .join((enter) => {
      const tr = enter.append('tr').attr('data-testid', 'org-row');
      const language = currentLanguage();
      tr.append('td').attr('class', 'col-type').text((row) => row.typeLabel);
      // The name heads its row, so screen readers announce it with each cell.
      const name = tr.append('th').attr('scope', 'row').attr('class', 'col-name');
      name
        .append('a')
        .attr('class', 'org-name')
        .attr('href', (row) => orgPath(row.id))
        .attr('lang', (row) => (language === 'zh' && row.nameZh !== null ? 'zh-Hans' : null))
        .text((row) => displayName(row, language));
      // The name in the other language beneath, when it has one.
      name
        .filter((row) => row.nameZh !== null && displayName(row, language) !== row.name)
        .append('span')
        .attr('class', 'name-zh')
        .attr('lang', 'en')
        .text((row) => row.name);
      name
        .filter((row) => row.nameZh !== null && displayName(row, language) === row.name)
        .append('span')
        .attr('class', 'name-zh')
        .attr('lang', 'zh-Hans')
        .text((row) => row.nameZh ?? '');
      tr.append('td').attr('class', 'col-kind').text((row) => kindLabel(row.kind));
      tr.append('td').attr('class', 'col-region').text((row) => orMissing(row.regionCode));
      return tr;
    })
    .order();
}
