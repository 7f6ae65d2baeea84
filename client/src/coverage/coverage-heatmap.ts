import { format } from 'd3';
import { coverageColor } from '../charts/palettes';
import type { CoverageCell } from '../../../contract/api-types.ts';
import { dotPattern, hatchPattern, legendGradient } from '../charts/chart-defs';
import { estimateTextWidth, inkOn, truncateText } from '../charts/chart-text';
import { svgRoot } from '../charts/svg-root';

/** Which coverage figure colours the cells. */
export type CoverageMeasure = 'segment' | 'enterprise';

export interface HeatmapChain {
  readonly id: string;
  readonly name: string;
  readonly nameZh?: string | null;
  /** The chain's place (a provincial or city chain); absent for a national chain. */
  readonly regionCode?: string | null;
}

export interface HeatmapRegion {
  readonly code: string;
  readonly name: string;
  readonly nameZh?: string | null;
}

/** One chain in one region, as `coverageMatrix` answers it. */
export type HeatmapCell = CoverageCell;

/**
 * What a cell can show: a figure (`coverage`), nothing to cover (`empty`: no enterprise of the
 * chain there), no segment coverage because the chain has no segments recorded (`not-recorded`),
 * or no judgement at all because the region is outside the chain's place (`outside`). Each of
 * the last three is drawn apart from 0 %, which means "there, and not covered".
 */
export type CellState = 'coverage' | 'empty' | 'not-recorded' | 'outside';

export interface HeatmapMatrix {
  readonly chains: readonly HeatmapChain[];
  readonly regions: readonly HeatmapRegion[];
  readonly cells: readonly HeatmapCell[];
}

/** The chart's words, passed in already translated. */
export interface HeatmapLabels {
  /** The accessible name of the whole chart. */
  readonly title: string;
  readonly legendSegment: string;
  readonly legendEnterprise: string;
  /** Beside the hatched swatch: a cell with no enterprise at all, so nothing to cover. */
  readonly noEnterprises: string;
  /** Beside the dotted swatch: the chain has no segments recorded (segment coverage only). */
  readonly notRecorded: string;
  /** Beside the blank swatch: the region is outside the chain's place, which is not judged there. */
  readonly outside: string;
}

export interface CoverageHeatmapOptions {
  readonly measure: CoverageMeasure;
  /** Width available; cells shrink to `minCellWidth`, beyond which the chart grows wider than this. */
  readonly width: number;
  readonly cellHeight: number;
  readonly minCellWidth: number;
  readonly maxCellWidth: number;
  readonly fontSize: number;
  /** Longer chain names are cut with an ellipsis (the full name stays in the tooltip). */
  readonly maxChainLabelWidth: number;
  readonly chainLabel: (chain: HeatmapChain) => string;
  readonly regionLabel: (region: HeatmapRegion) => string;
  /** Tooltip and accessible name of a cell; `cell` is null where the answer has none (outside the chain's place). */
  readonly cellTitle: (cell: HeatmapCell | null, chain: HeatmapChain, region: HeatmapRegion, measure: CoverageMeasure, state: CellState) => string;
  readonly formatPercent: (value: number) => string;
  readonly labels: HeatmapLabels;
  /** Sequential, colour-blind safe, dark at 0 and light at 1 (cell text picks its ink by contrast). */
  readonly interpolator: (t: number) => string;
  readonly selected: { readonly chainId: string; readonly regionCode: string } | null;
  /** Called on click, Enter or Space on a cell; without it cells are not interactive. */
  readonly onSelect: ((cell: HeatmapCell) => void) | null;
  /** Prefix of the ids of the chart's pattern and gradient; unique per document. */
  readonly idPrefix: string;
  readonly fontFamily: string;
}

const percent = format('.0%');

export const COVERAGE_HEATMAP_DEFAULTS: CoverageHeatmapOptions = {
  measure: 'segment',
  width: 960,
  cellHeight: 30,
  minCellWidth: 22,
  maxCellWidth: 72,
  fontSize: 12,
  maxChainLabelWidth: 260,
  chainLabel: (chain) => chain.name,
  regionLabel: (region) => region.name,
  cellTitle: defaultCellTitle,
  formatPercent: percent,
  labels: {
    title: 'Coverage of industry chains by region',
    legendSegment: 'Segment coverage (covered segments ÷ segments)',
    legendEnterprise: 'Enterprise coverage (partnered enterprises ÷ enterprises)',
    noEnterprises: 'No enterprise recorded: nothing to cover',
    notRecorded: 'Segments not recorded',
    outside: "Not this chain's place",
  },
  interpolator: coverageColor,
  selected: null,
  onSelect: null,
  idPrefix: 'coverage-heatmap',
  fontFamily:
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
};

