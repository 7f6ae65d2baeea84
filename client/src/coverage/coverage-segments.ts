import { coverageColor } from '../charts/palettes';
import { estimateTextWidth, inkOn, truncateText, wrapText } from '../charts/chart-text';
import { svgRoot } from '../charts/svg-root';
import { isStage, orderSegments } from './segment-stages';

export interface StripSegment {
  readonly id: string;
  readonly name: string;
  readonly nameZh?: string | null;
  readonly stage?: string | null;
  readonly order?: number | null;
}

/** One segment of the chain in the region, as `chainCoverage` answers it. */
export interface StripSegmentCoverage {
  readonly segment: StripSegment;
  readonly covered: boolean;
  /** Enterprises in the region operating in the segment. */
  readonly enterprises: number;
  /** Of those, the partnered ones. */
  readonly coveredEnterprises: number;
}

/** The chart's words, passed in already translated. */
export interface SegmentStripLabels {
  /** The accessible name of the whole chart. */
  readonly title: string;
  readonly covered: string;
  readonly uncovered: string;
  /** "3 enterprises, 1 partnered" */
  readonly enterprises: (enterprises: number, partnered: number) => string;
  readonly noEnterprises: string;
  /** Under the stage headers, along the arrow: which way the chain runs. */
  readonly flow: string;
  readonly legendCovered: string;
  readonly legendUncovered: string;
  readonly legendEmpty: string;
  readonly noSegments: string;
}

export interface CoverageSegmentsOptions {
  /** Width available; blocks shrink to `minBlockWidth`, beyond which the strip grows wider. */
  readonly width: number;
  readonly minBlockWidth: number;
  readonly maxBlockWidth: number;
  /** Between blocks of one stage. */
  readonly gap: number;
  /** Between stages, where a chevron points downstream. */
  readonly stageGap: number;
  readonly fontSize: number;
  readonly maxNameLines: number;
  readonly segmentLabel: (segment: StripSegment) => string;
  /** The header of a stage; null for segments whose stage is not recorded. */
  readonly stageLabel: (stage: string | null) => string;
  readonly labels: SegmentStripLabels;
  /** The heat map's scale: covered takes its light end, uncovered its dark end. */
  readonly interpolator: (t: number) => string;
  readonly idPrefix: string;
  readonly fontFamily: string;
}

export const COVERAGE_SEGMENTS_DEFAULTS: CoverageSegmentsOptions = {
  width: 960,
  minBlockWidth: 104,
  maxBlockWidth: 200,
  gap: 8,
  stageGap: 30,
  fontSize: 12,
  maxNameLines: 4,
  segmentLabel: (segment) => segment.name,
  stageLabel: (stage) => (stage === null ? 'Stage not recorded (recorded order)' : stage.charAt(0).toUpperCase() + stage.slice(1)),
  labels: {
    title: 'Segments of the chain, upstream to downstream',
    covered: 'Covered',
    uncovered: 'Not covered',
    enterprises: (enterprises, partnered) => `${enterprises} ${enterprises === 1 ? 'enterprise' : 'enterprises'}, ${partnered} partnered`,
    noEnterprises: 'No enterprise here',
    flow: 'Upstream → downstream',
    legendCovered: 'Covered',
    legendUncovered: 'Not covered, enterprises here',
    legendEmpty: 'Not covered, no enterprise here',
    noSegments: 'This chain has no segments recorded.',
  },
  interpolator: coverageColor,
  idPrefix: 'coverage-segments',
  fontFamily:
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
};

const INK = '#1b1f24';
const INK_MUTED = '#4d5561';
const HEADER_FILL = '#e6eaf0';
const HATCH_BACKGROUND = '#ffffff';
const HATCH_LINE = '#b9c0c8';
const HEADER_HEIGHT = 24;
const FLOW_HEIGHT = 26;
const LEGEND_HEIGHT = 40;

/** How a block is drawn: the three states of a segment. */
export type BlockState = 'covered' | 'uncovered' | 'empty';

