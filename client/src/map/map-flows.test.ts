import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { svgFile } from '../charts/svg-file';
import { flowCurve, mapFlows, mergeFlows, type RegionFlow } from './map-flows';

const positions = new Map<string, [number, number]>([
  ['510000', [100, 200]],
  ['610000', [200, 100]],
  ['110000', [400, 50]],
]);

const flows: RegionFlow[] = [
  { source: '510000', target: '610000', links: 1, agreements: 1 },
  { source: '610000', target: '510000', links: 3, agreements: 5 },
  { source: '110000', target: '610000', links: 16, agreements: 20 },
  { source: '110000', target: '110000', links: 50, agreements: 50 },
];

function render(options: Parameters<typeof mapFlows>[2] = {}) {
  const dom = new JSDOM('<!doctype html><body><svg></svg></body>');
  const group = mapFlows(flows, positions, options, dom.window.document);
  dom.window.document.querySelector('svg')!.append(group);
  return { group, paths: [...group.querySelectorAll<SVGPathElement>('path.flow')] };
}

describe('mapFlows', () => {
  it('draws the same SVG for the same flows', async () => {
    const { group } = render();
    // Flows are a layer of the map, no picture on their own: the file frames them in an SVG
    // around the positions, drawn as they are.
    const svg = group.closest('svg')!;
    svg.setAttribute('width', '500');
    svg.setAttribute('height', '260');
    svg.setAttribute('viewBox', '0 0 500 260');
    await expect(svgFile(svg)).toMatchFileSnapshot('./__snapshots__/map-flows.svg');
  });

  it('merges both directions of a pair and leaves out flows within one region', () => {
    expect(mergeFlows(flows)).toEqual([
      { source: '110000', target: '610000', links: 16, agreements: 20 },
      { source: '510000', target: '610000', links: 4, agreements: 6 },
    ]);
  });

  it('draws one curve per pair, wider for more links, the strongest on top', () => {
    const { paths } = render();
    expect(paths.map((p) => p.getAttribute('data-links'))).toEqual(['4', '16']);
    const widths = paths.map((p) => Number(p.getAttribute('stroke-width')));
    expect(widths[1]!).toBeGreaterThan(widths[0]!);
    for (const p of paths) expect(p.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+Q/);
    expect(paths[1]!.querySelector('title')?.textContent).toContain('16');
  });

  it('bends a curve off the straight line', () => {
    expect(flowCurve([0, 0], [100, 0], 0.2)).toBe('M0,0Q50,20 100,0');
  });

  it('skips flows whose ends are not on the map', () => {
    const dom = new JSDOM('<!doctype html><body></body>');
    const group = mapFlows([{ source: '510000', target: '820000', links: 2, agreements: 2 }], positions, {}, dom.window.document);
    expect(group.querySelectorAll('path.flow')).toHaveLength(0);
  });
});