const INK = '#1b1f24';
const INK_MUTED = '#4d5561';
const HATCH_BACKGROUND = '#f4f6f8';
/** 3.9:1 on white: the hatching is a graphic that must be seen. */
const HATCH_LINE = '#79828d';
/** Outside a chain's place: blank, framed by a dashed line of the dashboard's rule colour. */
const OUTSIDE_FILL = '#ffffff';
const OUTSIDE_LINE = '#aab2bc';
/** The dashboard's focus colour (5.7:1 on white). */
const FOCUS = '#b3400a';
const LEGEND_WIDTH = 220;
const LEGEND_TICKS = [0, 0.25, 0.5, 0.75, 1];
/** Where the "no figure" swatches stand, right of the ramp. */
const SWATCH_X = LEGEND_WIDTH + 36;

/** The figure the cell shows for the chosen measure (0–1); null when segments are not recorded. */
export function cellValue(cell: HeatmapCell, measure: CoverageMeasure): number | null {
  return measure === 'segment' ? cell.segmentCoverage : cell.enterpriseCoverage;
}

/**
 * A cell with nothing there: no enterprise of the chain is recorded in the region and (for
 * segment coverage) nothing else covers a segment. It is hatched rather than coloured 0 %, which
 * means "enterprises are there and none is partnered".
 */
export function isEmptyCell(cell: HeatmapCell, measure: CoverageMeasure): boolean {
  return cell.enterpriseCount === 0 && (measure === 'enterprise' || cell.coveredSegmentCount === 0);
}

/**
 * What a chain × region position shows. The answer has no cell where a chain with a place is not
 * judged (api.graphql, CoverageCell); a chain without a place missing a cell has nothing there.
 */
export function cellState(cell: HeatmapCell | null | undefined, chain: HeatmapChain, measure: CoverageMeasure): CellState {
  if (cell === null || cell === undefined) return chain.regionCode ? 'outside' : 'empty';
  if (measure === 'segment' && cell.segmentCoverage === null) return 'not-recorded';
  return isEmptyCell(cell, measure) ? 'empty' : 'coverage';
}

function defaultCellTitle(cell: HeatmapCell | null, chain: HeatmapChain, region: HeatmapRegion, _measure: CoverageMeasure, state: CellState): string {
  const head = `${chain.name} — ${region.name}`;
  if (state === 'outside') return `${head}\nNot this chain's place: it is judged only in ${chain.regionCode ?? 'its place'}.`;
  if (cell === null) return `${head}\nNo enterprise of this chain recorded here.`;
  const segment =
    cell.segmentCoverage === null
      ? 'Segments not recorded'
      : `Segment coverage ${percent(cell.segmentCoverage)} (${cell.coveredSegmentCount} of ${cell.segmentCount} segments)`;
  if (isEmptyCell(cell, 'segment')) return [head, ...(cell.segmentCoverage === null ? [segment] : []), 'No enterprise of this chain recorded here.'].join('\n');
  return [
    head,
    segment,
    `Enterprise coverage ${percent(cell.enterpriseCoverage)} (${cell.partneredEnterpriseCount} of ${cell.enterpriseCount} enterprises)`,
  ].join('\n');
}

/** Whether the browser would draw a focus ring now (keyboard focus); true where it cannot tell. */
function focusVisible(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}

interface PlacedCell {
  /** Null where the answer has no cell. */
  readonly cell: HeatmapCell | null;
  readonly state: CellState;
  readonly chain: HeatmapChain;
  readonly region: HeatmapRegion;
  readonly row: number;
  readonly column: number;
}

/**
 * Chains (rows) × regions (columns), each cell coloured by its coverage on a sequential
 * colour-blind-safe scale, hatched where no enterprise is recorded; a legend below. Pure: the same
 * matrix and options give the same SVG, in any document (pass jsdom's in tests).
 */
