import type { NetworkFilterVariables } from './network-query';
import { nodeLimit, type NetworkUrlState } from './network-url-state';

/** The URL state's filter as the GraphQL `network(filter:)` argument; empty lists are left out. */
export function networkFilterVariables(state: NetworkUrlState): NetworkFilterVariables {
  return {
    ...(state.regions.length > 0 ? { regionCodes: state.regions } : {}),
    ...(state.labels.length > 0 ? { labels: state.labels } : {}),
    ...(state.types.length > 0 ? { agreementTypes: state.types } : {}),
    ...(state.chains.length > 0 ? { chainIds: state.chains } : {}),
    ...(state.from !== null ? { from: state.from } : {}),
    ...(state.to !== null ? { to: state.to } : {}),
    ...(state.live ? { liveOnly: true } : {}),
    limit: nodeLimit(state),
  };
}

/**
 * The server's export of the same network: `/api/export?format=graphml&regions=…`, with the
 * parameter names of `networkFilterFromSearchParams` and the node limit the explorer shows.
 */
export function networkExportHref(state: NetworkUrlState, format: 'graphml' | 'gexf' = 'graphml'): string {
  const params = new URLSearchParams({ format });
  if (state.regions.length > 0) params.set('regions', state.regions.join(','));
  if (state.labels.length > 0) params.set('labels', state.labels.join(','));
  if (state.types.length > 0) params.set('types', state.types.join(','));
  if (state.chains.length > 0) params.set('chains', state.chains.join(','));
  if (state.from !== null) params.set('from', state.from);
  if (state.to !== null) params.set('to', state.to);
  if (state.live) params.set('live', '1');
  params.set('limit', String(nodeLimit(state)));
  return `/api/export?${params.toString()}`;
}
