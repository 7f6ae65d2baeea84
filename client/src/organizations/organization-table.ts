import { select } from 'd3';
import { formatKind } from '../format/format-kind';
import { orMissing } from '../format/missing-value';
import { orgPath } from '../router/paths';
import type { OrganizationRow } from './organization-rows';

const COLUMNS = ['Type', 'Name', 'Kind', 'Region code'] as const;

/** An empty organisations table (caption and header, no rows yet). */
export function createOrganizationTable(): HTMLTableElement {
  const table = select(document.createElement('table'))
    .attr('class', 'data-table org-table')
    .attr('data-testid', 'org-table');
  table.append('caption').attr('class', 'visually-hidden').text('Organisations: type, name, kind and region code');
  table
    .append('thead')
    .append('tr')
    .selectAll('th')
    .data(COLUMNS)
    .join('th')
    .attr('scope', 'col')
    .text((column) => column);
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
      tr.append('td').attr('class', 'col-type').text((row) => row.typeLabel);
      // The name heads its row, so screen readers announce it with each cell.
      const name = tr.append('th').attr('scope', 'row').attr('class', 'col-name');
      name
        .append('a')
        .attr('class', 'org-name')
        .attr('href', (row) => orgPath(row.id))
        .text((row) => row.name);
      name
        .filter((row) => row.nameZh !== null)
        .append('span')
        .attr('class', 'name-zh')
        .attr('lang', 'zh-Hans')
        .text((row) => row.nameZh ?? '');
      tr.append('td').attr('class', 'col-kind').text((row) => orMissing(formatKind(row.kind)));
      tr.append('td').attr('class', 'col-region').text((row) => orMissing(row.regionCode));
      return tr;
    })
    .order();
}
