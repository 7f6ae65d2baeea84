import { select } from 'd3';

// A swatch legend drawn inside a chart's SVG (Plot draws its legends as HTML beside the SVG), so
// a downloaded SVG or PNG still says which colour is which. Text widths are estimated, not
// measured, so the layout is the same in a browser and under jsdom (which cannot measure text).

export interface LegendItem {
  readonly label: string;
  readonly color: string;
}

export interface PlacedLegendItem extends LegendItem {
  readonly x: number;
  readonly y: number;
}

export interface LegendLayout {
  readonly items: readonly PlacedLegendItem[];
  /** Height of all rows together. */
  readonly height: number;
}

const SWATCH = 12;
const SWATCH_GAP = 6;
const ITEM_GAP = 18;
const ROW_HEIGHT = 20;

/** Width of a label at `fontSize`: wide characters (Chinese) a full em, others about 0.6 em. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(char) ? fontSize : fontSize * 0.6;
  return width;
}

/** Items placed left to right, wrapping onto a new row before `width` is exceeded. */
export function legendLayout(items: readonly LegendItem[], width: number, fontSize: number): LegendLayout {
  const placed: PlacedLegendItem[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const itemWidth = SWATCH + SWATCH_GAP + estimateTextWidth(item.label, fontSize);
    if (x > 0 && x + itemWidth > width) {
      row += 1;
      x = 0;
    }
    placed.push({ ...item, x, y: row * ROW_HEIGHT });
    x += itemWidth + ITEM_GAP;
  }
  return { items: placed, height: items.length === 0 ? 0 : (row + 1) * ROW_HEIGHT };
}

/** Draws the legend into `svg` with its top left corner at (left, top). */
export function drawLegend(svg: SVGSVGElement, layout: LegendLayout, left: number, top: number, ariaLabel: string): void {
  const legend = select(svg)
    .append('g')
    .attr('aria-label', ariaLabel)
    .attr('class', 'timeline-legend')
    .attr('transform', `translate(${left},${top})`)
    .attr('text-anchor', 'start');
  const entry = legend
    .selectAll('g')
    .data(layout.items)
    .join('g')
    .attr('transform', (item) => `translate(${item.x},${item.y})`);
  entry
    .append('rect')
    .attr('width', SWATCH)
    .attr('height', SWATCH)
    .attr('fill', (item) => item.color);
  entry
    .append('text')
    .attr('x', SWATCH + SWATCH_GAP)
    .attr('y', SWATCH / 2)
    .attr('dy', '0.35em')
    .text((item) => item.label);
}
