import { describe, expect, it } from 'vitest';
import { buildGraphModel } from './graph-model';
import { syntheticNetwork } from './synthetic-network';

describe('syntheticNetwork', () => {
  it('makes the asked number of nodes, about two links each, all valid, the same every time', () => {
    const network = syntheticNetwork(1000);
    expect(network.nodes).toHaveLength(1000);
    expect(new Set(network.nodes.map((n) => n.id)).size).toBe(1000);
    expect(network.links.length).toBeGreaterThan(1000);
    expect(network.links.length).toBeLessThan(4000);
    expect(buildGraphModel(network).links).toHaveLength(network.links.length);
    expect(syntheticNetwork(1000)).toEqual(network);
  });
});
