import { networkFilterVariables as filterVariables, writeNetworkFilterParams } from '../../../contract/network-filter-params.ts';
import type { NetworkFilterVariables } from './network-query';
import { linkRule, nodeLimit, type NetworkUrlState } from './network-url-state';

/** The filter with the explorer's link rule written out (the API's own default differs: network-url-state's linkRule). */
function withLinkRule(state: NetworkUrlState): NetworkUrlState {
  return { ...state, ends: state.regions.length === 0 ? null : linkRule(state) };
}

/** The URL state's filter as the GraphQL `network(filter:)` argument; empty lists are left out. */
export function networkFilterVariables(state: NetworkUrlState): NetworkFilterVariables {
  return filterVariables(withLinkRule(state), nodeLimit(state));
}

/**
 * The server's export of the same network: `/api/export?format=graphml&regions=…`, with the
 * parameters the export route reads (contract/network-filter-params.ts) and the node limit the explorer shows.
 */
export function networkExportHref(state: NetworkUrlState, format: 'graphml' | 'gexf' = 'graphml'): string {
  const params = new URLSearchParams({ format });
  for (const [name, value] of writeNetworkFilterParams({ ...withLinkRule(state), limit: nodeLimit(state) })) params.set(name, value);
  return `/api/export?${params.toString()}`;
}
