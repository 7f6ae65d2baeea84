import { describe, expect, it } from 'vitest';
import type { ImportPreviewJson, TablePreviewJson } from '../../../contract/import-api.ts';
import {
  addFiles,
  changedFields,
  changesByKind,
  chooseColumn,
  chooseKind,
  columnsOf,
  commitBlockers,
  decide,
  emptyImportState,
  isStale,
  kindAwaitsPreview,
  removeFile,
  requestSignature,
  splitProblem,
  withPreview,
  type StagedFile,
} from './import-state';

const file = (name: string, size = 10, base64 = 'QUJD'): StagedFile => ({ name, size, base64 });

const table: TablePreviewJson = {
  key: '名单.xlsx:Sheet1',
  file: '名单.xlsx',
  sheet: 'Sheet1',
  kind: 'enterprises',
  why: 'its columns 企业名称, 统一社会信用代码',
  header: ['序号', '企业名称', '统一社会信用代码', '联系人'],
  columns: { 序号: 'rowNumber', 企业名称: 'name', 统一社会信用代码: 'code', 联系人: null },
  knownColumns: ['id', 'rowNumber', 'code', 'name', 'region'],
  rows: 2,
  headerLine: 3,
  titleRows: ['陕西省钛产业链重点企业名单'],
};

const preview = (over: Partial<ImportPreviewJson> = {}): ImportPreviewJson => ({
  tables: [table],
  problems: [],
  notes: [],
  conflicts: [],
  changes: [{ kind: 'enterprises', id: 'uscc-1', name: '宝鸡钛业', where: '名单.xlsx:Sheet1:4', change: 'new', after: { name: '宝鸡钛业' } }],
  counts: { new: 1, changed: 0, unchanged: 0, conflicts: 0 },
  ...over,
});

describe('choosing files', () => {
  it('adds importable files, a file of the same name replacing the staged one', () => {
    const first = addFiles(emptyImportState, [file('a.xlsx'), file('b.csv'), file('notes.docx')]);
    expect(first.state.files.map((f) => f.name)).toEqual(['a.xlsx', 'b.csv']);
    expect(first.refused).toEqual([{ name: 'notes.docx', reason: 'type' }]);
    const { state } = addFiles(first.state, [file('a.xlsx', 20, 'REVG')]);
    expect(state.files).toEqual([file('a.xlsx', 20, 'REVG'), file('b.csv')]);
    expect(removeFile(state, 'a.xlsx').files.map((f) => f.name)).toEqual(['b.csv']);
  });

  it('refuses a file that would take the total over the limit, saying the total', () => {
    const { state, refused } = addFiles(emptyImportState, [file('a.xlsx', 60), file('b.xlsx', 50)], 100);
    expect(state.files.map((f) => f.name)).toEqual(['a.xlsx']);
    expect(refused).toEqual([{ name: 'b.xlsx', reason: 'size', total: 110 }]);
  });
});

describe('choices, staleness and what blocks a commit', () => {
  const staged = addFiles(emptyImportState, [file('名单.xlsx')]).state;
  const previewed = withPreview(staged, preview(), requestSignature(staged));

  it('can commit a fresh preview without problems', () => {
    expect(isStale(previewed)).toBe(false);
    expect(commitBlockers(previewed)).toEqual([]);
    expect(commitBlockers(staged)).toEqual([{ reason: 'noPreview' }]);
  });

  it('maps a column over the preview, sends the whole mapping, and makes the preview stale', () => {
    const mapped = chooseColumn(previewed, table, '联系人', 'aliases');
    expect(mapped.choices[table.key]).toEqual({ columns: { 序号: 'rowNumber', 企业名称: 'name', 统一社会信用代码: 'code', 联系人: 'aliases' } });
    expect(columnsOf(mapped, table)['联系人']).toBe('aliases');
    expect(isStale(mapped)).toBe(true);
    expect(commitBlockers(mapped)).toEqual([{ reason: 'stale' }]);
    // Previewed again with the choice: fresh.
    expect(commitBlockers(withPreview(mapped, preview(), requestSignature(mapped)))).toEqual([]);
  });

  it('another kind drops the column choices until the next preview maps them', () => {
    const chosen = chooseKind(chooseColumn(previewed, table, '联系人', 'aliases'), table.key, 'institutions');
    expect(chosen.choices[table.key]).toEqual({ kind: 'institutions' });
    expect(kindAwaitsPreview(chosen, table)).toBe(true);
    expect(kindAwaitsPreview(previewed, table)).toBe(false);
  });

  it('counts problems and undecided conflicts, each conflict once', () => {
    const conflict = { where: '名单.xlsx:Sheet1:5', id: 'x', name: '宝鸡钛业', matches: { id: 'baoti', name: '宝鸡钛业', where: 'the database ("baoti")' }, differences: ['region: 610300 there, 511500 here'] };
    const withProblems = withPreview(
      staged,
      preview({ problems: ['名单.xlsx:Sheet1:4: code is not a valid code', '名单.xlsx:Sheet1:5: matches "baoti" but differs; decide'], conflicts: [conflict] }),
      requestSignature(staged),
    );
    expect(commitBlockers(withProblems)).toEqual([
      { reason: 'problems', count: 1 },
      { reason: 'undecided', count: 1 },
    ]);
    const decided = decide(withProblems, conflict.where, 'separate');
    expect(decided.decisions).toEqual({ [conflict.where]: 'separate' });
    expect(commitBlockers(decided)).toEqual([{ reason: 'stale' }, { reason: 'problems', count: 2 }]);
  });

  it('has nothing to commit when every record is unchanged', () => {
    const same = withPreview(staged, preview({ changes: [], counts: { new: 0, changed: 0, unchanged: 3, conflicts: 0 } }), requestSignature(staged));
    expect(commitBlockers(same)).toEqual([{ reason: 'nothing' }]);
  });
});

describe('reading a preview', () => {
  it('splits a problem into its place and what to do', () => {
    expect(splitProblem('名单.xlsx:Sheet1:4: code "9161" is not a valid code: fix it')).toEqual({ where: '名单.xlsx:Sheet1:4', message: 'code "9161" is not a valid code: fix it' });
    expect(splitProblem('no place here')).toEqual({ where: '', message: 'no place here' });
  });

  it('groups changes and shows a changed record as before → after', () => {
    const changed = { kind: 'enterprises' as const, id: 'e1', where: 'a.csv:2', change: 'changed' as const, before: { region: '610300', aliases: [] }, after: { region: '511500', aliases: ['宝钛'] } };
    const grouped = changesByKind(preview({ changes: [changed], counts: { new: 0, changed: 1, unchanged: 4, conflicts: 0 } }));
    expect(grouped).toEqual({ added: [], changed: [changed], unchanged: 4 });
    expect(changedFields(changed)).toEqual([
      { field: 'region', before: '610300', after: '511500' },
      { field: 'aliases', before: '—', after: '宝钛' },
    ]);
  });
});
