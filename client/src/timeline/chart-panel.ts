import { select } from 'd3';
import { exportButtons, type CsvTable } from '../export/export-buttons';

export interface ChartPanelSpec {
  /** Names the panel in the page (`data-chart`, heading id). */
  readonly key: string;
  readonly heading: string;
  /** What the export buttons download, for their names. */
  readonly subject: string;
  readonly filename: () => string;
  /** Draws the chart at this width in CSS pixels. */
  readonly draw: (width: number) => SVGSVGElement;
  /** The chart's data, when it is worth a CSV of its own. */
  readonly csv?: () => CsvTable;
}

export interface ChartPanel {
  readonly element: HTMLElement;
  /** Draws the chart at the panel's width; again only when that width changed (after a resize). */
  redraw(): void;
}

/**
 * A chart under a heading, with SVG and PNG (and CSV) buttons. It is drawn on the first
 * `redraw()`, once every panel of the layout is in place, so it takes its final width.
 */
export function chartPanel(parent: HTMLElement, spec: ChartPanelSpec): ChartPanel {
  const headingId = `chart-${spec.key}-heading`;
  const panel = select(parent).append('section').attr('class', 'chart-panel').attr('data-chart', spec.key).attr('aria-labelledby', headingId);
  const header = panel.append('div').attr('class', 'chart-panel-header');
  header.append('h2').attr('id', headingId).text(spec.heading);
  let svg: SVGSVGElement | null = null;
  header.append(() =>
    exportButtons({ subject: spec.subject, filename: spec.filename, svg: () => svg, ...(spec.csv === undefined ? {} : { csv: spec.csv }) }),
  );
  const body = panel.append('div').attr('class', 'chart-body').node() as HTMLElement;
  let drawnWidth = 0;

  function redraw(): void {
    const width = Math.max(300, Math.floor(body.clientWidth || 640));
    if (svg !== null && width === drawnWidth) return;
    drawnWidth = width;
    svg = spec.draw(width);
    body.replaceChildren(svg);
  }

  return { element: panel.node() as HTMLElement, redraw };
}
