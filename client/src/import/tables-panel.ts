import { importKinds, type ImportKind, type TablePreviewJson } from '../../../contract/import-api.ts';
import { columnLabel } from './column-labels';
import { domId, h, stacked } from './dom';
import { columnsOf, kindAwaitsPreview, kindOf, type ImportState } from './import-state';
import { kindName, t } from './import-messages';

export interface TablesPanelActions {
  chooseKind(table: TablePreviewJson, kind: ImportKind): void;
  chooseColumn(table: TablePreviewJson, header: string, column: string | null): void;
  /** Whether "remember this mapping" is ticked for a table, and its change. */
  remembered(table: TablePreviewJson): boolean;
  setRemembered(table: TablePreviewJson, on: boolean): void;
}

/**
 * Each table of the preview (a CSV file or a sheet): the kind it was taken as and why, a select to
 * change it, and its columns, each header as written beside a select of the kind's columns (or
 * "ignore"), filled with the server's guess. `applied` names the tables a remembered mapping was
 * applied to, which say so.
 */
export function renderTablesPanel(container: HTMLElement, state: ImportState, applied: ReadonlySet<string>, actions: TablesPanelActions): void {
  container.replaceChildren();
  const tables = state.preview?.tables ?? [];
  if (tables.length === 0) return;
  container.append(h('h2', { id: 'import-tables-heading' }, t('tablesHeading')), h('p', { class: 'note' }, t('tablesNote')));
  for (const table of tables) container.append(tableCard(table, state, applied.has(table.key), actions));
}

function tableCard(table: TablePreviewJson, state: ImportState, applied: boolean, actions: TablesPanelActions): HTMLElement {
  const name = table.sheet === undefined ? table.file : `${table.file} · ${table.sheet}`;
  const base = domId('import-table', table.key);
  const card = h('section', { class: 'import-table', 'data-testid': 'import-table', 'data-table': table.key, 'aria-labelledby': `${base}-heading` });
  card.append(h('h3', { id: `${base}-heading` }, name));

  const kindRow = h('div', { class: 'import-kind-row' });
  const kindSelect = h('select', { id: `${base}-kind`, name: 'kind', 'data-testid': 'import-kind' });
  const current = kindOf(state, table);
  if (current === undefined) kindSelect.append(h('option', { value: '', selected: true, disabled: true }, t('notRecognised')));
  for (const kind of importKinds) kindSelect.append(h('option', { value: kind, selected: kind === current }, kindName(kind)));
  kindSelect.addEventListener('change', () => actions.chooseKind(table, kindSelect.value as ImportKind));
  kindRow.append(h('div', { class: 'field' }, h('label', { for: `${base}-kind` }, t('takenAs')), kindSelect));
  const facts = h('p', { class: 'note import-why' });
  if (table.why !== undefined) facts.append(h('span', {}, table.why === 'chosen' ? t('whyChosen') : t('why', { why: table.why })), h('br'));
  facts.append(h('span', {}, table.rows === 1 ? t('rowsInfoOne', { line: table.headerLine }) : t('rowsInfo', { rows: table.rows, line: table.headerLine })));
  kindRow.append(facts);
  card.append(kindRow);
  if (table.titleRows.length > 0) card.append(h('p', { class: 'note' }, t('titleRows', { rows: table.titleRows.join(' / ') })));
  if (applied) card.append(h('p', { class: 'status status-info import-applied', role: 'status', 'data-testid': 'import-mapping-applied' }, t('rememberedApplied')));

  const awaiting = kindAwaitsPreview(state, table);
  if (awaiting) card.append(h('p', { class: 'status status-info', role: 'status' }, t('kindChanged')));
  const columns = columnsOf(state, table);
  const mapping = h('table', { class: 'data-table import-mapping', 'data-testid': 'import-mapping' });
  mapping.append(h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('columnWritten')), h('th', { scope: 'col' }, t('readAs')))));
  const body = h('tbody');
  table.header.forEach((header, i) => {
    if (header.trim() === '') return;
    const id = `${base}-col-${i}`;
    const select = h('select', { id, 'data-header': header, disabled: awaiting });
    select.append(h('option', { value: '' }, t('ignore')));
    const chosen = columns[header] ?? null;
    const options = [...table.knownColumns];
    if (chosen !== null && !options.includes(chosen)) options.push(chosen);
    for (const column of options) select.append(h('option', { value: column, selected: column === chosen }, columnLabel(column)));
    select.addEventListener('change', () => actions.chooseColumn(table, header, select.value === '' ? null : select.value));
    body.append(h('tr', { 'data-testid': 'import-mapping-row' }, h('th', { scope: 'row' }, h('label', { for: id }, header)), h('td', {}, select)));
  });
  mapping.append(body);
  card.append(h('div', { class: 'table-scroll' }, stacked(mapping)));

  const remember = h('input', { type: 'checkbox', id: `${base}-remember`, 'data-testid': 'import-remember', checked: actions.remembered(table) });
  remember.addEventListener('change', () => actions.setRemembered(table, remember.checked));
  card.append(h('div', { class: 'import-remember' }, remember, h('label', { for: `${base}-remember` }, t('remember'))));
  return card;
}
