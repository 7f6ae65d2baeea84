import { geoArea, geoConicEqualArea, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3';
import { hatchPattern, legendGradient } from '../charts/chart-defs';
import { estimateTextWidth, inkOn, wrapText } from '../charts/chart-text';
import { countTicks, rampPosition, shareTicks } from '../charts/legend-ticks';
import { countColor, coverageColor } from '../charts/palettes';
import { svgRoot } from '../charts/svg-root';
import { mapFlows, type MapFlowsOptions, type RegionFlow } from './map-flows';

/** One region's boundary as /api/boundaries serves it. */
export interface MapFeature {
  readonly type: 'Feature';
  readonly properties: { readonly code: string; readonly name: string; readonly nameZh: string; readonly fullNameZh?: string };
  readonly geometry: { readonly type: 'MultiPolygon' | 'Polygon'; readonly coordinates: unknown };
}

export interface MapLine {
  readonly type: 'Feature';
  readonly geometry: { readonly type: 'MultiLineString' | 'LineString'; readonly coordinates: unknown };
}

export interface MapBoundaries {
  readonly type: 'FeatureCollection';
  readonly features: readonly MapFeature[];
  /** Border lines drawn with the map (no region of their own). */
  readonly lines?: readonly MapLine[];
  readonly source?: string;
}

/** The chart's words, passed in already translated. */
export interface MapLabels {
  /** The accessible name of the whole map. */
  readonly title: string;
  /** Above the colour ramp: what the colour measures. */
  readonly legend: string;
  /** Beside the hatched swatch. */
  readonly noData: string;
  /** Under the map: where the shapes come from. */
  readonly source: string;
}

export interface MapChoroplethOptions {
  readonly width: number;
  /** The map is as tall as its shape needs at `width`, but no taller than this. */
  readonly maxHeight: number;
  /** Name shown for a region (tooltip, accessible name). */
  readonly regionLabel: (feature: MapFeature) => string;
  /** Tooltip and accessible name of a region with its value (null: no data). */
  readonly regionTitle: (feature: MapFeature, value: number | null) => string;
  readonly formatValue: (value: number) => string;
  /** 'sqrt' for counts (a few large regions would wash out the rest), 'linear' for shares. */
  readonly scale: 'linear' | 'sqrt';
  /** The top of the colour scale; by default the largest value (1 for shares). */
  readonly domainMax: number | null;
  /**
   * What the values are, which picks the palette (palettes.ts: the same colours as the other
   * views for the same meaning) and the legend's ticks: counts (whole-number ticks, each once)
   * or coverage shares (0–1, the heat map's colours).
   */
  readonly valueKind: 'count' | 'share';
  readonly labels: MapLabels;
  readonly selected: string | null;
  /** Called on click, Enter or Space on a region; without it regions are not interactive. */
  readonly onSelect: ((code: string) => void) | null;
  /** Cooperation between regions drawn over the map; empty for none. */
  readonly flows: readonly RegionFlow[];
  readonly flowOptions: Partial<MapFlowsOptions>;
  readonly idPrefix: string;
  readonly fontFamily: string;
  readonly fontSize: number;
  /** Names at the regions' centres (for a province's prefectures; too crowded for the whole country). */
  readonly showLabels: boolean;
}

export const MAP_CHOROPLETH_DEFAULTS: MapChoroplethOptions = {
  width: 960,
  maxHeight: 760,
  regionLabel: (feature) => feature.properties.name,
  regionTitle: (feature, value) => `${feature.properties.name}: ${value === null ? 'no data' : String(value)}`,
  formatValue: (value) => String(Math.round(value * 100) / 100),
  scale: 'linear',
  domainMax: null,
  valueKind: 'count',
  labels: { title: 'Map of the regions', legend: 'Value', noData: 'No data', source: '' },
  selected: null,
  onSelect: null,
  flows: [],
  flowOptions: {},
  idPrefix: 'map-choropleth',
  fontFamily:
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
  fontSize: 12,
  showLabels: false,
};

const INK = '#1b1f24';
const INK_MUTED = '#4d5561';
const HATCH_BACKGROUND = '#eef0f3';
const HATCH_LINE = '#8a939e';
const FOCUS = '#b3400a';
const LEGEND_WIDTH = 240;
const LEGEND_HEIGHT = 70;
/** A phone's width (390 px less the page's margins): the map and its legend fit in it. */
const MIN_WIDTH = 320;

/** An Albers-style equal-area projection for China, fitted to the features in the box. */
export function mapProjection(boundaries: MapBoundaries, width: number, height: number): GeoProjection {
  const collection = { type: 'FeatureCollection', features: boundaries.features } as unknown as GeoPermissibleObjects;
  return geoConicEqualArea()
    .parallels([25, 47])
    .rotate([-105, 0])
    .fitExtent(
      [
        [8, 8],
        [width - 8, height - 8],
      ],
      collection,
    );
}

/** Where a region's flows start: the centroid of its largest part (not the sea between islands). */
export function regionAnchor(feature: MapFeature, projection: GeoProjection): [number, number] | null {
  const path = geoPath(projection);
  const polygons =
    feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : (feature.geometry.coordinates as unknown[]);
  let best: { area: number; centre: [number, number] } | null = null;
  for (const coordinates of polygons) {
    const polygon = { type: 'Polygon', coordinates } as unknown as GeoPermissibleObjects;
    const area = geoArea(polygon);
    const centre = path.centroid(polygon);
    if (!Number.isFinite(centre[0]) || !Number.isFinite(centre[1])) continue;
    if (best === null || area > best.area) best = { area, centre };
  }
  return best?.centre ?? null;
}

/**
 * Regions (provinces, or the prefectures of one) coloured by a figure on a sequential
 * colour-blind-safe scale (palettes.ts: counts light to dark, shares as in the heat map), hatched where there is no figure, with a
 * legend below and, optionally, cross-region flows over them. Each region is a path with
 * `data-code` and a `<title>`; with `onSelect` it is a focusable button. Pure: the same input
 * gives the same SVG, in any document (pass jsdom's in tests).
 */
export function mapChoropleth(
  boundaries: MapBoundaries,
  values: ReadonlyMap<string, number>,
  options: Partial<MapChoroplethOptions> = {},
  doc: Document = document,
): SVGSVGElement {
  const o: MapChoroplethOptions = { ...MAP_CHOROPLETH_DEFAULTS, ...options };
  const fs = o.fontSize;
  const features = boundaries.features;

  // The height the shape needs at this width (fitted to the width alone: a square probe would
  // cap a tall province at the width, and the map would come out narrow), capped.
  const probe = mapProjection(boundaries, o.width, Number.MAX_SAFE_INTEGER / 4);
  const [[, y0], [, y1]] = geoPath(probe).bounds({ type: 'FeatureCollection', features } as unknown as GeoPermissibleObjects);
  const mapHeight = Math.round(Math.min(o.maxHeight, Math.max(200, Number.isFinite(y1 - y0) ? y1 - y0 + 16 : o.width * 0.75)));
  let projection = mapProjection(boundaries, o.width, mapHeight);
  // Capped in height, the shape is narrower than the width given: the picture shrinks to it.
  const [[x0], [x1]] = geoPath(projection).bounds({ type: 'FeatureCollection', features } as unknown as GeoPermissibleObjects);
  const width = Math.round(Math.max(Math.min(MIN_WIDTH, o.width), Math.min(o.width, Number.isFinite(x1 - x0) ? x1 - x0 + 16 : o.width)));
  if (width < o.width) projection = mapProjection(boundaries, width, mapHeight);
  const path = geoPath(projection);
  const legendTop = mapHeight + 24;
  // The "no data" swatch stands right of the ramp, or under it where the map is narrow (a phone).
  const swatchX = LEGEND_WIDTH + 36;
  const swatchBelow = 16 + swatchX + 30 + estimateTextWidth(o.labels.noData, fs) * 1.08 > width;
  // The source line wraps on a narrow map rather than running past its edge.
  const sourceLines = o.labels.source === '' ? [] : wrapText(o.labels.source, width - 24, fs - 2, 3);
  const height = legendTop + LEGEND_HEIGHT + (swatchBelow ? 24 : 0) + Math.max(0, sourceLines.length - 1) * (fs + 1);

  const present = features.map((f) => values.get(f.properties.code)).filter((v): v is number => v !== undefined && Number.isFinite(v));
  const top = o.domainMax ?? Math.max(0, ...present);
  const domainTop = top > 0 ? top : 1;
  const interpolator = o.valueKind === 'share' ? coverageColor : countColor;
  const colour = (value: number) => interpolator(rampPosition(value, domainTop, o.scale));
  const valueOf = (feature: MapFeature): number | null => {
    const value = values.get(feature.properties.code);
    return value === undefined || !Number.isFinite(value) ? null : value;
  };

  const svg = svgRoot(doc, {
    className: 'map-choropleth',
    width,
    height,
    fontFamily: o.fontFamily,
    fontSize: fs,
    role: 'group',
    label: o.labels.title,
    background: '#ffffff',
  });

  const defs = svg.append('defs');
  const hatchId = `${o.idPrefix}-nodata`;
  const gradientId = `${o.idPrefix}-gradient`;
  hatchPattern(defs, hatchId, { background: HATCH_BACKGROUND, line: HATCH_LINE, lineWidth: 1.2 });
  legendGradient(defs, gradientId, interpolator);

  const interactive = o.onSelect !== null;
  const regions = svg
    .append('g')
    .attr('class', 'regions')
    .attr('stroke', '#ffffff')
    .attr('stroke-width', 0.7)
    .attr('stroke-linejoin', 'round')
    .selectAll<SVGPathElement, MapFeature>('path')
    .data(features)
    .join('path')
    .attr('class', (f) => `region${f.properties.code === o.selected ? ' selected' : ''}`)
    .attr('data-code', (f) => f.properties.code)
    .attr('data-value', (f) => valueOf(f) ?? '')
    .attr('data-empty', (f) => String(valueOf(f) === null))
    .attr('d', (f) => roundPath(path(f as unknown as GeoPermissibleObjects) ?? ''))
    .attr('fill', (f) => {
      const value = valueOf(f);
      return value === null ? `url(#${hatchId})` : colour(value);
    })
    // White borders between colours; grey ones between hatched regions, where white would vanish.
    .attr('stroke', (f) => (valueOf(f) === null ? HATCH_LINE : null));
  regions.append('title').text((f) => o.regionTitle(f, valueOf(f)));
  if (interactive) {
    regions
      .attr('role', 'button')
      .attr('tabindex', 0)
      .attr('aria-pressed', (f) => String(f.properties.code === o.selected))
      .attr('aria-label', (f) => o.regionTitle(f, valueOf(f)).replace(/\n/g, '; '))
      .style('cursor', 'pointer')
      .on('click', (_event: MouseEvent, f) => o.onSelect?.(f.properties.code))
      .on('keydown', (event: KeyboardEvent, f) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          o.onSelect?.(f.properties.code);
        }
      })
      .on('focus', (_event: FocusEvent, f) => {
        ring.attr('d', roundPath(path(f as unknown as GeoPermissibleObjects) ?? '')).attr('display', null);
      })
      .on('blur', () => ring.attr('display', 'none'));
  }

  // Border lines without a region of their own (drawn with any map of China).
  const lines = boundaries.lines ?? [];
  if (lines.length > 0) {
    svg
      .append('g')
      .attr('class', 'boundary-lines')
      .attr('fill', 'none')
      .attr('stroke', INK_MUTED)
      .attr('stroke-width', 0.8)
      .attr('pointer-events', 'none')
      .attr('aria-hidden', 'true')
      .selectAll('path')
      .data(lines)
      .join('path')
      .attr('d', (line) => roundPath(path(line as unknown as GeoPermissibleObjects) ?? ''));
  }

  // The selected region's outline, above its neighbours: dark outside, white inside.
  const selectedFeature = features.find((f) => f.properties.code === o.selected);
  if (selectedFeature !== undefined) {
    const d = roundPath(path(selectedFeature as unknown as GeoPermissibleObjects) ?? '');
    const frame = svg.append('g').attr('class', 'selected-outline').attr('pointer-events', 'none').attr('aria-hidden', 'true').attr('fill', 'none');
    frame.append('path').attr('d', d).attr('stroke', INK).attr('stroke-width', 3);
    frame.append('path').attr('d', d).attr('stroke', '#ffffff').attr('stroke-width', 1);
  }

  const positions = new Map<string, [number, number]>();
  if (o.flows.length > 0 || o.showLabels) {
    for (const feature of features) {
      const anchor = regionAnchor(feature, projection);
      if (anchor !== null) positions.set(feature.properties.code, anchor);
    }
  }
  if (o.showLabels) {
    svg
      .append('g')
      .attr('class', 'region-labels')
      .attr('text-anchor', 'middle')
      .attr('font-size', fs - 1)
      .attr('pointer-events', 'none')
      .attr('aria-hidden', 'true')
      .selectAll('text')
      .data(features.filter((f) => positions.has(f.properties.code)))
      .join('text')
      .attr('data-label-for', (f) => f.properties.code)
      .attr('x', (f) => Math.round(positions.get(f.properties.code)![0] * 10) / 10)
      .attr('y', (f) => Math.round(positions.get(f.properties.code)![1] * 10) / 10)
      .attr('dy', '0.35em')
      .attr('fill', (f) => {
        const value = valueOf(f);
        return value === null ? INK : inkOn(colour(value));
      })
      .attr('paint-order', 'stroke')
      .attr('stroke', (f) => {
        const value = valueOf(f);
        return value === null ? '#ffffff' : 'none';
      })
      .attr('stroke-width', 3)
      .text((f) => o.regionLabel(f));
  }
  if (o.flows.length > 0) svg.append(() => mapFlows(o.flows, positions, o.flowOptions, doc));

  const ring = svg
    .append('path')
    .attr('class', 'focus-ring')
    .attr('display', 'none')
    .attr('fill', 'none')
    .attr('stroke', FOCUS)
    .attr('stroke-width', 3)
    .attr('pointer-events', 'none')
    .attr('aria-hidden', 'true');

  // Legend: the colour ramp with values, the hatched "no data" swatch, and the source.
  const legend = svg.append('g').attr('class', 'legend').attr('transform', `translate(16,${legendTop})`).attr('fill', INK);
  legend.append('text').attr('class', 'legend-title').attr('y', 0).attr('font-weight', 600).text(o.labels.legend);
  legend.append('rect').attr('y', 10).attr('width', LEGEND_WIDTH).attr('height', 14).attr('fill', `url(#${gradientId})`).attr('stroke', INK_MUTED).attr('stroke-width', 0.5);
  const tickValues = o.valueKind === 'count' ? countTicks(domainTop, o.scale) : shareTicks().map((t) => t * domainTop);
  const position = (value: number) => rampPosition(value, domainTop, o.scale) * LEGEND_WIDTH;
  const ticks = legend
    .append('g')
    .attr('class', 'legend-ticks')
    .selectAll('g')
    .data(tickValues)
    .join('g')
    .attr('transform', (v) => `translate(${Math.round(position(v) * 10) / 10},0)`);
  ticks.append('line').attr('y1', 24).attr('y2', 29).attr('stroke', INK_MUTED);
  ticks
    .append('text')
    .attr('y', 42)
    .attr('text-anchor', (_, i) => (i === 0 ? 'start' : i === tickValues.length - 1 ? 'end' : 'middle'))
    .attr('fill', INK_MUTED)
    .text((v) => o.formatValue(v));
  const swatch = legend.append('g').attr('class', 'legend-nodata').attr('transform', swatchBelow ? 'translate(0,52)' : `translate(${swatchX},10)`);
  swatch.append('rect').attr('width', 22).attr('height', 14).attr('fill', `url(#${hatchId})`).attr('stroke', INK_MUTED).attr('stroke-width', 0.5);
  swatch.append('text').attr('x', 30).attr('y', 11).text(o.labels.noData);
  if (sourceLines.length > 0) {
    const source = legend.append('text').attr('class', 'map-source').attr('y', swatchBelow ? 84 : 60).attr('fill', INK_MUTED).attr('font-size', fs - 2);
    if (sourceLines.length === 1) source.text(o.labels.source);
    else
      source
        .selectAll('tspan')
        .data(sourceLines)
        .join('tspan')
        .attr('x', 0)
        .attr('dy', (_, i) => (i === 0 ? 0 : fs + 1))
        .text((line) => line);
  }
  return svg.node()!;
}

/** Path data with coordinates to one decimal: a lighter DOM and stable snapshots. */
function roundPath(d: string): string {
  return d.replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10));
}
