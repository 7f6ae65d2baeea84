import type { NetworkLinkData, NetworkNodeData } from './network-query';

/** A node for tests: only the id is needed, the rest has plain defaults. */
export function testNode(id: string, extra: Partial<NetworkNodeData> = {}): NetworkNodeData {
  return {
    id,
    name: id,
    nameZh: null,
    label: 'Institution',
    kind: null,
    regionCode: null,
    degree: 1,
    weightedDegree: 1,
    betweenness: 0,
    community: 0,
    ...extra,
  };
}

export function testLink(source: string, target: string, weight = 1): NetworkLinkData {
  return { source, target, weight };
}
