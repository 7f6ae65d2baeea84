import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { coverageHeatmap, type CellState, type HeatmapCell, type HeatmapMatrix } from './coverage-heatmap';
import { relativeLuminance } from '../charts/chart-text';
import { svgFile } from '../charts/svg-file';

function cell(chainId: string, regionCode: string, covered: number, segments: number, partnered: number, enterprises: number): HeatmapCell {
  return {
    chainId,
    regionCode,
    segmentCoverage: segments === 0 ? 0 : covered / segments,
    enterpriseCoverage: enterprises === 0 ? 0 : partnered / enterprises,
    segmentCount: segments,
    coveredSegmentCount: covered,
    enterpriseCount: enterprises,
    partneredEnterpriseCount: partnered,
  };
}

const matrix: HeatmapMatrix = {
  chains: [
    { id: 'nev', name: 'New energy vehicles', nameZh: '新能源汽车' },
    { id: 'ti', name: 'Titanium and titanium alloy', nameZh: '钛及钛合金' },
    { id: 'pv', name: 'Photovoltaics', nameZh: '光伏' },
  ],
  regions: [
    { code: '110000', name: 'Beijing', nameZh: '北京市' },
    { code: '330000', name: 'Zhejiang', nameZh: '浙江省' },
    { code: '510000', name: 'Sichuan', nameZh: '四川省' },
    { code: '610000', name: 'Shaanxi', nameZh: '陕西省' },
  ],
  // pv × 610000 is left out on purpose: a missing cell is a cell with nothing there.
  cells: [
    cell('nev', '110000', 0, 12, 0, 0),
    cell('nev', '330000', 3, 12, 1, 4),
    cell('nev', '510000', 6, 12, 2, 4),
    cell('nev', '610000', 12, 12, 4, 4),
    cell('ti', '110000', 0, 4, 0, 0),
    cell('ti', '330000', 0, 4, 0, 0),
    cell('ti', '510000', 1, 4, 0, 0),
    cell('ti', '610000', 0, 4, 0, 1),
    cell('pv', '110000', 2, 7, 1, 3),
    cell('pv', '330000', 5, 7, 3, 3),
    cell('pv', '510000', 0, 7, 0, 0),
  ],
};

// Two chains with a place beside a national one: Shaanxi's titanium chain is judged only in
// Shaanxi, so the answer has no other cell for it; the display chain has no segments recorded.
const placed: HeatmapMatrix = {
  chains: [
    { id: 'nev', name: 'New energy vehicles', regionCode: null },
    { id: 'ti', name: 'Titanium and titanium alloy', regionCode: '610000' },
    { id: 'display', name: 'New display', regionCode: '610000' },
  ],
  regions: matrix.regions,
  cells: [
    cell('nev', '110000', 0, 12, 0, 0),
    cell('nev', '330000', 3, 12, 1, 4),
    cell('nev', '510000', 6, 12, 2, 4),
    cell('nev', '610000', 12, 12, 4, 4),
    cell('ti', '610000', 1, 4, 0, 1),
    { ...cell('display', '610000', 0, 0, 1, 2), segmentCoverage: null },
  ],
};

function render(options: Parameters<typeof coverageHeatmap>[1] = {}, input: HeatmapMatrix = matrix) {
  const dom = new JSDOM('<!doctype html><body></body>');
  const svg = coverageHeatmap(input, options, dom.window.document);
  dom.window.document.body.append(svg);
  const cells = [...svg.querySelectorAll<SVGGElement>('g.cell')];
  const byKey = (chain: string, region: string) => svg.querySelector<SVGGElement>(`g.cell[data-chain="${chain}"][data-region="${region}"]`);
  const fill = (g: Element | null) => g?.querySelector('rect.cell-fill')?.getAttribute('fill') ?? '';
  return { dom, svg, cells, byKey, fill };
}

