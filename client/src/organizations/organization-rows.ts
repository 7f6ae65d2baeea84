import {
  ORGANIZATION_TYPES,
  type OrganizationListResult,
  type OrganizationSummary,
  type OrganizationType,
} from '../api/queries';
import { ORGANIZATION_TYPE_LABEL } from './organization-type-labels';
import { matchesAllTerms, normalizeForSearch, searchTerms } from './search-text';

/** One line of the organisations table: an organisation of any type. */
export interface OrganizationRow {
  /** Unique across types, for the d3 data join. */
  readonly key: string;
  readonly id: string;
  readonly type: OrganizationType;
  readonly typeLabel: string;
  readonly name: string;
  readonly nameZh: string | null;
  readonly kind: string | null;
  readonly regionCode: string | null;
  /** Pre-normalised name and Chinese name, so filtering on each keystroke is cheap. */
  readonly searchText: readonly string[];
}

export interface OrganizationFilter {
  readonly text: string;
  readonly type: OrganizationType | null;
}

const LIST_FIELD: Readonly<Record<OrganizationType, keyof OrganizationListResult>> = {
  institution: 'institutions',
  enterprise: 'enterprises',
  government: 'governments',
};

// Numeric so "No. 2 Middle School" sorts before "No. 10 …".
const nameCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const zhCollator = new Intl.Collator('zh-Hans-CN', { numeric: true });

/** The three lists as one table, sorted by name (then Chinese name, type, id). */
export function mergeOrganizationRows(lists: OrganizationListResult): OrganizationRow[] {
  const rows = ORGANIZATION_TYPES.flatMap((type) => lists[LIST_FIELD[type]].map((org) => toRow(type, org)));
  return rows.sort(compareOrganizationRows);
}

export function compareOrganizationRows(a: OrganizationRow, b: OrganizationRow): number {
  return (
    nameCollator.compare(a.name, b.name) ||
    zhCollator.compare(a.nameZh ?? '', b.nameZh ?? '') ||
    ORGANIZATION_TYPES.indexOf(a.type) - ORGANIZATION_TYPES.indexOf(b.type) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Rows of the chosen type (all when null) whose name or Chinese name holds every filter word. */
export function filterOrganizationRows(rows: readonly OrganizationRow[], filter: OrganizationFilter): OrganizationRow[] {
  const terms = searchTerms(filter.text);
  return rows.filter(
    (row) => (filter.type === null || row.type === filter.type) && matchesAllTerms(row.searchText, terms),
  );
}

function toRow(type: OrganizationType, org: OrganizationSummary): OrganizationRow {
  const nameZh = blankToNull(org.nameZh);
  return {
    key: `${type}:${org.id}`,
    id: org.id,
    type,
    typeLabel: ORGANIZATION_TYPE_LABEL[type],
    // A record without a display name still needs something to click on.
    name: blankToNull(org.name) ?? nameZh ?? org.id,
    nameZh,
    kind: blankToNull(org.kind),
    regionCode: blankToNull(org.regionCode),
    searchText: [org.name, nameZh ?? ''].map(normalizeForSearch),
  };
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
