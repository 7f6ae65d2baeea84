import { linkKey } from './graph-model';
import type { NetworkData, NetworkLinkData, NetworkNodeData } from './network-query';

export interface MergedNetwork {
  readonly network: NetworkData;
  /** Ids of the nodes the merge brought in. */
  readonly addedIds: readonly string[];
  readonly addedLinks: number;
}

/**
 * The network with another one's nodes and links added (an ego network, a path): nodes and links
 * already present stay as they are; new nodes are marked `added`, since their metrics come from
 * elsewhere. The totals keep describing the filtered network.
 */
export function mergeNetwork(
  base: NetworkData,
  extra: { readonly nodes: readonly NetworkNodeData[]; readonly links: readonly NetworkLinkData[] },
): MergedNetwork {
  const ids = new Set(base.nodes.map((node) => node.id));
  const keys = new Set(base.links.map((link) => linkKey(link.source, link.target)));
  const nodes = [...base.nodes];
  const links = [...base.links];
  const addedIds: string[] = [];
  for (const node of extra.nodes) {
    if (ids.has(node.id)) continue;
    ids.add(node.id);
    nodes.push({ ...node, added: true });
    addedIds.push(node.id);
  }
  let addedLinks = 0;
  for (const link of extra.links) {
    const key = linkKey(link.source, link.target);
    if (keys.has(key) || !ids.has(link.source) || !ids.has(link.target) || link.source === link.target) continue;
    keys.add(key);
    links.push(link);
    addedLinks += 1;
  }
  if (addedIds.length === 0 && addedLinks === 0) return { network: base, addedIds, addedLinks };
  return { network: { ...base, nodes, links }, addedIds, addedLinks };
}
