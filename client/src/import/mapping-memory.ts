import type { ImportKind, TablePreviewJson } from '../../../contract/import-api.ts';
import type { ImportState } from './import-state';
import { columnsOf, kindOf } from './import-state';

/**
 * Mappings a person confirmed, remembered in this browser (local storage) for the next file of the
 * same shape: keyed by the table's header signature, its non-empty headers sorted, so the same list
 * exported again (or next month's) is mapped the same way without asking twice.
 */
export interface RememberedMapping {
  readonly kind?: ImportKind;
  readonly columns: Readonly<Record<string, string | null>>;
}

const PREFIX = 'atlas.importMapping:';

/** The shape of a table: its non-empty headers, sorted, joined. */
export function headerSignature(header: readonly string[]): string {
  return [...new Set(header.map((cell) => cell.trim()).filter((cell) => cell !== ''))].sort().join('\u001f');
}

export function rememberMapping(header: readonly string[], mapping: RememberedMapping, storage: Storage | null = localStore()): void {
  try {
    storage?.setItem(PREFIX + headerSignature(header), JSON.stringify(mapping));
  } catch {
    // Storage full or blocked: the mapping is simply not remembered.
  }
}

export function recallMapping(header: readonly string[], storage: Storage | null = localStore()): RememberedMapping | null {
  try {
    const text = storage?.getItem(PREFIX + headerSignature(header));
    if (text === null || text === undefined) return null;
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed !== 'object' || parsed === null || typeof (parsed as RememberedMapping).columns !== 'object') return null;
    return parsed as RememberedMapping;
  } catch {
    return null;
  }
}

/** The mapping of a table as it stands, to remember. */
export function mappingOf(state: ImportState, table: TablePreviewJson): RememberedMapping {
  const kind = kindOf(state, table);
  return { ...(kind === undefined ? {} : { kind }), columns: columnsOf(state, table) };
}

/**
 * Applies remembered mappings to the tables of a new preview that the person has not chosen for yet,
 * where the remembered one differs from the server's guess. Returns the keys of the tables it
 * changed: the view says so, and previews again with them.
 */
export function applyRememberedMappings(state: ImportState, storage: Storage | null = localStore()): { state: ImportState; applied: string[] } {
  const applied: string[] = [];
  let choices = { ...state.choices };
  for (const table of state.preview?.tables ?? []) {
    if (choices[table.key] !== undefined) continue;
    const remembered = recallMapping(table.header, storage);
    if (remembered === null) continue;
    const headers = new Set(table.header);
    const columns = Object.fromEntries(Object.entries(remembered.columns).filter(([header]) => headers.has(header)));
    const sameKind = remembered.kind === undefined || remembered.kind === table.kind;
    const sameColumns = Object.entries(columns).every(([header, column]) => (table.columns[header] ?? null) === column);
    if (sameKind && sameColumns) continue;
    choices = { ...choices, [table.key]: { ...(remembered.kind === undefined ? {} : { kind: remembered.kind }), columns } };
    applied.push(table.key);
  }
  return { state: applied.length === 0 ? state : { ...state, choices }, applied };
}

function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
