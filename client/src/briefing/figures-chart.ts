import { max, scaleBand, scaleLinear } from 'd3';
import { OKABE_ITO } from '../charts/palettes';
import { svgRoot } from '../charts/svg-root';
import { figureName, t } from './briefing-messages';
import type { BriefingData } from './briefing-query';

/**
 * The key figures as horizontal bars, this period beside the previous one, each bar labelled with
 * its number (so the chart reads in black and white, on paper). Names and numbers go in as text.
 */
export function figuresChart(data: BriefingData, width: number, locale: string): SVGSVGElement {
  const rowHeight = 30;
  const margin = { top: 34, right: 48, bottom: 8, left: 180 };
  const height = margin.top + margin.bottom + rowHeight * data.figures.length;
  const keys = data.figures.map((figure) => figure.key);
  const y = scaleBand<string>().domain(keys).range([margin.top, height - margin.bottom]).paddingInner(0.25);
  const top = max(data.figures, (figure) => Math.max(figure.value, figure.previous)) ?? 0;
  const x = scaleLinear()
    .domain([0, Math.max(1, top)])
    .range([margin.left, width - margin.right]);
  const bar = y.bandwidth() / 2;
  const colors = { current: OKABE_ITO.blue, previous: '#9aa3ad' };

  const svg = svgRoot(document, {
    width,
    height,
    fontFamily: 'system-ui, sans-serif',
    fontSize: 12,
    role: 'img',
    label: t('chart'),
    background: null,
  });
  svg.append('title').text(t('chart'));
  svg
    .append('desc')
    .text(t('chartDescription', { from: data.from, to: data.to, previousFrom: data.previousFrom, previousTo: data.previousTo }));

  // Legend: a swatch and a word each.
  const legend = svg.append('g').attr('aria-label', 'legend').attr('transform', `translate(${margin.left},10)`);
  [
    [t('thisPeriod'), colors.current],
    [t('previousPeriod'), colors.previous],
  ].forEach(([label, color], index) => {
    const item = legend.append('g').attr('transform', `translate(${index * 150},0)`);
    item.append('rect').attr('width', 12).attr('height', 12).attr('fill', color!);
    item.append('text').attr('x', 18).attr('y', 10).attr('fill', '#1b1f24').text(label!);
  });

  const rows = svg
    .append('g')
    .selectAll('g')
    .data(data.figures)
    .join('g')
    .attr('transform', (figure) => `translate(0,${y(figure.key) ?? 0})`);
  rows
    .append('text')
    .attr('x', margin.left - 8)
    .attr('y', y.bandwidth() / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .attr('fill', '#1b1f24')
    .text((figure) => figureName(figure.key));
  const format = (value: number) => value.toLocaleString(locale);
  for (const [which, offset] of [
    ['value', 0],
    ['previous', bar],
  ] as const) {
    rows
      .append('rect')
      .attr('x', margin.left)
      .attr('y', offset)
      .attr('height', Math.max(1, bar - 1))
      .attr('width', (figure) => Math.max(0, x(figure[which]) - margin.left))
      .attr('fill', which === 'value' ? colors.current : colors.previous)
      .append('title')
      .text((figure) => `${figureName(figure.key)}, ${which === 'value' ? t('thisPeriod') : t('previousPeriod')}: ${format(figure[which])}`);
    rows
      .append('text')
      .attr('x', (figure) => x(figure[which]) + 4)
      .attr('y', offset + bar / 2)
      .attr('dy', '0.35em')
      .attr('fill', '#4d5561')
      .attr('font-size', 11)
      .text((figure) => format(figure[which]));
  }
  svg
    .append('line')
    .attr('x1', margin.left)
    .attr('x2', margin.left)
    .attr('y1', margin.top - 4)
    .attr('y2', height - margin.bottom)
    .attr('stroke', '#4d5561');
  return svg.node() as SVGSVGElement;
}
