import { describe, expect, it } from 'vitest';
import { testLink, testNode } from './test-fixtures';
import { buildGraphModel, linkKey, neighbourIndices } from './graph-model';

describe('buildGraphModel', () => {
  it('indexes nodes and turns links into index pairs, dropping links to unknown nodes and loops', () => {
    const model = buildGraphModel({
      nodes: [testNode('a'), testNode('b'), testNode('c')],
      links: [testLink('a', 'b', 2), testLink('b', 'c'), testLink('c', 'zz'), testLink('a', 'a')],
    });
    expect(model.links).toHaveLength(2);
    expect([...model.linkEnds]).toEqual([0, 1, 1, 2]);
    expect([...model.linkWeights]).toEqual([2, 1]);
    expect(model.linksAt).toEqual([[0], [0, 1], [1]]);
    expect(neighbourIndices(model, 1).sort()).toEqual([0, 2]);
  });

  it('names a link the same whichever way round it is written', () => {
    expect(linkKey('x', 'y')).toBe(linkKey('y', 'x'));
    expect(linkKey('x', 'y')).not.toBe(linkKey('x', 'z'));
  });
});
