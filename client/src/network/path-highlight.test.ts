import { describe, expect, it } from 'vitest';
import { linkKey } from './graph-model';
import type { PathData } from './network-query';
import { pathAsNetwork, pathHighlight } from './path-highlight';

const org = (id: string) => ({ id, name: id.toUpperCase(), nameZh: null, label: 'Enterprise' });

const twoPaths: PathData = {
  hops: 2,
  from: org('a'),
  to: org('d'),
  paths: [
    { nodes: [org('a'), org('b'), org('d')], steps: [{ source: 'a', target: 'b', weight: 1 }, { source: 'b', target: 'd', weight: 2 }] },
    { nodes: [org('a'), org('c'), org('d')], steps: [{ source: 'c', target: 'a', weight: 1 }, { source: 'c', target: 'd', weight: 1 }] },
  ],
};

describe('pathHighlight', () => {
  it('lights every node and link of every shortest path, and spells out the first in order', () => {
    const lit = pathHighlight(twoPaths);
    expect([...lit.nodeIds].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(lit.linkKeys).toEqual(new Set([linkKey('a', 'b'), linkKey('b', 'd'), linkKey('a', 'c'), linkKey('c', 'd')]));
    expect(lit.order).toEqual(['a', 'b', 'd']);
    expect(lit.hops).toBe(2);
    expect(lit.pathCount).toBe(2);
  });

  it('lights nothing when there is no path within the hop limit', () => {
    const lit = pathHighlight({ hops: null, from: org('a'), to: org('z'), paths: [] });
    expect(lit.nodeIds.size).toBe(0);
    expect(lit.linkKeys.size).toBe(0);
    expect(lit.hops).toBeNull();
  });
});

describe('pathAsNetwork', () => {
  it('gives each organisation of the paths once, with unknown metrics, and every step as a link', () => {
    const network = pathAsNetwork(twoPaths);
    expect(network.nodes.map((n) => n.id)).toEqual(['a', 'b', 'd', 'c']);
    expect(network.nodes.every((n) => n.degree === 0 && n.community === -1)).toBe(true);
    expect(network.links).toHaveLength(4);
  });
});
