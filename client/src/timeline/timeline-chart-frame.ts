import { drawLegend, legendLayout, type LegendItem, type LegendLayout } from './timeline-legend';

// What the three timeline charts share around their marks: font, margins, a title and
// description for assistive technology, and an in-SVG legend above the plot.

/** The dashboard's font stack, CJK fonts included, set on the SVG so an exported copy keeps it. */
export const CHART_FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";

export const CHART_FONT_SIZE = 12;

/** Ink of the dashboard (16.6:1 on white), for axis text and rules. */
export const CHART_INK = '#1b1f24';

export const CHART_MARGIN = { left: 48, right: 16, bottom: 40 } as const;

/** The legend and the y-axis label start at the left edge, above the tick labels. */
const LEGEND_LEFT = 3;

/** Room above the plot for the legend, then the y-axis label (drawn by finishChart, since Plot puts it at the very top). */
export function legendSpace(items: readonly LegendItem[], width: number): { layout: LegendLayout; marginTop: number } {
  const layout = legendLayout(items, width - LEGEND_LEFT - CHART_MARGIN.right, CHART_FONT_SIZE);
  return { layout, marginTop: (layout.height > 0 ? layout.height + 10 : 0) + 30 };
}

/** The SVG root's inline style: font and ink travel with the element when it is exported. */
export function chartStyle(): Record<string, string> {
  return { fontFamily: CHART_FONT_FAMILY, fontSize: `${CHART_FONT_SIZE}px`, color: CHART_INK, background: 'white' };
}

/**
 * Gives the chart a `<title>` and `<desc>` (its accessible name and description, also shown
 * as a tooltip) and draws the legend, if any, above the plot.
 */
export function finishChart(
  svg: SVGSVGElement,
  frame: { title: string; description: string; yLabel: string; marginTop: number; legend?: LegendLayout; legendLabel?: string },
): SVGSVGElement {
  const doc = svg.ownerDocument;
  const ns = 'http://www.w3.org/2000/svg';
  const title = doc.createElementNS(ns, 'title');
  title.textContent = frame.title;
  const desc = doc.createElementNS(ns, 'desc');
  desc.textContent = frame.description;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, desc);
  svg.setAttribute('aria-label', frame.title);
  const yLabel = doc.createElementNS(ns, 'text');
  yLabel.setAttribute('aria-label', 'y-axis label');
  yLabel.setAttribute('class', 'y-axis-label');
  yLabel.setAttribute('text-anchor', 'start');
  yLabel.setAttribute('x', String(LEGEND_LEFT));
  yLabel.setAttribute('y', String(frame.marginTop - 14));
  yLabel.textContent = frame.yLabel;
  svg.append(yLabel);
  if (frame.legend !== undefined && frame.legend.items.length > 0) {
    drawLegend(svg, frame.legend, LEGEND_LEFT, 6, frame.legendLabel ?? 'Legend');
  }
  return svg;
}
