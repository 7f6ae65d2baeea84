import type { QueryParam, QuerySchema } from '../state/query-state';
import { isIsoDate } from '../format/iso-date';

/**
 * The briefing's state as kept in the query string, e.g. `?region=510000&from=2025-01-01&to=2025-12-31`.
 * No region is the whole country; without dates the briefing covers the last full calendar year.
 */
export interface BriefingState {
  /** A GB/T 2260 code, or '' for the whole country. */
  readonly region: string;
  /** YYYY-MM-DD. */
  readonly from: string;
  readonly to: string;
}

/** The last full calendar year before `today`: the period a briefing covers unless told otherwise. */
export function lastFullYear(today: Date = new Date()): { from: string; to: string } {
  const year = today.getFullYear() - 1;
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

const regionParam: QueryParam<string> = {
  parse: (raw) => (raw !== null && /^\d{6}$/.test(raw.trim()) ? raw.trim() : ''),
  format: (value) => (value === '' ? null : value),
};

/** A date, or the default's when absent or not a date; always written out, so a shared link keeps its period. */
function dateParam(which: 'from' | 'to'): QueryParam<string> {
  return {
    parse: (raw) => (raw !== null && isIsoDate(raw) ? raw : lastFullYear()[which]),
    format: (value) => value,
  };
}

export const BRIEFING_SCHEMA: QuerySchema<BriefingState> = {
  region: regionParam,
  from: dateParam('from'),
  to: dateParam('to'),
};
