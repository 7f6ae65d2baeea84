import * as Plot from '@observablehq/plot';
import { countScale, maxPeriodTicks, periodTickFormat, periodTicks } from './timeline-axes';
import { CHART_INK, CHART_MARGIN, chartStyle, finishChart, legendSpace } from './timeline-chart-frame';
import { AGREEMENT_TYPES, agreementTypeColor } from '../charts/palettes';

/** Agreements of one type signed in one period (the API's timeline bucket). */
export interface NewByTypeDatum {
  readonly period: string;
  readonly type: string;
  readonly new: number;
}

export interface NewByTypeLabels {
  /** The chart's accessible name. */
  readonly title: string;
  /** Its accessible description, from what it shows. */
  readonly description: (summary: { first: string; last: string; total: number }) => string;
  readonly x: string;
  readonly y: string;
  readonly legend: string;
  readonly type: (type: string) => string;
  /** A bar's tooltip. */
  readonly bar: (bar: { period: string; type: string; count: number }) => string;
}

export interface NewByTypeOptions {
  /** Every period of the x axis, in order (empty ones too); default: the periods of the data. */
  readonly periods?: readonly string[];
  /** Stacking and legend order, bottom first; default: the model's type order. */
  readonly types?: readonly string[];
  readonly width?: number;
  readonly height?: number;
  readonly color?: (type: string) => string;
  readonly labels?: Partial<NewByTypeLabels>;
}

export const NEW_BY_TYPE_DEFAULTS = {
  width: 640,
  height: 360,
  color: agreementTypeColor,
  labels: {
    title: 'New agreements per period by type',
    description: ({ first, last, total }) => `Stacked bars of the agreements signed in each period from ${first} to ${last}, by type: ${total} in all.`,
    x: 'Period signed',
    y: 'New agreements',
    legend: 'Agreement types',
    type: (type) => type,
    bar: ({ period, type, count }) => `${type}, ${period}: ${count}`,
  } satisfies NewByTypeLabels,
} as const;

/** Stacked bars of the agreements signed in each period, one colour per agreement type. */
export function timelineNewByType(data: readonly NewByTypeDatum[], options: NewByTypeOptions = {}, doc: Document = document): SVGSVGElement {
  const width = options.width ?? NEW_BY_TYPE_DEFAULTS.width;
  const height = options.height ?? NEW_BY_TYPE_DEFAULTS.height;
  const color = options.color ?? NEW_BY_TYPE_DEFAULTS.color;
  const labels: NewByTypeLabels = { ...NEW_BY_TYPE_DEFAULTS.labels, ...options.labels };

  const periods = options.periods ?? [...new Set(data.map((d) => d.period))].sort();
  const known: readonly string[] = options.types ?? AGREEMENT_TYPES;
  const rank = (type: string) => (known.includes(type) ? known.indexOf(type) : known.length);
  // Zero-height bars would only add noise; bottom of the stack is the first type.
  const bars = data
    .filter((d) => d.new > 0)
    .slice()
    .sort((a, b) => (a.period === b.period ? rank(a.type) - rank(b.type) || (a.type < b.type ? -1 : 1) : a.period < b.period ? -1 : 1));
  const types = [...new Set(bars.map((d) => d.type))].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));

  const stackHeights = new Map<string, number>();
  for (const bar of bars) stackHeights.set(bar.period, (stackHeights.get(bar.period) ?? 0) + bar.new);
  const total = [...stackHeights.values()].reduce((sum, n) => sum + n, 0);
  const y = countScale(0, Math.max(0, ...stackHeights.values()));

  const { layout, marginTop } = legendSpace(
    types.map((type) => ({ label: labels.type(type), color: color(type) })),
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
    y: { domain: y.domain, ticks: y.ticks, tickFormat: 'd', grid: true, label: null },
    color: { type: 'ordinal', domain: types, range: types.map(color) },
    marks: [
      Plot.barY(bars, {
        x: 'period',
        y: 'new',
        fill: 'type',
        stroke: 'white',
        strokeWidth: 0.5,
        title: (d: NewByTypeDatum) => labels.bar({ period: d.period, type: labels.type(d.type), count: d.new }),
      }),
      Plot.ruleY([0], { stroke: CHART_INK }),
    ],
  }) as SVGSVGElement;

  return finishChart(svg, {
    title: labels.title,
    description: labels.description({ first: periods[0] ?? '', last: periods[periods.length - 1] ?? '', total }),
    yLabel: labels.y,
    marginTop,
    legend: layout,
    legendLabel: labels.legend,
  });
}