export function blockState(item: StripSegmentCoverage): BlockState {
  if (item.covered) return 'covered';
  return item.enterprises > 0 ? 'uncovered' : 'empty';
}

interface StageGroup<T> {
  readonly stage: string | null;
  readonly items: T[];
}

function groupByStage<T extends StripSegmentCoverage>(items: readonly T[]): StageGroup<T>[] {
  const groups: StageGroup<T>[] = [];
  for (const item of items) {
    const stage = isStage(item.segment.stage) ? item.segment.stage : null;
    const last = groups[groups.length - 1];
    if (last !== undefined && last.stage === stage) last.items.push(item);
    else groups.push({ stage, items: [item] });
  }
  return groups;
}

/**
 * One chain in one region: its segments as a row of blocks, grouped by stage upstream →
 * midstream → downstream, each block covered (light), uncovered with enterprises (dark) or
 * uncovered with none there (hatched), with its enterprise counts; a legend below. Pure.
 */
export function coverageSegments(
  segments: readonly StripSegmentCoverage[],
  options: Partial<CoverageSegmentsOptions> = {},
  doc: Document = document,
): SVGSVGElement {
  const o: CoverageSegmentsOptions = { ...COVERAGE_SEGMENTS_DEFAULTS, ...options };
  const fs = o.fontSize;
  const lineHeight = Math.round(fs * 1.3);
  const ordered = orderSegments(segments);
  const groups = groupByStage(ordered);

  const statusText = (item: StripSegmentCoverage) => (item.covered ? `✓ ${o.labels.covered}` : `✗ ${o.labels.uncovered}`);
  const countText = (item: StripSegmentCoverage) =>
    item.enterprises === 0 ? o.labels.noEnterprises : o.labels.enterprises(item.enterprises, item.coveredEnterprises);
  const n = ordered.length;
  const fixed = (n - groups.length) * o.gap + Math.max(0, groups.length - 1) * o.stageGap;
  // One row when every block fits at its narrowest; else the stages stack, each wrapping its
  // blocks onto as many rows as the width needs (a chain of 12 segments on a phone, or even on a
  // desktop, no longer runs past its box).
  const oneRow = n === 0 || n * o.minBlockWidth + fixed + 2 <= o.width;
  // Stacked, no stage needs more columns than its blocks: the largest stage fills its header's width.
  const largestStage = Math.max(1, ...groups.map((group) => group.items.length));
  const columns = oneRow ? n : Math.min(largestStage, Math.max(1, Math.floor((o.width - 2 + o.gap) / (o.minBlockWidth + o.gap))));
  const blockWidth = oneRow
    ? Math.round(Math.min(o.maxBlockWidth, Math.max(o.minBlockWidth, n === 0 ? o.maxBlockWidth : (o.width - fixed) / n)))
    : Math.floor(Math.min(o.maxBlockWidth, (o.width - 2 - (columns - 1) * o.gap) / columns));
  const textWidth = blockWidth - 16;
  // Names are set in bold, about 8 % wider than the estimate for regular text.
  const nameLines = ordered.map((item) => wrapText(o.segmentLabel(item.segment), textWidth / 1.08, fs, o.maxNameLines));
  const mostLines = Math.max(1, ...nameLines.map((lines) => lines.length));
  const countLines = ordered.map((item) => wrapText(countText(item), textWidth, fs - 1, 2));
  const mostCountLines = Math.max(1, ...countLines.map((lines) => lines.length));
  const blockHeight = 28 + mostLines * lineHeight + 8 + mostCountLines * lineHeight + 6;
  const layout = oneRow ? rowLayout(groups, blockWidth, o) : stackedLayout(groups, blockWidth, columns, blockHeight, o);
  const stripWidth = layout.width;
  const legendLabels = [o.labels.legendCovered, o.labels.legendUncovered, o.labels.legendEmpty];
  const legendWidths = legendLabels.map((label) => 30 + estimateTextWidth(label, fs) + 28);
  const legendInRow = legendWidths.reduce((sum, w) => sum + w, 0);
  // The legend's entries side by side, or one under another where they do not fit.
  const legendStacked = legendInRow > Math.max(o.width, stripWidth + 2);
  const legendWidth = legendStacked ? Math.max(...legendWidths) : legendInRow;
  // One pixel either side, so the outer blocks' borders are not cut.
  const width = Math.ceil(Math.max(stripWidth + 2, legendWidth));
  const legendTop = layout.blocksBottom(blockHeight) + 20;
  const height = n === 0 ? 40 : legendTop + (legendStacked ? 22 * legendLabels.length : LEGEND_HEIGHT);

  const svg = svgRoot(doc, {
    className: 'coverage-segments',
    width,
    height,
    fontFamily: o.fontFamily,
    fontSize: fs,
    role: 'img',
    label: o.labels.title,
    background: '#ffffff',
  });
  if (n === 0) {
    svg.append('text').attr('class', 'no-segments').attr('x', 0).attr('y', 24).attr('fill', INK_MUTED).text(o.labels.noSegments);
    return svg.node() as SVGSVGElement;
  }

  const hatchId = `${o.idPrefix}-empty`;
  const arrowId = `${o.idPrefix}-arrow`;
  const defs = svg.append('defs');
  const hatch = defs
    .append('pattern')
    .attr('id', hatchId)
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('width', 8)
    .attr('height', 8)
    .attr('patternTransform', 'rotate(45)');
  hatch.append('rect').attr('width', 8).attr('height', 8).attr('fill', HATCH_BACKGROUND);
  hatch.append('line').attr('x1', 0).attr('y1', 0).attr('x2', 0).attr('y2', 8).attr('stroke', HATCH_LINE).attr('stroke-width', 2);
  defs
    .append('marker')
    .attr('id', arrowId)
    .attr('viewBox', '0 0 10 10')
    .attr('refX', 9)
    .attr('refY', 5)
    .attr('markerWidth', 8)
    .attr('markerHeight', 8)
    .attr('orient', 'auto')
    .append('path')
    .attr('d', 'M0,0L10,5L0,10z')
    .attr('fill', INK_MUTED);

  const { blockAt, stageSpans, chevrons } = layout;

  const headers = svg.append('g').attr('class', 'stages');
  const header = headers
    .selectAll('g')
    .data(stageSpans)
    .join('g')
    .attr('class', 'stage')
    .attr('data-stage', (span) => span.stage ?? '')
    .attr('transform', (span) => `translate(${span.x},${span.y})`);
  header.append('rect').attr('width', (span) => span.width).attr('height', HEADER_HEIGHT - 4).attr('rx', 3).attr('fill', HEADER_FILL);
  header
    .append('text')
    .attr('x', (span) => span.width / 2)
    .attr('y', (HEADER_HEIGHT - 4) / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'middle')
    .attr('font-weight', 600)
    .attr('fill', INK)
    .text((span) => truncateText(o.stageLabel(span.stage), span.width - 8, fs));
  // Chevrons between stages point downstream.
  headers
    .selectAll('path.stage-chevron')
    .data(chevrons)
    .join('path')
    .attr('class', 'stage-chevron')
    .attr('d', ({ x: cx, y: cy, down }) =>
      down ? `M${cx - 6},${cy - 4}L${cx},${cy + 4}L${cx + 6},${cy - 4}` : `M${cx - 4},${cy - 6}L${cx + 4},${cy}L${cx - 4},${cy + 6}`,
    )
    .attr('fill', 'none')
    .attr('stroke', INK_MUTED)
    .attr('stroke-width', 2);

  // The flow arrow along the whole chain, with its words.
  // Stacked, the stages say which way the chain runs (chevrons pointing down): the words stand on top.
  const flowY = oneRow ? HEADER_HEIGHT + 8 : FLOW_HEIGHT / 2 - 2;
  const flowLabelWidth = estimateTextWidth(o.labels.flow, fs - 1) + 12;
  const flow = svg.append('g').attr('class', 'flow');
  if (oneRow)
    flow
      .append('line')
    .attr('x1', flowLabelWidth)
    .attr('x2', stripWidth - 1)
    .attr('y1', flowY)
    .attr('y2', flowY)
    .attr('stroke', INK_MUTED)
    .attr('stroke-width', 1.5)
    .attr('marker-end', `url(#${arrowId})`);
  flow.append('text').attr('x', 0).attr('y', flowY).attr('dy', '0.35em').attr('font-size', fs - 1).attr('fill', INK_MUTED).text(o.labels.flow);

  const fillOf = (item: StripSegmentCoverage) => {
    const state = blockState(item);
    return state === 'covered' ? o.interpolator(1) : state === 'uncovered' ? o.interpolator(0) : `url(#${hatchId})`;
  };
  const inkOf = (item: StripSegmentCoverage) => (blockState(item) === 'empty' ? INK : inkOn(fillOf(item)));

  const blocks = svg
    .append('g')
    .attr('class', 'segments')
    .selectAll('g')
    .data(ordered)
    .join('g')
    .attr('class', (item) => `segment segment-${blockState(item)}`)
    .attr('data-segment', (item) => item.segment.id)
    .attr('data-stage', (item) => item.segment.stage ?? '')
    .attr('data-covered', (item) => String(item.covered))
    .attr('data-enterprises', (item) => item.enterprises)
    .attr('transform', (item) => {
      const at = blockAt.get(item.segment.id) ?? { x: 0, y: 0 };
      return `translate(${at.x},${at.y})`;
    });
  blocks
    .append('title')
    .text((item) => [o.segmentLabel(item.segment), statusText(item), countText(item)].join('\n'));
  blocks
    .append('rect')
    .attr('width', blockWidth)
    .attr('height', blockHeight)
    .attr('rx', 4)
    .attr('fill', fillOf)
    .attr('stroke', INK_MUTED)
    .attr('stroke-width', 1)
    .attr('stroke-dasharray', (item) => (blockState(item) === 'empty' ? '4 3' : null));
  blocks
    .append('text')
    .attr('class', 'segment-status')
    .attr('x', 8)
    .attr('y', 18)
    .attr('font-size', fs - 1)
    .attr('fill', inkOf)
    .text((item) => truncateText(statusText(item), textWidth, fs - 1));
  blocks
    .append('text')
    .attr('class', 'segment-name')
    .attr('font-weight', 600)
    .attr('fill', inkOf)
    .selectAll('tspan')
    .data((item, i) => (nameLines[i] ?? []).map((line) => ({ line, item })))
    .join('tspan')
    .attr('x', 8)
    .attr('y', (_, i) => 28 + lineHeight * (i + 0.8))
    .text((d) => d.line);
  blocks
    .append('text')
    .attr('class', 'segment-count')
    .attr('font-size', fs - 1)
    .attr('fill', inkOf)
    .selectAll('tspan')
    .data((_, i) => countLines[i] ?? [])
    .join('tspan')
    .attr('x', 8)
    .attr('y', (_, i, all) => blockHeight - 10 - (all.length - 1 - i) * lineHeight)
    .text((line) => line);

  // Legend: the three states.
  const entries: { state: BlockState; label: string; fill: string }[] = [
    { state: 'covered', label: o.labels.legendCovered, fill: o.interpolator(1) },
    { state: 'uncovered', label: o.labels.legendUncovered, fill: o.interpolator(0) },
    { state: 'empty', label: o.labels.legendEmpty, fill: `url(#${hatchId})` },
  ];
  const legend = svg.append('g').attr('class', 'legend').attr('transform', `translate(0,${legendTop})`);
  let legendX = 0;
  let legendY = 0;
  for (const entry of entries) {
    const item = legend.append('g').attr('class', `legend-${entry.state}`).attr('transform', `translate(${legendX},${legendY})`);
    item
      .append('rect')
      .attr('width', 22)
      .attr('height', 14)
      .attr('rx', 2)
      .attr('fill', entry.fill)
      .attr('stroke', INK_MUTED)
      .attr('stroke-dasharray', entry.state === 'empty' ? '4 3' : null);
    item.append('text').attr('x', 30).attr('y', 7).attr('dy', '0.35em').attr('fill', INK).text(entry.label);
    if (legendStacked) legendY += 22;
    else legendX += 30 + estimateTextWidth(entry.label, fs) + 28;
  }

  return svg.node() as SVGSVGElement;
}

