import { importKinds, importRoutes, type ChangesetJson } from '../../../contract/import-api.ts';
import { currentLanguage } from '../i18n/language';
import { h, stacked } from './dom';
import { kindName, t } from './import-messages';

/** A date-time as the reader's language writes it, to the minute. */
export function whenText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(currentLanguage() === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** The imports, newest first: who, when, which files, what they did, and Undo for those not undone. */
export function renderChangesets(container: HTMLElement, changesets: readonly ChangesetJson[], onUndo: (changeset: ChangesetJson, button: HTMLButtonElement) => void): void {
  const table = h('table', { class: 'data-table import-changesets', 'data-testid': 'import-changesets' });
  table.append(h('thead', {}, h('tr', {}, ...[t('when'), t('who'), t('files'), t('counts'), t('status')].map((label) => h('th', { scope: 'col' }, label)))));
  const body = h('tbody');
  for (const changeset of changesets) {
    const files = changeset.files.join(', ');
    const status = h('td');
    if (changeset.undoneAt !== undefined) {
      status.append(t('undone', { when: whenText(changeset.undoneAt), who: changeset.undoneBy ?? '—' }));
    } else {
      const button = h('button', { type: 'button', class: 'review-button import-undo', 'data-testid': 'import-undo', 'aria-label': t('undoLabel', { files }) }, t('undo'));
      button.addEventListener('click', () => onUndo(changeset, button));
      status.append(button);
    }
    body.append(
      h(
        'tr',
        { 'data-testid': 'import-changeset', 'data-changeset': changeset.id, 'data-undone': changeset.undoneAt !== undefined },
        h('td', {}, h('time', { datetime: changeset.at }, whenText(changeset.at))),
        h('td', {}, changeset.by),
        h('td', { class: 'import-files-cell' }, files),
        h('td', { class: 'numeric' }, `${changeset.counts.new} / ${changeset.counts.changed} / ${changeset.counts.unchanged}`),
        status,
      ),
    );
  }
  table.append(body);
  container.replaceChildren(h('div', { class: 'table-scroll' }, stacked(table)));
}

/** A link per record kind to its blank workbook. */
export function templateLinks(): HTMLElement {
  const list = h('ul', { class: 'import-templates', 'data-testid': 'import-templates' });
  for (const kind of importKinds) {
    list.append(h('li', {}, h('a', { href: importRoutes.template(kind), download: `${kind}-template.xlsx`, 'data-kind': kind }, t('templateLink', { kind: kindName(kind) }))));
  }
  return list;
}
