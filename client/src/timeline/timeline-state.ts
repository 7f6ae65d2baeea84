import { AGREEMENT_TYPES, isAgreementType, type AgreementType } from '../charts/palettes';
import { isIsoDate } from '../format/iso-date';
import type { QueryParam, QuerySchema } from '../state/query-state';

export type TimelineInterval = 'year' | 'month';

/**
 * The timeline view's state as kept in the query string, e.g.
 * `?interval=month&types=joint_lab,order_class&regions=610000,510000&from=2019-01-01&to=2024-12-31`.
 * Defaults take no space: yearly, every type, the whole country, all dates.
 */
export interface TimelineState {
  readonly interval: TimelineInterval;
  /** null: every type. An empty list is a choice too (nothing to show) and stays in the URL as `types=`. */
  readonly types: readonly AgreementType[] | null;
  /** GB/T 2260 codes; empty: the whole country. */
  readonly regions: readonly string[];
  /** YYYY-MM-DD or ''. */
  readonly from: string;
  readonly to: string;
}

const intervalParam: QueryParam<TimelineInterval> = {
  parse: (raw) => (raw === 'month' ? 'month' : 'year'),
  format: (value) => (value === 'year' ? null : value),
};

/** A comma list of agreement types; unknown names are dropped; all of them is the default. */
const typesParam: QueryParam<readonly AgreementType[] | null> = {
  parse: (raw) => {
    if (raw === null) return null;
    const chosen = new Set(raw.split(',').map((part) => part.trim()).filter(isAgreementType));
    return AGREEMENT_TYPES.filter((type) => chosen.has(type));
  },
  format: (value) => {
    if (value === null || AGREEMENT_TYPES.every((type) => value.includes(type))) return null;
    return AGREEMENT_TYPES.filter((type) => value.includes(type)).join(',');
  },
};

/** A comma list of six-digit region codes, in the order chosen, each once. */
const regionsParam: QueryParam<readonly string[]> = {
  parse: (raw) => [...new Set((raw ?? '').split(',').map((part) => part.trim()).filter((part) => /^\d{6}$/.test(part)))],
  format: (value) => (value.length === 0 ? null : value.join(',')),
};

const dateParam: QueryParam<string> = {
  parse: (raw) => (raw !== null && isIsoDate(raw) ? raw : ''),
  format: (value) => (value === '' ? null : value),
};

export const TIMELINE_SCHEMA: QuerySchema<TimelineState> = {
  interval: intervalParam,
  types: typesParam,
  regions: regionsParam,
  from: dateParam,
  to: dateParam,
};
