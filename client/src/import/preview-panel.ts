import { conflictDecisionValues, type ConflictDecisionValue, type ConflictJson, type RecordChangeJson } from '../../../contract/import-api.ts';
import { domId, h, stacked } from './dom';
import { changedFields, changesByKind, splitProblem, valueText, type ImportState } from './import-state';
import { kindName, t } from './import-messages';

/** The most rows of a list shown at once: a 10,000-row workbook must not make 10,000 table rows. */
const SHOWN = 200;

const decisionLabel = { keep: 'keep', replace: 'replace', separate: 'separate' } as const;
const decisionHelp = { keep: 'keepHelp', replace: 'replaceHelp', separate: 'separateHelp' } as const;

/**
 * The preview: counts; every problem as file:sheet:row with what to do; the conflicts, each with
 * keep / replace / different organisation; the changes (new, changed before → after, unchanged
 * counted); the notes.
 */
export function renderPreviewPanel(container: HTMLElement, state: ImportState, onDecide: (where: string, decision: ConflictDecisionValue) => void): void {
  container.replaceChildren();
  const preview = state.preview;
  if (preview === null) return;
  container.append(h('h2', { id: 'import-preview-heading' }, t('previewHeading')));

  const counts = h('ul', { class: 'count-cards import-counts', 'data-testid': 'import-counts' });
  const card = (key: string, label: string, value: number) =>
    counts.append(h('li', { class: `count-card import-count-${key}`, 'data-testid': `import-count-${key}`, 'data-value': value }, h('span', { class: 'count-value' }, value.toLocaleString()), h('span', { class: 'count-label' }, label)));
  card('new', t('countNew'), preview.counts.new);
  card('changed', t('countChanged'), preview.counts.changed);
  card('unchanged', t('countUnchanged'), preview.counts.unchanged);
  card('conflicts', t('countConflicts'), preview.conflicts.length);
  card('problems', t('countProblems'), preview.problems.length);
  container.append(counts);

  if (preview.problems.length > 0) {
    const section = h('section', { class: 'import-problems', 'aria-labelledby': 'import-problems-heading' });
    section.append(h('h3', { id: 'import-problems-heading' }, t('problemsHeading')), h('p', { class: 'note' }, t('problemsNote')));
    const table = h('table', { class: 'data-table', 'data-testid': 'import-problems' });
    table.append(h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('where')), h('th', { scope: 'col' }, t('whatToDo')))));
    const body = h('tbody');
    // The details carry the place apart from the words (the server sends both in the reader's language).
    const problems = preview.problemDetails ?? preview.problems.map(splitProblem);
    for (const { where, message } of problems.slice(0, SHOWN)) {
      body.append(h('tr', { 'data-testid': 'import-problem' }, h('td', { class: 'import-where' }, h('code', {}, where)), h('td', {}, message)));
    }
    table.append(body);
    section.append(h('div', { class: 'table-scroll' }, stacked(table)));
    if (preview.problems.length > SHOWN) section.append(h('p', { class: 'note' }, t('more', { n: preview.problems.length - SHOWN })));
    container.append(section);
  }

  if (preview.conflicts.length > 0) container.append(conflictsSection(preview.conflicts, state, onDecide));

  const { added, changed, unchanged } = changesByKind(preview);
  const changes = h('section', { class: 'import-changes', 'aria-labelledby': 'import-changes-heading' });
  changes.append(h('h3', { id: 'import-changes-heading' }, t('changesHeading')));
  if (added.length > 0) changes.append(changeList('new', t('newHeading', { n: preview.counts.new }), added, (change) => h('td', {}, summary(change))));
  if (changed.length > 0) {
    changes.append(
      changeList('changed', t('changedHeading', { n: preview.counts.changed }), changed, (change) => {
        const list = h('ul', { class: 'import-diff' });
        for (const field of changedFields(change)) list.append(h('li', {}, h('span', { class: 'import-field' }, `${field.field}: `), h('del', {}, field.before), ' → ', h('ins', {}, field.after)));
        return h('td', {}, list);
      }),
    );
  }
  changes.append(h('p', { class: 'note', 'data-testid': 'import-unchanged' }, t('unchangedNote', { n: unchanged })));
  container.append(changes);

  if (preview.notes.length > 0) {
    const details = h('details', { class: 'import-notes' }, h('summary', {}, t('notesHeading', { n: preview.notes.length })));
    const list = h('ul');
    for (const note of preview.notes.slice(0, SHOWN)) list.append(h('li', {}, note));
    details.append(list);
    container.append(details);
  }
}

