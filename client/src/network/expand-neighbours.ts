import { request } from '../api/graphql-client';
import { mergeNetwork, type MergedNetwork } from './merge-network';
import { EGO_NETWORK_QUERY, type EgoNetworkResult, type EgoNetworkVariables, type NetworkData } from './network-query';

/** An organisation's ego network (it, its partners, the links among them) from its profile; null when unknown. */
export async function fetchNeighbours(id: string, signal: AbortSignal): Promise<NetworkData | null> {
  const result = await request<EgoNetworkResult, EgoNetworkVariables>(EGO_NETWORK_QUERY, { id }, { signal });
  return result.orgProfile?.egoNetwork ?? null;
}

/** The network with the neighbours of each of `ids` merged in (in order; unknown ids are skipped). */
export async function expandNeighbours(network: NetworkData, ids: readonly string[], signal: AbortSignal): Promise<MergedNetwork> {
  const egos = await Promise.all(ids.map((id) => fetchNeighbours(id, signal)));
  let merged: MergedNetwork = { network, addedIds: [], addedLinks: 0 };
  for (const ego of egos) {
    if (ego === null) continue;
    const next = mergeNetwork(merged.network, ego);
    merged = { network: next.network, addedIds: [...merged.addedIds, ...next.addedIds], addedLinks: merged.addedLinks + next.addedLinks };
  }
  return merged;
}
