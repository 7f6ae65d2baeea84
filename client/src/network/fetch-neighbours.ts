import { request } from '../api/graphql-client';
import { EGO_NETWORK_QUERY, type EgoNetworkResult, type EgoNetworkVariables, type NetworkData } from './network-query';

/** An organisation's ego network (it, its partners, the links among them) from its profile; null when unknown. */
export async function fetchNeighbours(id: string, signal: AbortSignal): Promise<NetworkData | null> {
  const result = await request<EgoNetworkResult, EgoNetworkVariables>(EGO_NETWORK_QUERY, { id }, { signal });
  return result.orgProfile?.egoNetwork ?? null;
}