function summary(change: RecordChangeJson): string {
  return Object.entries(change.after)
    .filter(([field, value]) => field !== 'name' && valueText(value) !== '—')
    .map(([field, value]) => `${field}: ${valueText(value)}`)
    .join(' · ');
}

function changeList(key: string, heading: string, changes: readonly RecordChangeJson[], detail: (change: RecordChangeJson) => HTMLElement): HTMLElement {
  const section = h('section', { class: `import-change-list import-${key}` });
  section.append(h('h4', {}, heading));
  const table = h('table', { class: 'data-table', 'data-testid': `import-${key}` });
  table.append(h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('record')), h('th', { scope: 'col' }, t('kind')), h('th', { scope: 'col' }, t('where')), h('th', { scope: 'col' }, key === 'changed' ? t('beforeAfter') : t('values')))));
  const body = h('tbody');
  for (const change of changes.slice(0, SHOWN)) {
    body.append(h('tr', { 'data-testid': 'import-change', 'data-id': change.id }, h('th', { scope: 'row' }, change.name ?? change.id), h('td', {}, kindName(change.kind)), h('td', { class: 'import-where' }, h('code', {}, change.where)), detail(change)));
  }
  table.append(body);
  section.append(h('div', { class: 'table-scroll' }, stacked(table)));
  if (changes.length > SHOWN) section.append(h('p', { class: 'note' }, t('more', { n: changes.length - SHOWN })));
  return section;
}

function conflictsSection(conflicts: readonly ConflictJson[], state: ImportState, onDecide: (where: string, decision: ConflictDecisionValue) => void): HTMLElement {
  const section = h('section', { class: 'import-conflicts', 'aria-labelledby': 'import-conflicts-heading' });
  section.append(h('h3', { id: 'import-conflicts-heading' }, t('conflictsHeading')), h('p', { class: 'note' }, t('conflictsNote')));
  const table = h('table', { class: 'data-table', 'data-testid': 'import-conflicts' });
  table.append(h('thead', {}, h('tr', {}, ...[t('conflictRow'), t('conflictMatches'), t('conflictDifferences'), t('conflictDecision')].map((label) => h('th', { scope: 'col' }, label)))));
  const body = h('tbody');
  for (const conflict of conflicts.slice(0, SHOWN)) {
    const group = domId('import-conflict', conflict.where);
    const choices = h('fieldset', { class: 'import-decision' }, h('legend', { class: 'visually-hidden' }, `${t('conflictDecision')}: ${conflict.name}`));
    for (const decision of conflictDecisionValues) {
      const id = `${group}-${decision}`;
      const radio = h('input', { type: 'radio', name: group, id, value: decision, checked: state.decisions[conflict.where] === decision, 'data-decision': decision });
      radio.addEventListener('change', () => {
        if (radio.checked) onDecide(conflict.where, decision);
      });
      choices.append(h('span', { class: 'import-choice' }, radio, h('label', { for: id, title: t(decisionHelp[decision]) }, t(decisionLabel[decision]))));
    }
    const differences = h('ul', {});
    for (const difference of conflict.differences) differences.append(h('li', {}, difference));
    body.append(
      h(
        'tr',
        { 'data-testid': 'import-conflict', 'data-where': conflict.where },
        h('th', { scope: 'row' }, h('span', {}, conflict.name), h('br'), h('code', {}, conflict.where)),
        h('td', {}, conflict.matches.name, h('br'), h('span', { class: 'note' }, conflict.matches.where)),
        h('td', {}, differences),
        h('td', {}, choices),
      ),
    );
  }
  table.append(body);
  section.append(h('div', { class: 'table-scroll' }, stacked(table)));
  return section;
}
