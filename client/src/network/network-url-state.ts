import {
  networkFilterCodecs,
  networkFilterParamNames,
  networkNodeLimit,
  noNetworkFilter,
  type NetworkFilterParams,
  type ParamCodec,
} from '../../../contract/network-filter-params.ts';
import type { NetworkLinkRule } from '../../../contract/api-types.ts';
import { enumParam, type QueryParam, type QuerySchema } from '../state/query-state';

// The explorer's whole state in the query string, so a view can be shared as a link. The filter
// parameters are read and written by contract/network-filter-params.ts, as the server's export
// route and command read them, so the GraphML link is the same query string with a format added.

export const COLOUR_MODES = ['type', 'community', 'province'] as const;
export type ColourMode = (typeof COLOUR_MODES)[number];

export const SIZE_MODES = ['degree', 'betweenness'] as const;
export type SizeMode = (typeof SIZE_MODES)[number];

/** How nodes are placed: by their links (force), in rings around one organisation (radial), at their region (geo). */
export const LAYOUT_MODES = ['force', 'radial', 'geo'] as const;
export type LayoutMode = (typeof LAYOUT_MODES)[number];

/** Node limits the explorer offers; the API's default is 500 and its maximum 5,000. */
export const NODE_LIMITS = [250, 500, 1000, 2000, 5000] as const;
export const DEFAULT_NODE_LIMIT = networkNodeLimit.default;

export interface NetworkUrlState extends NetworkFilterParams {
  readonly colour: ColourMode | null;
  readonly size: SizeMode | null;
  readonly layout: LayoutMode | null;
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

/** One id, or null when absent or empty. */
export const idParam: QueryParam<string | null> = {
  parse: (raw) => (raw === null || raw.trim() === '' ? null : raw),
  format: (value) => value,
};

/** A filter parameter in the URL: junk reads as the default, silently (a shared link should still open). */
function filterParam<T>(codec: ParamCodec<T>, name: string): QueryParam<T> {
  return { parse: (raw) => codec.read(raw, name).value, format: codec.write };
}

export const NETWORK_URL_SCHEMA: QuerySchema<NetworkUrlState> = {
  regions: filterParam(networkFilterCodecs.regions, 'regions'),
  ends: filterParam(networkFilterCodecs.ends, 'ends'),
  labels: filterParam(networkFilterCodecs.labels, 'labels'),
  types: filterParam(networkFilterCodecs.types, 'types'),
  chains: filterParam(networkFilterCodecs.chains, 'chains'),
  from: filterParam(networkFilterCodecs.from, 'from'),
  to: filterParam(networkFilterCodecs.to, 'to'),
  live: filterParam(networkFilterCodecs.live, 'live'),
  limit: filterParam(networkFilterCodecs.limit, 'limit'),
  colour: enumParam(COLOUR_MODES),
  size: enumParam(SIZE_MODES),
  layout: enumParam(LAYOUT_MODES),
  selected: idParam,
  pinned: listParam(),
  expanded: listParam(),
  pathFrom: idParam,
  pathTo: idParam,
};

/** The parameters that change which network the API returns (as opposed to how it is drawn). */
export const FILTER_KEYS = networkFilterParamNames;

/** Every filter back to "no filter". */
export const CLEARED_FILTERS: NetworkFilterParams = noNetworkFilter;

export function colourMode(state: NetworkUrlState): ColourMode {
  return state.colour ?? 'type';
}

export function sizeMode(state: NetworkUrlState): SizeMode {
  return state.size ?? 'degree';
}

export function layoutMode(state: NetworkUrlState): LayoutMode {
  return state.layout ?? 'force';
}

/**
 * Which links the chosen regions keep. The explorer's default is one end inside, so a region's
 * organisations are shown with all their partners (the API's default, both ends, is the regions'
 * own network, which is empty for a region whose organisations all work with outsiders).
 */
export function linkRule(state: Pick<NetworkUrlState, 'ends'>): NetworkLinkRule {
  return state.ends ?? 'ONE_END';
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
