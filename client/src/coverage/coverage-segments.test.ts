import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { coverageSegments, type StripSegmentCoverage } from './coverage-segments';
import { svgFile } from '../charts/svg-file';

function item(id: string, stage: string | null, order: number, covered: boolean, enterprises: number, coveredEnterprises = 0): StripSegmentCoverage {
  return { segment: { id, name: id.replace(/-/g, ' '), nameZh: null, stage, order }, covered, enterprises, coveredEnterprises };
}

// Shuffled on purpose: the chart puts them upstream → downstream itself.
const segments: StripSegmentCoverage[] = [
  item('vehicles', 'downstream', 10, true, 3, 2),
  item('lithium-cobalt-and-other-metal-mineral-resources', 'upstream', 1, false, 2),
  item('batteries', 'midstream', 6, false, 0),
  item('electrolyte', 'upstream', 2, true, 0),
  item('charging', 'downstream', 11, false, 0),
  item('motors', 'midstream', 7, true, 1, 1),
];

function render(input: readonly StripSegmentCoverage[] = segments, options: Parameters<typeof coverageSegments>[1] = {}) {
  const dom = new JSDOM('<!doctype html><body></body>');
  const svg = coverageSegments(input, options, dom.window.document);
  const blocks = [...svg.querySelectorAll<SVGGElement>('g.segment')];
  const xOf = (g: Element) => Number(/translate\(([-\d.]+),/.exec(g.getAttribute('transform') ?? '')?.[1]);
  return { svg, blocks, xOf };
}

describe('coverageSegments', () => {
  it('draws the same SVG for the same segments', async () => {
    await expect(svgFile(render().svg)).toMatchFileSnapshot('./__snapshots__/coverage-segments.svg');
  });

  it('puts the segments upstream → midstream → downstream, each stage in its recorded order, left to right', () => {
    const { svg, blocks, xOf } = render();
    expect(blocks.map((g) => g.dataset['segment'])).toEqual([
      'lithium-cobalt-and-other-metal-mineral-resources',
      'electrolyte',
      'batteries',
      'motors',
      'vehicles',
      'charging',
    ]);
    const xs = blocks.map(xOf);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(xs.length);
    expect([...svg.querySelectorAll('g.stage')].map((g) => g.getAttribute('data-stage'))).toEqual(['upstream', 'midstream', 'downstream']);
    expect([...svg.querySelectorAll('g.stage text')].map((t) => t.textContent)).toEqual(['Upstream', 'Midstream', 'Downstream']);
    expect(svg.querySelectorAll('.stage-chevron')).toHaveLength(2);
  });

  it('keeps the recorded order of segments without a stage, after the staged ones', () => {
    const { blocks, svg } = render([item('c', null, 3, false, 0), item('a', null, 1, false, 1), item('up', 'upstream', 9, false, 0), item('b', null, 2, false, 0)]);
    expect(blocks.map((g) => g.dataset['segment'])).toEqual(['up', 'a', 'b', 'c']);
    expect([...svg.querySelectorAll('g.stage text')].map((t) => t.textContent)).toEqual(['Upstream', 'Stage not recorded (recorded order)']);
  });

  it('tells covered, uncovered with enterprises, and uncovered with none apart, in fill and in words', () => {
    const { blocks } = render();
    const get = (id: string) => blocks.find((g) => g.dataset['segment'] === id)!;
    const fill = (id: string) => get(id).querySelector('rect')?.getAttribute('fill');
    expect(get('vehicles').classList.contains('segment-covered')).toBe(true);
    expect(get('lithium-cobalt-and-other-metal-mineral-resources').classList.contains('segment-uncovered')).toBe(true);
    expect(get('charging').classList.contains('segment-empty')).toBe(true);
    expect(fill('charging')).toBe('url(#coverage-segments-empty)');
    expect(new Set([fill('vehicles'), fill('lithium-cobalt-and-other-metal-mineral-resources'), fill('charging')]).size).toBe(3);
    // A segment covered by an agreement with no enterprise here is covered, not empty.
    expect(fill('electrolyte')).toBe(fill('vehicles'));
    expect(get('vehicles').querySelector('.segment-status')?.textContent).toBe('✓ Covered');
    expect(get('charging').querySelector('.segment-status')?.textContent).toBe('✗ Not covered');
    const count = (id: string) => [...get(id).querySelectorAll('.segment-count tspan')].map((t) => t.textContent).join(' ');
    expect(count('vehicles')).toBe('3 enterprises, 2 partnered');
    expect(count('motors')).toBe('1 enterprise, 1 partnered');
    expect(count('charging')).toBe('No enterprise here');
    expect(get('vehicles').dataset['enterprises']).toBe('3');
  });

  it('wraps long names onto lines within the block', () => {
    const { blocks } = render(segments, { width: 700 });
    const long = blocks.find((g) => g.dataset['segment']?.startsWith('lithium'))!;
    const lines = [...long.querySelectorAll('.segment-name tspan')].map((t) => t.textContent);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.length).toBeLessThanOrEqual(4);
  });

  it('wraps a long chain within its width: stages stacked, blocks in rows, nothing past the edge (a phone, and a desktop)', () => {
    const stages = ['upstream', 'midstream', 'downstream'];
    const twelve = Array.from({ length: 12 }, (_, i) => item(`segment-${String(i).padStart(2, '0')}`, stages[Math.floor(i / 4)]!, i, i % 3 === 0, i % 2));
    for (const width of [356, 1150]) {
      const { svg, blocks } = render(twelve, { width });
      expect(Number(svg.getAttribute('width')), `width ${width}`).toBeLessThanOrEqual(width);
      const at = blocks.map((g) => /translate\(([-\d.]+),([-\d.]+)\)/.exec(g.getAttribute('transform') ?? '')!.slice(1).map(Number) as [number, number]);
      const blockWidth = Number(blocks[0]!.querySelector('rect')!.getAttribute('width'));
      for (const [x] of at) expect(x + blockWidth).toBeLessThanOrEqual(width);
      // Read in rows, top to bottom and left to right, the blocks stay upstream → downstream.
      const reading = [...at.keys()].sort((a, b) => at[a]![1] - at[b]![1] || at[a]![0] - at[b]![0]);
      expect(reading).toEqual([...at.keys()]);
      expect([...svg.querySelectorAll('.stage-chevron')]).toHaveLength(2);
    }
    // Narrow, the legend's entries stand one under another, inside the width too.
    const narrow = render(twelve, { width: 356 }).svg;
    const legendYs = [...narrow.querySelectorAll('.legend > g')].map((g) => g.getAttribute('transform'));
    expect(legendYs).toEqual(['translate(0,0)', 'translate(0,22)', 'translate(0,44)']);
  });

  it('says so when the chain has no segments', () => {
    const { svg, blocks } = render([], { labels: { ...coverageSegmentsLabels(), noSegments: '该产业链没有环节记录。' } });
    expect(blocks).toHaveLength(0);
    expect(svg.querySelector('.no-segments')?.textContent).toBe('该产业链没有环节记录。');
  });
});

function coverageSegmentsLabels() {
  return {
    title: '',
    covered: '',
    uncovered: '',
    enterprises: () => '',
    noEnterprises: '',
    flow: '',
    legendCovered: '',
    legendUncovered: '',
    legendEmpty: '',
    noSegments: '',
  };
}
