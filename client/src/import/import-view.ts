import './import-view.css';
import '../review/review-view.css';
import { importFileExtensions, maxImportFileBytes, megabytesText, type ChangesetJson, type CommitAnswer } from '../../../contract/import-api.ts';
import { documentTitle } from '../router/document-title';
import { errorMessage, showStatus } from '../ui/status-message';
import type { View } from '../views/view';
import { renderChangesets, templateLinks, whenText } from './changesets-panel';
import { h, sizeText } from './dom';
import { editorTokenBox } from './editor-token-box';
import { t } from './import-messages';
import { commitImport, fileBase64, ImportRequestError, listChangesets, previewImport, undoChangeset } from './import-requests';
import {
  addFiles,
  afterCommit,
  chooseColumn,
  chooseKind,
  commitBlockers,
  decide,
  emptyImportState,
  isStale,
  removeFile,
  requestSignature,
  totalBytes,
  withPreview,
  type CommitBlocker,
  type FileRefusal,
  type ImportState,
} from './import-state';
import { applyRememberedMappings, mappingOf, rememberMapping } from './mapping-memory';
import { renderPreviewPanel } from './preview-panel';
import { renderTablesPanel, type TablesPanelActions } from './tables-panel';

/**
 * `/import`: a planner's own files into the graph. Files are chosen or dropped, sent for a preview
 * (with upload progress), and each table's kind and column mapping can be changed; the preview lists
 * every problem as file:sheet:row, the changes and the conflicts to decide; only Commit writes, and
 * each import is listed with Undo. Requests carry the editor token, as on the review page.
 */