interface StripLayout {
  /** Where each block's top left corner is, by segment id. */
  readonly blockAt: Map<string, { x: number; y: number }>;
  readonly stageSpans: { stage: string | null; x: number; y: number; width: number }[];
  /** Between stages: pointing right along a row, down between stacked stages. */
  readonly chevrons: { x: number; y: number; down: boolean }[];
  /** The blocks' width, from the left edge. */
  readonly width: number;
  readonly blocksBottom: (blockHeight: number) => number;
}

type SpacingOptions = Pick<CoverageSegmentsOptions, 'gap' | 'stageGap'>;

/** Every stage side by side in one row, headers above the flow arrow above the blocks. */
function rowLayout(groups: readonly StageGroup<StripSegmentCoverage>[], blockWidth: number, o: SpacingOptions): StripLayout {
  const blocksTop = HEADER_HEIGHT + FLOW_HEIGHT;
  const blockAt = new Map<string, { x: number; y: number }>();
  const stageSpans: StripLayout['stageSpans'] = [];
  let x = 1;
  groups.forEach((group, g) => {
    if (g > 0) x += o.stageGap - o.gap;
    const start = x;
    for (const item of group.items) {
      blockAt.set(item.segment.id, { x, y: blocksTop });
      x += blockWidth + o.gap;
    }
    stageSpans.push({ stage: group.stage, x: start, y: 0, width: x - o.gap - start });
  });
  const chevrons = stageSpans.slice(1).map((span) => ({ x: span.x - o.stageGap / 2, y: (HEADER_HEIGHT - 4) / 2, down: false }));
  const count = groups.reduce((sum, group) => sum + group.items.length, 0);
  const width = count * blockWidth + (count - groups.length) * o.gap + Math.max(0, groups.length - 1) * o.stageGap;
  return { blockAt, stageSpans, chevrons, width, blocksBottom: (blockHeight) => blocksTop + blockHeight };
}

