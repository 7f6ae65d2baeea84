import { describe, expect, it } from 'vitest';
import { buildGraphModel } from './graph-model';
import { highlightIndices } from './highlight-indices';
import { pathHighlight } from './path-highlight';
import { testLink, testNode } from './test-fixtures';

const model = buildGraphModel({
  nodes: ['a', 'b', 'c', 'd'].map((id) => testNode(id)),
  links: [testLink('a', 'b'), testLink('c', 'b'), testLink('c', 'd')],
});
const org = (id: string) => ({ id, name: id, nameZh: null, label: 'Institution' });

describe('highlightIndices', () => {
  it('maps the selection and pins to node indices, leaving out ids that are not drawn', () => {
    const lit = highlightIndices(model, { selected: 'c', pinned: ['a', 'ghost'] }, null);
    expect(lit.selected).toBe(2);
    expect([...lit.pinned]).toEqual([0]);
    expect(lit.pathNodes).toBeNull();
    expect(lit.pathLinks).toBeNull();
  });

  it('lights the path’s nodes and the links between them, whichever way round the model stores them', () => {
    const path = pathHighlight({
      hops: 2,
      from: org('a'),
      to: org('c'),
      paths: [{ nodes: [org('a'), org('b'), org('c')], steps: [{ source: 'a', target: 'b', weight: 1 }, { source: 'b', target: 'c', weight: 1 }] }],
    });
    const lit = highlightIndices(model, { selected: null, pinned: [] }, path);
    expect(lit.selected).toBe(-1);
    expect([...lit.pathNodes!].sort()).toEqual([0, 1, 2]);
    expect([...lit.pathLinks!].sort()).toEqual([0, 1]);
  });

  it('lights nothing for a path that does not exist', () => {
    const none = pathHighlight({ hops: null, from: org('a'), to: org('d'), paths: [] });
    expect(highlightIndices(model, { selected: null, pinned: [] }, none).pathNodes).toBeNull();
  });
});
