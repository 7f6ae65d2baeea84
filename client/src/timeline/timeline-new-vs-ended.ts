import * as Plot from '@observablehq/plot';
import { countScale, maxPeriodTicks, periodTickFormat, periodTicks } from './timeline-axes';
import { CHART_INK, CHART_MARGIN, chartStyle, finishChart, legendSpace } from './timeline-chart-frame';
import { OKABE_ITO } from '../charts/palettes';

/** Agreements signed and ended in one period, all types together (the API's timeline totals). */
export interface NewVsEndedDatum {
  readonly period: string;
  readonly new: number;
  readonly ended: number;
}

export interface NewVsEndedLabels {
  readonly title: string;
  readonly description: (summary: { first: string; last: string; new: number; ended: number }) => string;
  readonly x: string;
  readonly y: string;
  readonly legend: string;
  readonly new: string;
  readonly ended: string;
  /** A bar's tooltip; `series` is the translated "new" or "ended". */
  readonly bar: (bar: { period: string; series: string; count: number }) => string;
}

export interface NewVsEndedOptions {
  /** Every period of the x axis, in order; default: the periods of the data. */
  readonly periods?: readonly string[];
  readonly width?: number;
  readonly height?: number;
  readonly colors?: { readonly new: string; readonly ended: string };
  readonly labels?: Partial<NewVsEndedLabels>;
}

export const NEW_VS_ENDED_DEFAULTS = {
  width: 640,
  height: 320,
  colors: { new: OKABE_ITO.blue, ended: OKABE_ITO.vermillion },
  labels: {
    title: 'New versus ended agreements per period',
    description: ({ first, last, new: added, ended }) =>
      `Bars above the axis count the agreements signed in each period from ${first} to ${last} (${added} in all); bars below count those that ended (${ended} in all).`,
    x: 'Period',
    y: 'Agreements: new ↑, ended ↓',
    legend: 'Series',
    new: 'New',
    ended: 'Ended',
    bar: ({ period, series, count }) => `${series}, ${period}: ${count}`,
  } satisfies NewVsEndedLabels,
} as const;

interface SignedBar {
  readonly period: string;
  readonly series: 'new' | 'ended';
  readonly count: number;
  /** Up for new, down for ended. */
  readonly value: number;
}

/** Per period, a bar up for the agreements signed and a bar down for those that ended. */
export function timelineNewVsEnded(data: readonly NewVsEndedDatum[], options: NewVsEndedOptions = {}, doc: Document = document): SVGSVGElement {
  const width = options.width ?? NEW_VS_ENDED_DEFAULTS.width;
  const height = options.height ?? NEW_VS_ENDED_DEFAULTS.height;
  const colors = options.colors ?? NEW_VS_ENDED_DEFAULTS.colors;
  const labels: NewVsEndedLabels = { ...NEW_VS_ENDED_DEFAULTS.labels, ...options.labels };

  const periods = options.periods ?? [...new Set(data.map((d) => d.period))].sort();
  const bars: SignedBar[] = [];
  for (const d of data) {
    if (d.new > 0) bars.push({ period: d.period, series: 'new', count: d.new, value: d.new });
    if (d.ended > 0) bars.push({ period: d.period, series: 'ended', count: d.ended, value: -d.ended });
  }
  const added = data.reduce((sum, d) => sum + d.new, 0);
  const ended = data.reduce((sum, d) => sum + d.ended, 0);
  const y = countScale(Math.min(0, ...bars.map((b) => b.value)), Math.max(0, ...bars.map((b) => b.value)));

  const { layout, marginTop } = legendSpace(
    [
      { label: labels.new, color: colors.new },
      { label: labels.ended, color: colors.ended },
    ],
    width,
  );
  const tickValues = periodTicks(periods, maxPeriodTicks(width - CHART_MARGIN.left - CHART_MARGIN.right, periods));

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
    // Counts below the axis are still counts: no minus signs.
    y: { domain: y.domain, ticks: y.ticks, tickFormat: (n: number) => String(Math.abs(n)), grid: true, label: null },
    color: { type: 'ordinal', domain: ['new', 'ended'], range: [colors.new, colors.ended] },
    marks: [
      Plot.barY(bars, {
        x: 'period',
        y: 'value',
        fill: 'series',
        title: (b: SignedBar) => labels.bar({ period: b.period, series: b.series === 'new' ? labels.new : labels.ended, count: b.count }),
      }),
      Plot.ruleY([0], { stroke: CHART_INK }),
    ],
  }) as SVGSVGElement;

  return finishChart(svg, {
    title: labels.title,
    description: labels.description({ first: periods[0] ?? '', last: periods[periods.length - 1] ?? '', new: added, ended }),
    yLabel: labels.y,
    marginTop,
    legend: layout,
    legendLabel: labels.legend,
  });
}
