import { enumParam, type QueryParam, type QuerySchema } from '../state/query-state';
import { ORGANIZATION_LABELS, type OrganizationLabel } from './network-query';

// The explorer's whole state in the query string, so a view can be shared as a link. The filter
// parameters have the names the server's export route reads (regions, labels, types, chains,
// from, to, live, limit), so the GraphML link is the same query string with a format added.

export const COLOUR_MODES = ['type', 'community', 'province'] as const;
export type ColourMode = (typeof COLOUR_MODES)[number];

export const SIZE_MODES = ['degree', 'betweenness'] as const;
export type SizeMode = (typeof SIZE_MODES)[number];

/** Node limits the explorer offers; the API's default is 500 and its maximum 5,000. */
export const NODE_LIMITS = [250, 500, 1000, 2000, 5000] as const;
export const DEFAULT_NODE_LIMIT = 500;

export interface NetworkUrlState {
  readonly regions: readonly string[];
  readonly labels: readonly OrganizationLabel[];
  readonly types: readonly string[];
  readonly chains: readonly string[];
  readonly from: string | null;
  readonly to: string | null;
  readonly live: boolean;
  readonly limit: number | null;
  readonly colour: ColourMode | null;
  readonly size: SizeMode | null;
  readonly selected: string | null;
  readonly pinned: readonly string[];
  readonly expanded: readonly string[];
  readonly pathFrom: string | null;
  readonly pathTo: string | null;
}

/** A comma-separated list; absent and empty are the same. Unknown values are dropped when `allowed` is given. */
export function listParam<T extends string = string>(allowed?: readonly T[]): QueryParam<readonly T[]> {
  return {
    parse: (raw) => {
      const values = (raw ?? '')
        .split(',')
        .map((value) => value.trim())
        .filter((value) => value !== '' && (allowed === undefined || (allowed as readonly string[]).includes(value)));
      return [...new Set(values)] as T[];
    },
    format: (values) => (values.length === 0 ? null : values.join(',')),
  };
}

/** A date written YYYY-MM-DD, or null. */
export const dateParam: QueryParam<string | null> = {
  parse: (raw) => (raw !== null && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : null),
  format: (value) => value,
};

/** A switch written `1` when on and left out when off. */
export const flagParam: QueryParam<boolean> = {
  parse: (raw) => raw === '1' || raw === 'true',
  format: (value) => (value ? '1' : null),
};

/** One id, or null when absent or empty. */
export const idParam: QueryParam<string | null> = {
  parse: (raw) => (raw === null || raw.trim() === '' ? null : raw),
  format: (value) => value,
};

/** A whole number within [min, max], or null. */
export function countParam(min: number, max: number): QueryParam<number | null> {
  return {
    parse: (raw) => {
      if (raw === null || !/^\d+$/.test(raw)) return null;
      const value = Number(raw);
      return value >= min && value <= max ? value : null;
    },
    format: (value) => (value === null ? null : String(value)),
  };
}

export const NETWORK_URL_SCHEMA: QuerySchema<NetworkUrlState> = {
  regions: listParam(),
  labels: listParam(ORGANIZATION_LABELS),
  types: listParam(),
  chains: listParam(),
  from: dateParam,
  to: dateParam,
  live: flagParam,
  limit: countParam(1, 5000),
  colour: enumParam(COLOUR_MODES),
  size: enumParam(SIZE_MODES),
  selected: idParam,
  pinned: listParam(),
  expanded: listParam(),
  pathFrom: idParam,
  pathTo: idParam,
};

/** The parameters that change which network the API returns (as opposed to how it is drawn). */
export const FILTER_KEYS = ['regions', 'labels', 'types', 'chains', 'from', 'to', 'live', 'limit'] as const;

/** Every filter back to "no filter". */
export const CLEARED_FILTERS: Pick<NetworkUrlState, (typeof FILTER_KEYS)[number]> = {
  regions: [],
  labels: [],
  types: [],
  chains: [],
  from: null,
  to: null,
  live: false,
  limit: null,
};

export function colourMode(state: NetworkUrlState): ColourMode {
  return state.colour ?? 'type';
}

export function sizeMode(state: NetworkUrlState): SizeMode {
  return state.size ?? 'degree';
}

export function nodeLimit(state: NetworkUrlState): number {
  return state.limit ?? DEFAULT_NODE_LIMIT;
}

/** True when any filter is set: an empty network then means "nothing matches" rather than "no data". */
export function hasFilters(state: NetworkUrlState): boolean {
  return (
    state.regions.length > 0 ||
    state.labels.length > 0 ||
    state.types.length > 0 ||
    state.chains.length > 0 ||
    state.from !== null ||
    state.to !== null ||
    state.live
  );
}
