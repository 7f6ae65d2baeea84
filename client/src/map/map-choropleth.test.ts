import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { relativeLuminance } from '../charts/chart-text';
import { coverageColor } from '../charts/palettes';
import { COVERAGE_HEATMAP_DEFAULTS } from '../coverage/coverage-heatmap';
import { mapChoropleth, type MapBoundaries, type MapFeature } from './map-choropleth';
import { svgFile } from '../charts/svg-file';

/** A square region of one degree at (lon, lat). */
function square(code: string, name: string, lon: number, lat: number): MapFeature {
  return {
    type: 'Feature',
    properties: { code, name, nameZh: name },
    geometry: {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [lon, lat],
            [lon, lat + 1],
            [lon + 1, lat + 1],
            [lon + 1, lat],
            [lon, lat],
          ],
        ],
      ],
    },
  };
}

const boundaries: MapBoundaries = {
  type: 'FeatureCollection',
  features: [
    square('510000', 'Sichuan', 102, 30),
    square('610000', 'Shaanxi', 108, 34),
    square('110000', 'Beijing', 116, 40),
    square('440000', 'Guangdong', 113, 23),
    square('650000', 'Xinjiang', 85, 42),
  ],
};

const values = new Map([
  ['510000', 2],
  ['610000', 10],
  ['110000', 30],
  ['440000', 0],
]);

function render(options: Parameters<typeof mapChoropleth>[2] = {}) {
  const dom = new JSDOM('<!doctype html><body></body>');
  const svg = mapChoropleth(boundaries, values, { width: 600, ...options }, dom.window.document);
  dom.window.document.body.append(svg);
  const paths = [...svg.querySelectorAll<SVGPathElement>('path.region')];
  const byCode = (code: string) => svg.querySelector<SVGPathElement>(`path.region[data-code="${code}"]`);
  return { dom, svg, paths, byCode };
}

describe('mapChoropleth', () => {
  it('draws the same SVG for the same input', async () => {
    const { svg } = render({ flows: [{ source: '510000', target: '610000', links: 3, agreements: 4 }] });
    await expect(svgFile(svg)).toMatchFileSnapshot('./__snapshots__/map-choropleth.svg');
  });

  it('draws one path per feature, each with its code, a title and a shape', () => {
    const { paths, byCode } = render();
    expect(paths.map((p) => p.getAttribute('data-code'))).toEqual(boundaries.features.map((f) => f.properties.code));
    for (const p of paths) {
      expect(p.getAttribute('d')).toMatch(/^M[\d.,-]+L/);
      expect(p.querySelector('title')?.textContent).toBeTruthy();
    }
    expect(byCode('510000')?.querySelector('title')?.textContent).toBe('Sichuan: 2');
  });

  it('colours darker for larger values, on both scales', () => {
    for (const scale of ['linear', 'sqrt'] as const) {
      const { byCode } = render({ scale });
      const ordered = ['440000', '510000', '610000', '110000'].map((code) => relativeLuminance(byCode(code)!.getAttribute('fill')!));
      for (let i = 1; i < ordered.length; i++) expect(ordered[i]!).toBeLessThan(ordered[i - 1]!);
    }
  });

  it('gives counts whole-number legend ticks, none repeated, whatever the largest count', () => {
    for (const top of [1, 2, 5, 30, 1234]) {
      const { svg } = render({ scale: 'sqrt', domainMax: top });
      const ticks = [...svg.querySelectorAll('.legend-ticks text')].map((text) => text.textContent ?? '');
      expect(ticks.every((tick) => /^\d+$/.test(tick)), ticks.join(' ')).toBe(true);
      expect(new Set(ticks).size, ticks.join(' ')).toBe(ticks.length);
      expect(ticks[0]).toBe('0');
      expect(ticks.at(-1)).toBe(String(top));
    }
  });

  it('colours shares with the heat map\'s colours: the same for 0 % and for 100 %', () => {
    const shares = new Map([
      ['510000', 0],
      ['610000', 1],
    ]);
    const dom = new JSDOM('<!doctype html><body></body>');
    const svg = mapChoropleth(boundaries, shares, { width: 600, valueKind: 'share', domainMax: 1 }, dom.window.document);
    const fill = (code: string) => svg.querySelector(`path.region[data-code="${code}"]`)?.getAttribute('fill');
    expect(fill('510000')).toBe(coverageColor(0));
    expect(fill('610000')).toBe(coverageColor(1));
    expect(COVERAGE_HEATMAP_DEFAULTS.interpolator(0)).toBe(coverageColor(0));
    expect(COVERAGE_HEATMAP_DEFAULTS.interpolator(1)).toBe(coverageColor(1));
  });

  it('hatches a region without data and says so in the legend', () => {
    const { byCode, svg } = render({ labels: { title: 'Map', legend: 'Agreements', noData: 'No data recorded', source: 'Tianditu' } });
    const xinjiang = byCode('650000')!;
    expect(xinjiang.getAttribute('fill')).toMatch(/^url\(#/);
    expect(xinjiang.getAttribute('data-empty')).toBe('true');
    expect(byCode('440000')!.getAttribute('data-empty')).toBe('false');
    expect(svg.querySelector('.legend-nodata')?.textContent).toBe('No data recorded');
    expect(svg.querySelector('.legend-title')?.textContent).toBe('Agreements');
    expect(svg.querySelector('.map-source')?.textContent).toBe('Tianditu');
  });

  it('makes regions focusable buttons that answer click, Enter and Space', () => {
    const onSelect = vi.fn();
    const { byCode, dom } = render({ onSelect, selected: '610000' });
    const sichuan = byCode('510000')!;
    expect(sichuan.getAttribute('tabindex')).toBe('0');
    expect(sichuan.getAttribute('role')).toBe('button');
    expect(sichuan.getAttribute('aria-label')).toBe('Sichuan: 2');
    expect(byCode('610000')!.getAttribute('aria-pressed')).toBe('true');
    sichuan.dispatchEvent(new dom.window.MouseEvent('click', { bubbles: true }));
    sichuan.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    byCode('110000')!.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    expect(onSelect.mock.calls).toEqual([['510000'], ['510000'], ['110000']]);
  });

  it('is not interactive without onSelect', () => {
    const { byCode } = render();
    expect(byCode('510000')!.hasAttribute('tabindex')).toBe(false);
  });

  it('lays flows over the map between region centres', () => {
    const { svg } = render({ flows: [{ source: '510000', target: '610000', links: 3, agreements: 4 }, { source: '510000', target: '999999', links: 9, agreements: 9 }] });
    const flows = [...svg.querySelectorAll('.map-flows path.flow')];
    expect(flows.map((f) => `${f.getAttribute('data-source')}-${f.getAttribute('data-target')}`)).toEqual(['510000-610000']);
  });
});
