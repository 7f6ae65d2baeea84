import type { NetworkData, NetworkLinkData, NetworkNodeData } from './network-query';

/**
 * A network in the form drawing, layout and hit-testing want: nodes by index, links as pairs of
 * node indices, and each node's links. Links whose ends are missing are dropped.
 */
export interface GraphModel {
  readonly nodes: readonly NetworkNodeData[];
  readonly links: readonly NetworkLinkData[];
  readonly indexById: ReadonlyMap<string, number>;
  /** Link i joins node linkEnds[2i] and node linkEnds[2i + 1]. */
  readonly linkEnds: Int32Array;
  readonly linkWeights: Float32Array;
  /** The link indices at each node. */
  readonly linksAt: readonly (readonly number[])[];
}

export function buildGraphModel(network: Pick<NetworkData, 'nodes' | 'links'>): GraphModel {
  const nodes = network.nodes;
  const indexById = new Map<string, number>();
  nodes.forEach((node, index) => {
    if (!indexById.has(node.id)) indexById.set(node.id, index);
  });
  const kept: NetworkLinkData[] = [];
  const ends: number[] = [];
  for (const link of network.links) {
    const source = indexById.get(link.source);
    const target = indexById.get(link.target);
    if (source === undefined || target === undefined || source === target) continue;
    kept.push(link);
    ends.push(source, target);
  }
  const linkEnds = Int32Array.from(ends);
  const linkWeights = Float32Array.from(kept, (link) => link.weight);
  const linksAt: number[][] = nodes.map(() => []);
  for (let i = 0; i < kept.length; i += 1) {
    linksAt[linkEnds[2 * i]!]!.push(i);
    linksAt[linkEnds[2 * i + 1]!]!.push(i);
  }
  return { nodes, links: kept, indexById, linkEnds, linkWeights, linksAt };
}

/** The same link whichever way round it is written. */
export function linkKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** The indices of a node's neighbours. */
export function neighbourIndices(model: GraphModel, index: number): number[] {
  const links = model.linksAt[index] ?? [];
  return links.map((link) => {
    const source = model.linkEnds[2 * link]!;
    return source === index ? model.linkEnds[2 * link + 1]! : source;
  });
}
