import {
  importFileExtensions,
  maxImportFileBytes,
  type ConflictDecisionValue,
  type ImportKind,
  type ImportPreviewJson,
  type RecordChangeJson,
  type TableChoicePayload,
  type TablePreviewJson,
} from '../../../contract/import-api.ts';

/**
 * The import page's state, without the DOM: the files chosen, the person's choices per table and
 * decisions per conflict, and the last preview with what it was made from. Every change returns a
 * new state; the view renders from it.
 */
export interface StagedFile {
  readonly name: string;
  readonly size: number;
  readonly base64: string;
}

export interface ImportState {
  readonly files: readonly StagedFile[];
  readonly choices: Readonly<Record<string, TableChoicePayload>>;
  readonly decisions: Readonly<Record<string, ConflictDecisionValue>>;
  readonly preview: ImportPreviewJson | null;
  /** requestSignature() of the state the preview was made from: a different one means the preview is stale. */
  readonly previewedWith: string | null;
}

export const emptyImportState: ImportState = { files: [], choices: {}, decisions: {}, preview: null, previewedWith: null };

/** Why a file was not added. */
export type FileRefusal = { readonly name: string; readonly reason: 'type' } | { readonly name: string; readonly reason: 'size'; readonly total: number };

/** Whether a file's name is one the importer reads. */
export function isImportableName(name: string): boolean {
  const lower = name.toLowerCase();
  return importFileExtensions.some((extension) => lower.endsWith(extension));
}

/** The files' sizes added up. */
export function totalBytes(files: readonly { readonly size: number }[]): number {
  return files.reduce((sum, file) => sum + file.size, 0);
}

/**
 * Adds files, each replacing a staged file of the same name (a corrected list takes the place of the
 * wrong one). Files of other types, or that would take the total over the limit, are refused and said.
 */
export function addFiles(state: ImportState, added: readonly StagedFile[], limit = maxImportFileBytes): { state: ImportState; refused: FileRefusal[] } {
  const refused: FileRefusal[] = [];
  let files = [...state.files];
  for (const file of added) {
    if (!isImportableName(file.name)) {
      refused.push({ name: file.name, reason: 'type' });
      continue;
    }
    const others = files.filter((staged) => staged.name !== file.name);
    const total = totalBytes(others) + file.size;
    if (total > limit) {
      refused.push({ name: file.name, reason: 'size', total });
      continue;
    }
    const at = files.findIndex((staged) => staged.name === file.name);
    files = at >= 0 ? files.map((staged, i) => (i === at ? file : staged)) : [...files, file];
  }
  return { state: { ...state, files }, refused };
}

export function removeFile(state: ImportState, name: string): ImportState {
  return { ...state, files: state.files.filter((file) => file.name !== name) };
}

/** What a preview is made from (names, sizes and contents' length, choices, decisions), as one comparable text. */
export function requestSignature(state: ImportState): string {
  return JSON.stringify([state.files.map((file) => [file.name, file.size, file.base64.length, file.base64.slice(-64)]), sortKeys(state.choices), sortKeys(state.decisions)]);
}