/** The stages one under another, each a header over its blocks in rows of `columns`. */
function stackedLayout(
  groups: readonly StageGroup<StripSegmentCoverage>[],
  blockWidth: number,
  columns: number,
  blockHeight: number,
  o: SpacingOptions,
): StripLayout {
  const width = columns * blockWidth + (columns - 1) * o.gap;
  const blockAt = new Map<string, { x: number; y: number }>();
  const stageSpans: StripLayout['stageSpans'] = [];
  const chevrons: StripLayout['chevrons'] = [];
  const stageGap = 22;
  let y = FLOW_HEIGHT;
  groups.forEach((group, g) => {
    if (g > 0) {
      chevrons.push({ x: 1 + width / 2, y: y + stageGap / 2 - 2, down: true });
      y += stageGap;
    }
    stageSpans.push({ stage: group.stage, x: 1, y, width });
    y += HEADER_HEIGHT;
    group.items.forEach((item, i) => {
      blockAt.set(item.segment.id, { x: 1 + (i % columns) * (blockWidth + o.gap), y: y + Math.floor(i / columns) * (blockHeight + o.gap) });
    });
    y += Math.ceil(group.items.length / columns) * (blockHeight + o.gap) - o.gap;
  });
  const bottom = y;
  return { blockAt, stageSpans, chevrons, width, blocksBottom: () => bottom };
}
