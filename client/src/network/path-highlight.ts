import { linkKey } from './graph-model';
import type { NetworkLinkData, NetworkNodeData, PathData } from './network-query';

/** What a path result lights up: its organisations and the links between consecutive ones. */
export interface PathHighlight {
  readonly nodeIds: ReadonlySet<string>;
  readonly linkKeys: ReadonlySet<string>;
  /** The first shortest path in order, from one end to the other. */
  readonly order: readonly string[];
  readonly hops: number | null;
  /** How many shortest paths of that length the API found. */
  readonly pathCount: number;
}

export const NO_PATH: PathHighlight = { nodeIds: new Set(), linkKeys: new Set(), order: [], hops: null, pathCount: 0 };

/**
 * Every shortest path the API returned lights up (they all have the same length); the first is
 * the one spelt out in words.
 */
export function pathHighlight(path: PathData): PathHighlight {
  if (path.hops === null || path.paths.length === 0) return { ...NO_PATH, hops: path.hops };
  const nodeIds = new Set<string>();
  const linkKeys = new Set<string>();
  for (const route of path.paths) {
    for (const node of route.nodes) nodeIds.add(node.id);
    for (const step of route.steps) linkKeys.add(linkKey(step.source, step.target));
  }
  return {
    nodeIds,
    linkKeys,
    order: path.paths[0]!.nodes.map((node) => node.id),
    hops: path.hops,
    pathCount: path.paths.length,
  };
}

/**
 * The path's organisations and links as a network to merge into the one shown, so a path through
 * organisations the filter left out can still be drawn. Their metrics are unknown here: zero.
 */
export function pathAsNetwork(path: PathData): { nodes: NetworkNodeData[]; links: NetworkLinkData[] } {
  const nodes = new Map<string, NetworkNodeData>();
  const links: NetworkLinkData[] = [];
  for (const route of path.paths) {
    for (const node of route.nodes) {
      if (nodes.has(node.id)) continue;
      nodes.set(node.id, {
        id: node.id,
        name: node.name,
        nameZh: node.nameZh,
        label: node.label,
        kind: node.kind ?? null,
        regionCode: node.regionCode ?? null,
        degree: 0,
        weightedDegree: 0,
        betweenness: 0,
        community: -1,
      });
    }
    for (const step of route.steps) links.push({ source: step.source, target: step.target, weight: step.weight });
  }
  return { nodes: [...nodes.values()], links };
}