export const importView: View = (root) => {
  document.title = documentTitle(t('title'));
  const mounted = new AbortController();
  let state: ImportState = emptyImportState;
  let applied = new Set<string>();
  const ticked = new Set<string>();
  let busy = false;

  const view = h('section', { class: 'view import-view', 'aria-labelledby': 'view-heading' });
  root.append(view);
  view.append(h('h1', { id: 'view-heading' }, t('title')), h('p', { class: 'lede' }, t('lede')));
  const tokenBox = editorTokenBox(t('tokenHelp'), t('tokenNone'), () => void loadChangesets());
  view.append(tokenBox.element);

  // Files: a drop zone that is also the picker's label, the list chosen, and what was refused.
  const filesPart = h('section', { class: 'import-files', 'aria-labelledby': 'import-files-heading' });
  filesPart.append(h('h2', { id: 'import-files-heading' }, t('filesHeading')));
  const accept = importFileExtensions.join(',');
  const picker = h('input', { type: 'file', id: 'import-picker', multiple: true, accept, class: 'import-picker', 'data-testid': 'import-picker' });
  const dropZone = h(
    'label',
    { for: 'import-picker', class: 'import-drop', 'data-testid': 'import-drop' },
    h('span', { class: 'import-drop-title' }, t('drop')),
    h('span', { class: 'import-drop-button' }, t('choose')),
    h('span', { class: 'note' }, t('accepted', { limit: megabytesText(maxImportFileBytes) })),
  );
  filesPart.append(picker, dropZone);
  const refusals = h('div', { class: 'import-refusals', 'data-testid': 'import-refusals', role: 'alert' });
  const fileList = h('ul', { class: 'import-file-list', 'data-testid': 'import-file-list' });
  const fileTotal = h('p', { class: 'note', 'data-testid': 'import-file-total' });
  const previewButton = h('button', { type: 'button', class: 'review-button review-approve', 'data-testid': 'import-preview' }, t('preview'));
  const clearButton = h('button', { type: 'button', class: 'review-button review-cancel' }, t('clear'));
  const progress = h('progress', { max: 1, class: 'import-progress', hidden: true, 'data-testid': 'import-progress' });
  const progressText = h('p', { class: 'note', role: 'status', 'data-testid': 'import-progress-text' });
  const previewMessage = h('div', { 'data-testid': 'import-preview-message' });
  filesPart.append(refusals, fileList, fileTotal, h('div', { class: 'import-actions' }, previewButton, clearButton), progress, progressText, previewMessage);
  view.append(filesPart);

  const tablesPart = h('section', { class: 'import-tables', 'aria-labelledby': 'import-tables-heading', 'data-testid': 'import-tables' });
  const staleBanner = h('p', { class: 'status status-info', role: 'status', 'data-testid': 'import-stale', hidden: true }, t('stale'));
  const previewPart = h('section', { class: 'import-preview', 'aria-labelledby': 'import-preview-heading', 'data-testid': 'import-preview-panel' });
  view.append(tablesPart, staleBanner, previewPart);

  const commitPart = h('section', { class: 'import-commit', 'aria-label': t('commit') });
  const commitButton = h('button', { type: 'button', class: 'review-button review-approve', 'data-testid': 'import-commit', disabled: true }, t('commit'));
  const blockers = h('ul', { class: 'import-blockers', 'data-testid': 'import-blockers' });
  const commitMessage = h('div', { 'data-testid': 'import-commit-message' });
  commitPart.append(h('div', { class: 'import-actions' }, commitButton, h('span', { class: 'note' }, t('commitHint'))), blockers, commitMessage);
  view.append(commitPart);

  const importsPart = h('section', { class: 'import-history', 'aria-labelledby': 'import-history-heading' });
  const importsMessage = h('div', { role: 'status', 'data-testid': 'import-history-message' });
  const importsBody = h('div', { 'data-testid': 'import-history' });
  importsPart.append(h('h2', { id: 'import-history-heading' }, t('importsHeading')), importsMessage, importsBody);
  view.append(importsPart);

  view.append(
    h('section', { class: 'import-templates-part', 'aria-labelledby': 'import-templates-heading' }, h('h2', { id: 'import-templates-heading' }, t('templatesHeading')), h('p', { class: 'note' }, t('templatesNote')), templateLinks()),
  );

  picker.addEventListener('change', () => {
    void stage([...(picker.files ?? [])]);
    picker.value = '';
  });
  dropZone.addEventListener('dragover', (event) => {
    event.preventDefault();
    dropZone.classList.add('is-over');
  });
  dropZone.addEventListener('dragleave', () => dropZone.classList.remove('is-over'));
  dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    dropZone.classList.remove('is-over');
    void stage([...(event.dataTransfer?.files ?? [])]);
  });
  previewButton.addEventListener('click', () => void runPreview());
  clearButton.addEventListener('click', () => {
    applied = new Set();
    update(emptyImportState, true);
    refusals.replaceChildren();
    previewMessage.replaceChildren();
  });
  commitButton.addEventListener('click', () => void runCommit());

  // What the tables panel's selects do. Another kind redraws the panel (its column options change); a column does not (the focus stays on its select).
  const tableActions: TablesPanelActions = {
    chooseKind: (table, kind) => {
      update(chooseKind(state, table.key, kind));
      renderTablesPanel(tablesPart, state, applied, tableActions);
    },
    chooseColumn: (table, header, column) => update(chooseColumn(state, table, header, column)),
    remembered: (table) => ticked.has(table.key),
    setRemembered: (table, on) => void (on ? ticked.add(table.key) : ticked.delete(table.key)),
  };

  update(state, true);
  void loadChangesets();

  /** Sets the state and redraws what follows from it; the tables and the preview only when asked (a redraw would take the focus from a select). */
  function update(next: ImportState, redrawPreview = false): void {
    state = next;
    fileList.replaceChildren();
    for (const file of state.files) {
      const remove = h('button', { type: 'button', class: 'review-button review-cancel', 'aria-label': t('removeLabel', { name: file.name }) }, t('remove'));
      remove.addEventListener('click', () => update(removeFile(state, file.name)));
      fileList.append(h('li', { 'data-testid': 'import-file', 'data-name': file.name }, h('span', { class: 'import-file-name' }, file.name), h('span', { class: 'note' }, sizeText(file.size)), remove));
    }
    const size = sizeText(totalBytes(state.files));
    fileTotal.textContent = state.files.length === 0 ? t('noFiles') : state.files.length === 1 ? t('totalOne', { size }) : t('total', { count: state.files.length, size });
    previewButton.textContent = state.preview === null ? t('preview') : t('previewAgain');
    previewButton.disabled = busy || state.files.length === 0;
    if (redrawPreview) {
      renderTablesPanel(tablesPart, state, applied, tableActions);
      renderPreviewPanel(previewPart, state, (where, decision) => update(decide(state, where, decision)));
    }
    staleBanner.hidden = !isStale(state);
    const blocked = commitBlockers(state);
    commitButton.disabled = busy || blocked.length > 0;
    blockers.replaceChildren(...blocked.map((blocker) => h('li', { 'data-reason': blocker.reason }, blockerText(blocker))));
  }

  async function stage(chosen: File[]): Promise<void> {
    if (chosen.length === 0) return;
    // Sizes and types are checked before anything is read: a file over the limit is never loaded.
    const check = addFiles(state, chosen.map((file) => ({ name: file.name, size: file.size, base64: '' })));
    const accepted = chosen.filter((file) => !check.refused.some((refusal) => refusal.name === file.name));
    const messages = check.refused.map(refusalText);
    const read = [];
    for (const file of accepted) {
      try {
        read.push({ name: file.name, size: file.size, base64: await fileBase64(file) });
      } catch (error) {
        messages.push(t('unreadable', { name: file.name, reason: errorMessage(error) }));
      }
    }
    refusals.replaceChildren(...messages.map((message) => h('p', { class: 'status status-error', 'data-testid': 'import-refusal' }, message)));
    update(addFiles(state, read).state);
  }

  function showProgress(label: 'uploading' | 'committing', fraction: number | null): void {
    progress.hidden = false;
    if (fraction === null) {
      progress.removeAttribute('value');
      progressText.textContent = t('reading');
    } else {
      progress.value = fraction;
      progressText.textContent = t(label, { percent: `${Math.round(fraction * 100)}%` });
    }
  }

  function endProgress(): void {
    progress.hidden = true;
    progressText.textContent = '';
  }

  async function runPreview(again = true): Promise<void> {
    if (busy || state.files.length === 0) return;
    busy = true;
    update(state);
    previewMessage.replaceChildren();
    commitMessage.replaceChildren();
    const asked = requestSignature(state);
    try {
      const preview = await previewImport(state, tokenBox.token(), (fraction) => showProgress('uploading', fraction), mounted.signal);
      let next = withPreview(state, preview, asked);
      const remembered = applyRememberedMappings(next);
      if (remembered.applied.length > 0) {
        next = remembered.state;
        applied = new Set([...applied, ...remembered.applied]);
      }
      busy = false;
      endProgress();
      update(next, true);
      // A remembered mapping changes the choices: the preview shown must be of them.
      if (remembered.applied.length > 0 && again) await runPreview(false);
    } catch (error) {
      if (mounted.signal.aborted) return;
      busy = false;
      endProgress();
      showStatus(previewMessage, 'error', t('previewFailed', { reason: errorMessage(error) }));
      update(state);
    }
  }

  async function runCommit(): Promise<void> {
    if (busy || commitBlockers(state).length > 0) return;
    busy = true;
    update(state);
    commitMessage.replaceChildren();
    const asked = requestSignature(state);
    try {
      const answer = await commitImport(state, tokenBox.token(), (fraction) => showProgress('committing', fraction), mounted.signal);
      for (const table of state.preview?.tables ?? []) if (ticked.has(table.key)) rememberMapping(table.header, mappingOf(state, table));
      busy = false;
      endProgress();
      applied = new Set();
      ticked.clear();
      update(afterCommit(), true);
      const changeset = answer.changeset!;
      showStatus(commitMessage, 'info', t('committed', { new: changeset.counts.new, changed: changeset.counts.changed, unchanged: changeset.counts.unchanged, id: changeset.id }));
      await loadChangesets();
    } catch (error) {
      if (mounted.signal.aborted) return;
      busy = false;
      endProgress();
      const refusedPreview = error instanceof ImportRequestError ? (error.body as CommitAnswer | undefined)?.preview : undefined;
      update(refusedPreview ? withPreview(state, refusedPreview, asked) : state, refusedPreview !== undefined);
      showStatus(commitMessage, 'error', t('commitFailed', { reason: errorMessage(error) }));
    }
  }

  async function loadChangesets(): Promise<void> {
    const token = tokenBox.token();
    if (token === '') {
      importsBody.replaceChildren();
      showStatus(importsMessage, 'info', t('importsNeedToken'));
      return;
    }
    showStatus(importsMessage, 'loading', t('importsLoading'));
    try {
      const changesets = await listChangesets(token, mounted.signal);
      if (changesets.length === 0) {
        importsBody.replaceChildren();
        showStatus(importsMessage, 'empty', t('importsEmpty'));
      } else {
        importsMessage.replaceChildren();
        renderChangesets(importsBody, changesets, (changeset, button) => void undo(changeset, button));
      }
    } catch (error) {
      if (mounted.signal.aborted) return;
      importsBody.replaceChildren();
      showStatus(importsMessage, 'error', t('importsFailed', { reason: errorMessage(error) }));
    }
  }

  async function undo(changeset: ChangesetJson, button: HTMLButtonElement): Promise<void> {
    const files = changeset.files.join(', ');
    if (!window.confirm(t('undoConfirm', { files, when: whenText(changeset.at) }))) return;
    button.disabled = true;
    try {
      await undoChangeset(changeset.id, tokenBox.token());
      await loadChangesets();
      showStatus(commitMessage, 'info', t('undoneMessage', { files }));
    } catch (error) {
      button.disabled = false;
      showStatus(commitMessage, 'error', t('undoFailed', { reason: errorMessage(error) }));
    }
  }

  return () => mounted.abort();
};

function blockerText(blocker: CommitBlocker): string {
  switch (blocker.reason) {
    case 'noPreview':
      return t('blockedNoPreview');
    case 'stale':
      return t('blockedStale');
    case 'problems':
      return blocker.count === 1 ? t('blockedProblemsOne') : t('blockedProblems', { n: blocker.count });
    case 'undecided':
      return blocker.count === 1 ? t('blockedUndecidedOne') : t('blockedUndecided', { n: blocker.count });
    case 'nothing':
      return t('blockedNothing');
  }
}

function refusalText(refusal: FileRefusal): string {
  if (refusal.reason === 'type') return t('wrongType', { name: refusal.name, types: importFileExtensions.join(', ') });
  return t('tooLarge', { name: refusal.name, size: sizeText(refusal.total), limit: megabytesText(maxImportFileBytes) });
}
