import { describe, expect, it } from 'vitest';
import { testLink, testNode } from './test-fixtures';
import { mergeNetwork } from './merge-network';
import type { NetworkData } from './network-query';

const base: NetworkData = {
  nodes: [testNode('a', { degree: 5 }), testNode('b')],
  links: [testLink('a', 'b')],
  truncated: true,
  totalNodes: 40,
  totalLinks: 90,
};

describe('mergeNetwork (expanding a node’s neighbours)', () => {
  it('adds new nodes, marked as added, and new links; keeps what was there and the totals', () => {
    const ego = { nodes: [testNode('a', { degree: 99 }), testNode('c'), testNode('d')], links: [testLink('b', 'a'), testLink('a', 'c'), testLink('c', 'd', 3)] };
    const { network, addedIds, addedLinks } = mergeNetwork(base, ego);
    expect(addedIds).toEqual(['c', 'd']);
    expect(addedLinks).toBe(2);
    expect(network.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(network.nodes[0]!.degree).toBe(5);
    expect(network.nodes[0]!.added).toBeUndefined();
    expect(network.nodes[2]!.added).toBe(true);
    expect(network.links).toHaveLength(3);
    expect({ truncated: network.truncated, totalNodes: network.totalNodes, totalLinks: network.totalLinks }).toEqual({ truncated: true, totalNodes: 40, totalLinks: 90 });
  });

  it('gives back the same network when nothing is new, and skips links to nodes it does not have', () => {
    const same = mergeNetwork(base, { nodes: [testNode('b')], links: [testLink('a', 'b'), testLink('b', 'ghost')] });
    expect(same.network).toBe(base);
    expect(same.addedIds).toEqual([]);
  });

  it('is idempotent: merging the same ego network twice adds it once', () => {
    const ego = { nodes: [testNode('c')], links: [testLink('a', 'c')] };
    const once = mergeNetwork(base, ego).network;
    const twice = mergeNetwork(once, ego);
    expect(twice.network).toBe(once);
  });
});