describe('coverageHeatmap', () => {
  it('draws the same SVG for the same matrix', async () => {
    const { svg } = render({ width: 640 });
    await expect(svgFile(svg)).toMatchFileSnapshot('./__snapshots__/coverage-heatmap.svg');
  });

  it('draws one cell per chain × region, labelled and with a tooltip', () => {
    const { cells, byKey } = render();
    expect(cells).toHaveLength(matrix.chains.length * matrix.regions.length);
    for (const chain of matrix.chains) {
      for (const region of matrix.regions) {
        const g = byKey(chain.id, region.code);
        expect(g, `${chain.id} × ${region.code}`).not.toBeNull();
        expect(g?.querySelector('title')?.textContent).toContain(chain.name);
        expect(g?.querySelector('title')?.textContent).toContain(region.name);
      }
    }
  });

  it('colours cells darker to lighter as coverage grows, for either measure', () => {
    for (const measure of ['segment', 'enterprise'] as const) {
      const { cells, fill } = render({ measure });
      const coloured = cells
        .filter((g) => g.dataset['empty'] === 'false')
        .map((g) => ({ value: Number(g.dataset['value']), luminance: relativeLuminance(fill(g)) }))
        .sort((a, b) => a.value - b.value);
      expect(new Set(coloured.map((c) => c.value)).size).toBeGreaterThan(3);
      for (let i = 1; i < coloured.length; i++) {
        const [before, after] = [coloured[i - 1]!, coloured[i]!];
        if (after.value > before.value) expect(after.luminance, `${before.value} → ${after.value}`).toBeGreaterThan(before.luminance);
        else expect(after.luminance).toBe(before.luminance);
      }
    }
  });

  it('hatches cells with no enterprise at all, so they differ from 0 % with enterprises', () => {
    const { byKey, fill, svg } = render({ measure: 'segment' });
    const hatched = 'url(#coverage-heatmap-empty)';
    expect(svg.querySelector('pattern#coverage-heatmap-empty')).not.toBeNull();
    expect(fill(byKey('nev', '110000'))).toBe(hatched);
    expect(fill(byKey('pv', '610000'))).toBe(hatched); // missing from the matrix
    // 0 % with an enterprise there: coloured, the darkest colour of the scale.
    expect(fill(byKey('ti', '610000'))).not.toBe(hatched);
    expect(fill(byKey('ti', '610000'))).toMatch(/^#|^rgb/);
    // No enterprise, but a segment covered by a serving agreement: coloured for segment coverage…
    expect(fill(byKey('ti', '510000'))).not.toBe(hatched);
    // …and hatched for enterprise coverage, which has nothing to count there.
    expect(render({ measure: 'enterprise' }).fill(render({ measure: 'enterprise' }).byKey('ti', '510000'))).toBe(hatched);
    expect(svg.querySelector('.legend-empty rect')?.getAttribute('fill')).toBe(hatched);
  });

  it('uses the labels it is given, translated by the caller', () => {
    const { svg } = render({
      chainLabel: (chain) => chain.nameZh ?? chain.name,
      regionLabel: (region) => region.nameZh ?? region.name,
      labels: {
        title: '覆盖率',
        legendSegment: '环节覆盖率',
        legendEnterprise: '企业覆盖率',
        noEnterprises: '无企业',
        notRecorded: '未记录产业链环节',
        outside: '不属于该产业链所在地区',
      },
    });
    expect([...svg.querySelectorAll('.chain-label')].map((t) => t.firstChild?.textContent)).toEqual(['新能源汽车', '钛及钛合金', '光伏']);
    expect([...svg.querySelectorAll('.region-label')].map((t) => t.textContent)).toEqual(['北京市', '浙江省', '四川省', '陕西省']);
    expect(svg.querySelector('.legend-title')?.textContent).toBe('环节覆盖率');
    expect(svg.querySelector('.legend-empty text')?.textContent).toBe('无企业');
    expect(svg.getAttribute('aria-label')).toBe('覆盖率');
  });

  it('is one tab stop whose arrows move the focus and whose Enter selects', () => {
    const onSelect = vi.fn();
    const { dom, byKey } = render({ onSelect, selected: { chainId: 'ti', regionCode: '330000' } });
    const selected = byKey('ti', '330000')!;
    expect(selected.getAttribute('tabindex')).toBe('0');
    expect(selected.getAttribute('aria-pressed')).toBe('true');
    expect(dom.window.document.querySelectorAll('[tabindex="0"]')).toHaveLength(1);

    selected.focus();
    const press = (key: string) => dom.window.document.activeElement?.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key, bubbles: true }));
    press('ArrowRight');
    expect(dom.window.document.activeElement).toBe(byKey('ti', '510000'));
    press('ArrowDown');
    expect(dom.window.document.activeElement).toBe(byKey('pv', '510000'));
    press('ArrowDown'); // the last row: stays
    expect(dom.window.document.activeElement).toBe(byKey('pv', '510000'));
    press('Home');
    expect(dom.window.document.activeElement).toBe(byKey('pv', '110000'));
    press('Enter');
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ chainId: 'pv', regionCode: '110000' }));
    byKey('nev', '610000')!.dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }));
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ chainId: 'nev', regionCode: '610000' }));
  });

  it('is a picture only, with no tab stops, when nothing handles a selection', () => {
    const { svg } = render();
    expect(svg.querySelectorAll('[tabindex]')).toHaveLength(0);
    expect(svg.querySelectorAll('[role="button"]')).toHaveLength(0);
  });

  it('writes percentages in cells wide enough for them, in contrasting ink', () => {
    const { svg, byKey } = render({ width: 2000 });
    expect(byKey('nev', '610000')?.querySelector('.cell-value')?.textContent).toBe('100%');
    expect(byKey('nev', '610000')?.querySelector('.cell-value')?.getAttribute('fill')).toBe('#1b1f24');
    expect(byKey('ti', '610000')?.querySelector('.cell-value')?.getAttribute('fill')).toBe('#ffffff');
    expect(byKey('nev', '110000')?.querySelector('.cell-value')).toBeNull();
    expect(render({ width: 300 }).svg.querySelectorAll('.cell-value')).toHaveLength(0);
    expect(Number(svg.getAttribute('width'))).toBeLessThanOrEqual(2000);
  });

  it('draws the same SVG for cells outside a chain\'s place and for segments not recorded', async () => {
    const { svg } = render({ width: 640 }, placed);
    await expect(svgFile(svg)).toMatchFileSnapshot('./__snapshots__/coverage-heatmap-states.svg');
  });

  it('leaves cells outside a chain\'s place blank, unselectable, and says why', () => {
    const onSelect = vi.fn();
    const { dom, byKey, fill, svg } = render({ onSelect }, placed);
    const state = (chain: string, region: string) => byKey(chain, region)?.dataset['state'] as CellState | undefined;
    expect(state('ti', '110000')).toBe('outside');
    expect(state('ti', '610000')).toBe('coverage');
    // A national chain missing a cell still has nothing there, as before.
    expect(render({}, { ...placed, cells: placed.cells.filter((c) => c.chainId !== 'nev' || c.regionCode !== '110000') }).byKey('nev', '110000')?.dataset['state']).toBe('empty');
    const outside = byKey('ti', '110000')!;
    expect(fill(outside)).toBe('#ffffff');
    expect(fill(outside)).not.toBe(fill(byKey('nev', '110000')));
    expect(outside.querySelector('rect.cell-fill')?.getAttribute('stroke-dasharray')).toBe('3 2');
    expect(outside.querySelector('.cell-value')).toBeNull();
    expect(outside.dataset['value']).toBeUndefined();
    expect(outside.getAttribute('aria-disabled')).toBe('true');
    expect(outside.querySelector('title')?.textContent).toContain("Not this chain's place");
    outside.dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }));
    outside.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(onSelect).not.toHaveBeenCalled();
    byKey('ti', '610000')!.dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }));
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ chainId: 'ti', regionCode: '610000' }));
    expect(svg.querySelector('.legend-outside text')?.textContent).toBe("Not this chain's place");
  });

  it('dots a chain with no segments recorded for segment coverage, and colours its enterprise coverage', () => {
    const { byKey, fill, svg } = render({ measure: 'segment' }, placed);
    const display = byKey('display', '610000')!;
    expect(display.dataset['state']).toBe('not-recorded');
    expect(fill(display)).toBe('url(#coverage-heatmap-not-recorded)');
    expect(svg.querySelector('pattern#coverage-heatmap-not-recorded')).not.toBeNull();
    expect(display.querySelector('title')?.textContent).toContain('Segments not recorded');
    expect(display.querySelector('title')?.textContent).not.toMatch(/Segment coverage/);
    expect(svg.querySelector('.legend-not-recorded text')?.textContent).toBe('Segments not recorded');
    const enterprise = render({ measure: 'enterprise', width: 2000 }, placed);
    expect(enterprise.byKey('display', '610000')?.dataset['state']).toBe('coverage');
    expect(enterprise.byKey('display', '610000')?.querySelector('.cell-value')?.textContent).toBe('50%');
    expect(enterprise.svg.querySelector('.legend-not-recorded')).toBeNull();
  });

  it('is wide enough for its legend when there are few regions', () => {
    const { svg } = render({ width: 300 }, { ...placed, regions: [matrix.regions[3]!] });
    const legend = svg.querySelector('.legend')!;
    const legendLeft = Number(/translate\(([\d.]+),/.exec(legend.getAttribute('transform') ?? '')?.[1]);
    // The swatches' words start 36 px right of the swatches, 292 px into the legend.
    const longest = Math.max(...[...legend.querySelectorAll('.legend-empty text, .legend-outside text, .legend-not-recorded text')].map((t) => t.textContent?.length ?? 0));
    expect(Number(svg.getAttribute('width'))).toBeGreaterThan(legendLeft + 292 + longest * 6);
  });

  it('shows only the "no figure" swatches its cells use', () => {
    const { svg } = render();
    expect(svg.querySelector('.legend-empty')).not.toBeNull();
    expect(svg.querySelector('.legend-not-recorded')).toBeNull();
    expect(svg.querySelector('.legend-outside')).toBeNull();
    expect(svg.querySelector('pattern#coverage-heatmap-not-recorded')).toBeNull();
  });
});
