import { describe, expect, it } from 'vitest';
import type { ImportPreviewJson, TablePreviewJson } from '../../../contract/import-api.ts';
import { chooseColumn, emptyImportState, withPreview } from './import-state';
import { applyRememberedMappings, headerSignature, mappingOf, recallMapping, rememberMapping } from './mapping-memory';

/** A Storage over a Map: local storage as the browser keeps it, for one test. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const table = (key: string, header: string[], columns: Record<string, string | null>): TablePreviewJson => ({
  key,
  file: key,
  kind: 'enterprises',
  header,
  columns,
  knownColumns: ['rowNumber', 'name', 'code', 'region', 'aliases'],
  rows: 1,
  headerLine: 1,
  titleRows: [],
});

const previewOf = (tables: TablePreviewJson[]): ImportPreviewJson => ({ tables, problems: [], notes: [], conflicts: [], changes: [], counts: { new: 0, changed: 0, unchanged: 0, conflicts: 0 } });

describe('remembered mappings', () => {
  it('keys a mapping by the sorted headers, so column order does not matter', () => {
    expect(headerSignature(['企业名称', '序号', ' ', '序号'])).toBe(headerSignature(['序号', '企业名称']));
    const storage = memoryStorage();
    rememberMapping(['序号', '企业名称', '联系人'], { kind: 'enterprises', columns: { 联系人: 'aliases' } }, storage);
    expect(recallMapping(['联系人', '企业名称', '序号'], storage)).toEqual({ kind: 'enterprises', columns: { 联系人: 'aliases' } });
    expect(recallMapping(['企业名称'], storage)).toBeNull();
  });

  it('applies a confirmed mapping to the next file of the same shape, and says which tables', () => {
    const storage = memoryStorage();
    const first = table('三月.xlsx:Sheet1', ['序号', '企业名称', '联系人'], { 序号: 'rowNumber', 企业名称: 'name', 联系人: null });
    let state = withPreview(emptyImportState, previewOf([first]), 'asked');
    state = chooseColumn(state, first, '联系人', 'aliases');
    rememberMapping(first.header, mappingOf(state, first), storage);

    const next = table('四月.xlsx:Sheet1', ['企业名称', '序号', '联系人'], { 序号: 'rowNumber', 企业名称: 'name', 联系人: null });
    const other = table('学校.csv', ['学校名称'], { 学校名称: 'name' });
    const { state: applied, applied: keys } = applyRememberedMappings(withPreview(emptyImportState, previewOf([next, other]), 'asked'), storage);
    expect(keys).toEqual(['四月.xlsx:Sheet1']);
    expect(applied.choices['四月.xlsx:Sheet1']).toEqual({ kind: 'enterprises', columns: { 序号: 'rowNumber', 企业名称: 'name', 联系人: 'aliases' } });

    // Once the server maps it so (the next preview), nothing is left to apply.
    const mapped = table('四月.xlsx:Sheet1', next.header, { 序号: 'rowNumber', 企业名称: 'name', 联系人: 'aliases' });
    expect(applyRememberedMappings(withPreview(emptyImportState, previewOf([mapped]), 'asked'), storage).applied).toEqual([]);
  });
});
