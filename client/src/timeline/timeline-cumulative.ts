import * as Plot from '@observablehq/plot';
import { countScale, maxPeriodTicks, periodTickFormat, periodTicks } from './timeline-axes';
import { CHART_INK, CHART_MARGIN, chartStyle, finishChart, legendSpace } from './timeline-chart-frame';
import { OKABE_ITO } from '../charts/palettes';

/** Live agreements at the end of one period (the API's timeline totals). */
export interface CumulativeDatum {
  readonly period: string;
  readonly cumulative: number;
}

export interface CumulativeLabels {
  readonly title: string;
  readonly description: (summary: { first: string; last: string; start: number; end: number; peak: number }) => string;
  readonly x: string;
  readonly y: string;
  /** A point's tooltip. */
  readonly point: (point: { period: string; count: number }) => string;
}

export interface CumulativeOptions {
  /** Every period of the x axis, in order; default: the periods of the data. */
  readonly periods?: readonly string[];
  readonly width?: number;
  readonly height?: number;
  readonly color?: string;
  readonly labels?: Partial<CumulativeLabels>;
}

export const CUMULATIVE_DEFAULTS = {
  width: 640,
  height: 320,
  color: OKABE_ITO.blue,
  labels: {
    title: 'Live agreements at the end of each period',
    description: ({ first, last, start, end, peak }) =>
      `A line of the agreements live at the end of each period: ${start} at the end of ${first}, ${end} at the end of ${last}, at most ${peak}.`,
    x: 'Period',
    y: 'Live agreements',
    point: ({ period, count }) => `${period}: ${count}`,
  } satisfies CumulativeLabels,
} as const;

/** Growth: the agreements live at each period's end, as a line over a light area. */
export function timelineCumulative(data: readonly CumulativeDatum[], options: CumulativeOptions = {}, doc: Document = document): SVGSVGElement {
  const width = options.width ?? CUMULATIVE_DEFAULTS.width;
  const height = options.height ?? CUMULATIVE_DEFAULTS.height;
  const color = options.color ?? CUMULATIVE_DEFAULTS.color;
  const labels: CumulativeLabels = { ...CUMULATIVE_DEFAULTS.labels, ...options.labels };

  const periods = options.periods ?? [...new Set(data.map((d) => d.period))].sort();
  const points = data.filter((d) => periods.includes(d.period));
  const peak = Math.max(0, ...points.map((d) => d.cumulative));
  const y = countScale(0, peak);
  const { marginTop } = legendSpace([], width);
  const tickValues = periodTicks(periods, maxPeriodTicks(width - CHART_MARGIN.left - CHART_MARGIN.right, periods));
  // Dots (with their tooltips) only where they can be told apart; with more periods a tip
  // follows the pointer instead.
  const showDots = periods.length <= 40;

  const svg = Plot.plot({
    document: doc,
    width,
    height,
    marginTop,
    marginLeft: CHART_MARGIN.left,
    marginRight: CHART_MARGIN.right,
    marginBottom: CHART_MARGIN.bottom,
    style: chartStyle(),
    x: { type: 'band', domain: [...periods], padding: 0.15, ticks: tickValues, tickFormat: periodTickFormat(tickValues), label: labels.x, labelAnchor: 'center', labelArrow: 'none' },
    y: { domain: y.domain, ticks: y.ticks, tickFormat: 'd', grid: true, label: null },
    marks: [
      Plot.areaY(points, { x: 'period', y: 'cumulative', fill: color, fillOpacity: 0.15 }),
      Plot.lineY(points, { x: 'period', y: 'cumulative', stroke: color, strokeWidth: 2.5 }),
      showDots
        ? Plot.dot(points, {
            x: 'period',
            y: 'cumulative',
            r: 3.5,
            fill: color,
            stroke: 'white',
            title: (d: CumulativeDatum) => labels.point({ period: d.period, count: d.cumulative }),
          })
        : Plot.tip(points, Plot.pointerX({ x: 'period', y: 'cumulative', title: (d: CumulativeDatum) => labels.point({ period: d.period, count: d.cumulative }) })),
      Plot.ruleY([0], { stroke: CHART_INK }),
    ],
  }) as SVGSVGElement;

  return finishChart(svg, {
    title: labels.title,
    description: labels.description({
      first: periods[0] ?? '',
      last: periods[periods.length - 1] ?? '',
      start: points[0]?.cumulative ?? 0,
      end: points[points.length - 1]?.cumulative ?? 0,
      peak,
    }),
    yLabel: labels.y,
    marginTop,
  });
}