export function coverageHeatmap(
  matrix: HeatmapMatrix,
  options: Partial<CoverageHeatmapOptions> = {},
  doc: Document = document,
): SVGSVGElement {
  const o: CoverageHeatmapOptions = { ...COVERAGE_HEATMAP_DEFAULTS, ...options };
  const { chains, regions } = matrix;
  const fs = o.fontSize;

  const chainLabels = chains.map((chain) => o.chainLabel(chain));
  const shownChainLabels = chainLabels.map((label) => truncateText(label, o.maxChainLabelWidth, fs));
  const regionLabels = regions.map((region) => o.regionLabel(region));
  const regionLabelWidth = Math.max(0, ...regionLabels.map((label) => estimateTextWidth(label, fs)));

  // Region names stand at 45° above their columns; the last ones reach past the grid's right edge.
  const diagonal = Math.SQRT1_2;
  // Estimates run a little short for some faces: 8 % to spare.
  const left = Math.ceil(Math.max(40, ...shownChainLabels.map((label) => estimateTextWidth(label, fs))) * 1.08 + 14);
  const top = Math.ceil(regionLabelWidth * diagonal + fs + 10);
  const right = Math.ceil(Math.max(12, regionLabelWidth * diagonal));
  const fitted = regions.length === 0 ? o.maxCellWidth : (o.width - left - right) / regions.length;
  const cellWidth = Math.round(Math.min(o.maxCellWidth, Math.max(o.minCellWidth, fitted)));

  const byKey = new Map(matrix.cells.map((cell) => [`${cell.chainId}\u0000${cell.regionCode}`, cell]));
  const placed: PlacedCell[] = chains.flatMap((chain, row) =>
    regions.map((region, column) => {
      const cell = byKey.get(`${chain.id}\u0000${region.code}`) ?? null;
      return { cell, state: cellState(cell, chain, o.measure), chain, region, row, column };
    }),
  );
  const states = new Set(placed.map((p) => p.state));
  // The "no figure" swatches of the legend: the hatch always, the others where cells use them.
  const swatches: { className: string; fill: 'hatch' | 'dots' | 'blank'; label: string }[] = [
    { className: 'legend-empty', fill: 'hatch', label: o.labels.noEnterprises },
    ...(states.has('not-recorded') ? [{ className: 'legend-not-recorded', fill: 'dots' as const, label: o.labels.notRecorded }] : []),
    ...(states.has('outside') ? [{ className: 'legend-outside', fill: 'blank' as const, label: o.labels.outside }] : []),
  ];

  const gridWidth = cellWidth * regions.length;
  const gridHeight = o.cellHeight * chains.length;
  const legendTop = top + gridHeight + 28;
  const legendHeight = 64;
  // Wide enough for the legend too: with few regions the grid alone would cut its words off.
  const legendTitle = o.measure === 'segment' ? o.labels.legendSegment : o.labels.legendEnterprise;
  const legendWidth = Math.max(
    LEGEND_WIDTH,
    estimateTextWidth(legendTitle, fs) * 1.08,
    SWATCH_X + 36 + Math.max(...swatches.map((item) => estimateTextWidth(item.label, fs))) * 1.08,
  );
  const width = Math.ceil(Math.max(left + gridWidth + right, left + legendWidth + 12));
  const height = legendTop + legendHeight;

  // Exported files have no stylesheet: the background is part of the picture.
  const svg = svgRoot(doc, {
    className: 'coverage-heatmap',
    width,
    height,
    fontFamily: o.fontFamily,
    fontSize: fs,
    role: 'group',
    label: o.labels.title,
    background: '#ffffff',
  });

  const defs = svg.append('defs');
  const hatchId = `${o.idPrefix}-empty`;
  const gradientId = `${o.idPrefix}-gradient`;
  const dotsId = `${o.idPrefix}-not-recorded`;
  hatchPattern(defs, hatchId, { background: HATCH_BACKGROUND, line: HATCH_LINE, lineWidth: 1.5 });
  // The dots are defined only where a cell uses them, so a chart without such cells stays as it was.
  if (states.has('not-recorded')) dotPattern(defs, dotsId, { background: HATCH_BACKGROUND, dot: HATCH_LINE, radius: 1.1 });
  legendGradient(defs, gradientId, (t) => o.interpolator(t));

  // Row labels.
  svg
    .append('g')
    .attr('class', 'chain-labels')
    .attr('fill', INK)
    .attr('text-anchor', 'end')
    .selectAll('text')
    .data(chains)
    .join('text')
    .attr('class', 'chain-label')
    .attr('data-label-for', (chain) => chain.id)
    .attr('x', left - 10)
    .attr('y', (_, i) => top + i * o.cellHeight + o.cellHeight / 2)
    .attr('dy', '0.35em')
    .text((_, i) => shownChainLabels[i] ?? '')
    .append('title')
    .text((_, i) => chainLabels[i] ?? '');

  // Column labels.
  svg
    .append('g')
    .attr('class', 'region-labels')
    .attr('fill', INK)
    .selectAll('text')
    .data(regions)
    .join('text')
    .attr('class', 'region-label')
    .attr('data-label-for', (region) => region.code)
    .attr('transform', (_, i) => `translate(${left + i * cellWidth + cellWidth / 2},${top - 6}) rotate(-45)`)
    .text((_, i) => regionLabels[i] ?? '');

  const isSelected = (p: PlacedCell) =>
    o.selected !== null && o.selected.chainId === p.chain.id && o.selected.regionCode === p.region.code;
  const interactive = o.onSelect !== null;
  // One tab stop for the whole grid (the selected cell, else the first); arrows move within it.
  const tabStop = placed.find(isSelected) ?? placed[0];

  /** The figure of a cell that shows one. */
  const valueOf = (p: PlacedCell): number => (p.cell === null ? 0 : (cellValue(p.cell, o.measure) ?? 0));
  const FILLS: Record<Exclude<CellState, 'coverage'>, string> = {
    empty: `url(#${hatchId})`,
    'not-recorded': `url(#${dotsId})`,
    outside: OUTSIDE_FILL,
  };
  const fillOf = (p: PlacedCell) => (p.state === 'coverage' ? o.interpolator(valueOf(p)) : FILLS[p.state]);
  const titleOf = (p: PlacedCell) => o.cellTitle(p.cell, p.chain, p.region, o.measure, p.state);
  const selectable = (p: PlacedCell) => p.state !== 'outside';
  const showValues = cellWidth >= 40;

  const cells = svg
    .append('g')
    .attr('class', 'cells')
    .selectAll<SVGGElement, PlacedCell>('g')
    .data(placed)
    .join('g')
    .attr('class', (p) => `cell${isSelected(p) ? ' selected' : ''}`)
    .attr('data-chain', (p) => p.chain.id)
    .attr('data-region', (p) => p.region.code)
    .attr('data-value', (p) => (p.state === 'coverage' ? valueOf(p) : null))
    .attr('data-state', (p) => p.state)
    .attr('data-empty', (p) => String(p.state === 'empty'))
    .attr('transform', (p) => `translate(${left + p.column * cellWidth},${top + p.row * o.cellHeight})`);
  if (interactive) {
    cells
      .attr('role', 'button')
      .attr('tabindex', (p) => (p === tabStop ? 0 : -1))
      .attr('aria-pressed', (p) => String(isSelected(p)))
      // Outside the chain's place there is nothing to open; the cell stays in the grid's arrow
      // navigation so the keyboard moves as the eye does, and says why it does nothing.
      .attr('aria-disabled', (p) => (selectable(p) ? null : 'true'))
      .attr('aria-label', (p) => titleOf(p).replace(/\n/g, '; '))
      .style('cursor', (p) => (selectable(p) ? 'pointer' : 'default'));
  }
  cells.append('title').text(titleOf);
  cells
    .append('rect')
    .attr('class', 'cell-fill')
    .attr('x', 0.5)
    .attr('y', 0.5)
    .attr('width', cellWidth - 1)
    .attr('height', o.cellHeight - 1)
    .attr('fill', fillOf);
  cells
    .filter((p) => p.state === 'outside')
    .select('rect.cell-fill')
    .attr('stroke', OUTSIDE_LINE)
    .attr('stroke-width', 1)
    .attr('stroke-dasharray', '3 2');
  if (showValues) {
    cells
      .filter((p) => p.state === 'coverage')
      .append('text')
      .attr('class', 'cell-value')
      .attr('x', cellWidth / 2)
      .attr('y', o.cellHeight / 2)
      .attr('dy', '0.35em')
      .attr('text-anchor', 'middle')
      .attr('font-size', fs - 1)
      .attr('fill', (p) => inkOn(o.interpolator(valueOf(p))))
      .attr('pointer-events', 'none')
      .text((p) => o.formatPercent(valueOf(p)));
  }
  // The selected cell's frame sits above all cells, dark outside and white inside, so it shows on
  // the darkest and the lightest fill alike.
  const selectedCell = placed.find(isSelected);
  if (selectedCell !== undefined) {
    const frame = svg
      .append('g')
      .attr('class', 'selected-frame')
      .attr('pointer-events', 'none')
      .attr('aria-hidden', 'true')
      .attr('transform', `translate(${left + selectedCell.column * cellWidth},${top + selectedCell.row * o.cellHeight})`);
    frame.append('rect').attr('x', -1.5).attr('y', -1.5).attr('width', cellWidth + 3).attr('height', o.cellHeight + 3).attr('fill', 'none').attr('stroke', INK).attr('stroke-width', 3);
    frame.append('rect').attr('x', 1).attr('y', 1).attr('width', cellWidth - 2).attr('height', o.cellHeight - 2).attr('fill', 'none').attr('stroke', '#ffffff').attr('stroke-width', 1.5);
  }

  if (interactive) {
    const nodes = cells.nodes();
    const columns = regions.length;
    const moveFocus = (from: number, to: number) => {
      const target = nodes[to];
      if (target === undefined || to === from) return;
      nodes[from]?.setAttribute('tabindex', '-1');
      target.setAttribute('tabindex', '0');
      target.focus();
    };
    cells
      .on('click', (_event: MouseEvent, p) => {
        if (selectable(p) && p.cell !== null) o.onSelect?.(p.cell);
      })
      .on('keydown', (event: KeyboardEvent, p) => {
        const index = p.row * columns + p.column;
        const rowStart = p.row * columns;
        const targets: Record<string, number> = {
          ArrowRight: p.column < columns - 1 ? index + 1 : index,
          ArrowLeft: p.column > 0 ? index - 1 : index,
          ArrowDown: p.row < chains.length - 1 ? index + columns : index,
          ArrowUp: p.row > 0 ? index - columns : index,
          Home: event.ctrlKey ? 0 : rowStart,
          End: event.ctrlKey ? nodes.length - 1 : rowStart + columns - 1,
        };
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          if (selectable(p) && p.cell !== null) o.onSelect?.(p.cell);
        } else if (event.key in targets) {
          event.preventDefault();
          moveFocus(index, targets[event.key] ?? index);
        }
      })
      // Moving a focused node in the DOM would blur it, so rather than raising the focused cell a
      // ring drawn above all cells follows the focus.
      .on('focus', (event: FocusEvent, p) => {
        if (!focusVisible(event.currentTarget as Element)) return;
        ring.attr('transform', `translate(${left + p.column * cellWidth},${top + p.row * o.cellHeight})`).attr('display', null);
      })
      .on('blur', () => ring.attr('display', 'none'));
    const ring = svg
      .append('g')
      .attr('class', 'focus-ring')
      .attr('display', 'none')
      .attr('pointer-events', 'none')
      .attr('aria-hidden', 'true');
    ring.append('rect').attr('x', -1).attr('y', -1).attr('width', cellWidth + 2).attr('height', o.cellHeight + 2).attr('fill', 'none').attr('stroke', FOCUS).attr('stroke-width', 3);
    ring.append('rect').attr('x', 1.5).attr('y', 1.5).attr('width', cellWidth - 3).attr('height', o.cellHeight - 3).attr('fill', 'none').attr('stroke', '#ffffff').attr('stroke-width', 1);
  }

  // Legend: the colour ramp with its percentages, and the hatched "nothing there" swatch.
  const legend = svg.append('g').attr('class', 'legend').attr('transform', `translate(${left},${legendTop})`).attr('fill', INK);
  legend.append('text').attr('class', 'legend-title').attr('y', 0).attr('font-weight', 600).text(legendTitle);
  legend.append('rect').attr('y', 10).attr('width', LEGEND_WIDTH).attr('height', 14).attr('fill', `url(#${gradientId})`).attr('stroke', INK_MUTED).attr('stroke-width', 0.5);
  const ticks = legend.append('g').attr('class', 'legend-ticks').selectAll('g').data(LEGEND_TICKS).join('g').attr('transform', (t) => `translate(${t * LEGEND_WIDTH},0)`);
  ticks.append('line').attr('y1', 24).attr('y2', 29).attr('stroke', INK_MUTED);
  ticks
    .append('text')
    .attr('y', 42)
    .attr('text-anchor', (t) => (t === 0 ? 'start' : t === 1 ? 'end' : 'middle'))
    .attr('fill', INK_MUTED)
    .text((t) => o.formatPercent(t));
  // One under another, beside the ramp.
  swatches.forEach((item, i) => {
    const swatch = legend.append('g').attr('class', item.className).attr('transform', `translate(${SWATCH_X},${10 + i * 18})`);
    const dashed = item.fill === 'blank';
    swatch
      .append('rect')
      .attr('width', 28)
      .attr('height', 14)
      .attr('fill', item.fill === 'hatch' ? `url(#${hatchId})` : item.fill === 'dots' ? `url(#${dotsId})` : OUTSIDE_FILL)
      .attr('stroke', dashed ? OUTSIDE_LINE : INK_MUTED)
      .attr('stroke-width', dashed ? 1 : 0.5)
      .attr('stroke-dasharray', dashed ? '3 2' : null);
    swatch.append('text').attr('x', 36).attr('y', 7).attr('dy', '0.35em').text(item.label);
  });

  return svg.node() as SVGSVGElement;
}