function sortKeys<T>(record: Readonly<Record<string, T>>): [string, T][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The state once a preview has answered for the state it was asked from. */
export function withPreview(state: ImportState, preview: ImportPreviewJson, askedWith: string): ImportState {
  return { ...state, preview, previewedWith: askedWith };
}

/** True when the files, choices or decisions changed since the preview shown. */
export function isStale(state: ImportState): boolean {
  return state.preview !== null && state.previewedWith !== requestSignature(state);
}

/** Another kind for a table: its columns are mapped afresh for that kind by the next preview. */
export function chooseKind(state: ImportState, key: string, kind: ImportKind): ImportState {
  return { ...state, choices: { ...state.choices, [key]: { kind } } };
}

/** The kind a table is read as: the person's choice, else what the server recognised. */
export function kindOf(state: ImportState, table: TablePreviewJson): ImportKind | undefined {
  return state.choices[table.key]?.kind ?? table.kind;
}

/** Whether the person chose a kind the preview shown has not mapped yet (its column options are another kind's). */
export function kindAwaitsPreview(state: ImportState, table: TablePreviewJson): boolean {
  const chosen = state.choices[table.key]?.kind;
  return chosen !== undefined && chosen !== table.kind;
}

/** Each header's column as it stands: the preview's mapping, with the person's changes over it. */
export function columnsOf(state: ImportState, table: TablePreviewJson): Record<string, string | null> {
  return { ...table.columns, ...(state.choices[table.key]?.columns ?? {}) };
}

/** One header read as another column (null ignores it). The whole mapping is sent, so the server has no guess left to make. */
export function chooseColumn(state: ImportState, table: TablePreviewJson, header: string, column: string | null): ImportState {
  // The kind goes along only when the person chose it: otherwise the server keeps saying why it recognised it.
  const kind = state.choices[table.key]?.kind;
  const choice: TableChoicePayload = { ...(kind === undefined ? {} : { kind }), columns: { ...columnsOf(state, table), [header]: column } };
  return { ...state, choices: { ...state.choices, [table.key]: choice } };
}

export function decide(state: ImportState, where: string, decision: ConflictDecisionValue): ImportState {
  return { ...state, decisions: { ...state.decisions, [where]: decision } };
}

/** Conflicts of the preview with no decision yet. */
export function undecidedConflicts(state: ImportState): number {
  return state.preview?.conflicts.filter((conflict) => state.decisions[conflict.where] === undefined).length ?? 0;
}

export type CommitBlocker =
  | { readonly reason: 'noPreview' }
  | { readonly reason: 'stale' }
  | { readonly reason: 'problems'; readonly count: number }
  | { readonly reason: 'undecided'; readonly count: number }
  | { readonly reason: 'nothing' };

/** Why the import cannot be committed now; none means it can. */
export function commitBlockers(state: ImportState): CommitBlocker[] {
  const preview = state.preview;
  if (preview === null || state.files.length === 0) return [{ reason: 'noPreview' }];
  const blockers: CommitBlocker[] = [];
  if (isStale(state)) blockers.push({ reason: 'stale' });
  // Undecided conflicts are also problems on the server's side; they are counted once, as conflicts.
  const undecidedPlaces = new Set(preview.conflicts.filter((conflict) => state.decisions[conflict.where] === undefined).map((conflict) => conflict.where));
  const problems = preview.problems.filter((problem) => !undecidedPlaces.has(splitProblem(problem).where)).length;
  if (problems > 0) blockers.push({ reason: 'problems', count: problems });
  if (undecidedPlaces.size > 0) blockers.push({ reason: 'undecided', count: undecidedPlaces.size });
  if (blockers.length === 0 && preview.counts.new + preview.counts.changed === 0 && preview.conflicts.length === 0) blockers.push({ reason: 'nothing' });
  return blockers;
}

/** "file:sheet:row: message" as its place and its message (a problem without a place has an empty one). */
export function splitProblem(problem: string): { where: string; message: string } {
  const at = problem.indexOf(': ');
  if (at < 0) return { where: '', message: problem };
  return { where: problem.slice(0, at), message: problem.slice(at + 2) };
}

/** The preview's changes by what they do; unchanged ones are only counted. */
export function changesByKind(preview: ImportPreviewJson): { added: RecordChangeJson[]; changed: RecordChangeJson[]; unchanged: number } {
  const added = preview.changes.filter((change) => change.change === 'new');
  const changed = preview.changes.filter((change) => change.change === 'changed');
  return { added, changed, unchanged: preview.counts.unchanged };
}

/** A value of a record as text: lists joined with " | ", nothing as "—". */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(valueText).join(' | ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The fields a changed record changes, each as before → after. */
export function changedFields(change: RecordChangeJson): { field: string; before: string; after: string }[] {
  const fields = [...new Set([...Object.keys(change.before ?? {}), ...Object.keys(change.after)])];
  return fields.map((field) => ({ field, before: valueText(change.before?.[field]), after: valueText(change.after[field]) }));
}

/** After a commit: nothing staged, the next import starts clean. */
export function afterCommit(): ImportState {
  return emptyImportState;
}
