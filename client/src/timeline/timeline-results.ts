import { select } from 'd3';
import { timelineCumulative } from './timeline-cumulative';
import { timelineNewByType } from './timeline-new-by-type';
import { timelineNewVsEnded } from './timeline-new-vs-ended';
import { fileSlug } from '../export/trigger-download';
import { chartPanel, type ChartPanel } from './chart-panel';
import { agreementTypeName, cumulativeLabels, newByTypeLabels, newVsEndedLabels } from './timeline-chart-labels';
import { t } from './timeline-messages';
import type { TimelineResult } from './timeline-query';
import type { TimelineState } from './timeline-state';
import { renderTotalsTable } from './totals-table';

export type TimelineData = TimelineResult['timeline'];

/** The note on agreements without a signing date, or null when every agreement has one. */
export function undatedNote(undated: number): string | null {
  if (undated <= 0) return null;
  return undated === 1 ? t('undatedOne') : t('undated', { n: undated });
}

export interface RenderedTimeline {
  /** Redraws the charts whose panels changed width. */
  redraw(): void;
}

/**
 * The timeline's results for data with at least one period: a summary line, the undated note,
 * the three charts with their downloads, and the totals table.
 */
export function renderTimelineResults(container: HTMLElement, data: TimelineData, state: TimelineState): RenderedTimeline {
  container.replaceChildren();
  const results = select(container);
  const periods = data.totals.map((total) => total.period);
  const first = periods[0] ?? '';
  const last = periods[periods.length - 1] ?? '';
  const filename = (what: string) => () => fileSlug('timeline', what, state.interval, first, last === first ? null : last);

  const added = data.totals.reduce((sum, total) => sum + total.new, 0);
  const ended = data.totals.reduce((sum, total) => sum + total.ended, 0);
  results
    .append('p')
    .attr('class', 'timeline-summary')
    .attr('data-testid', 'timeline-summary')
    .text(t('summary', { new: added, ended, live: data.totals[data.totals.length - 1]?.cumulative ?? 0, first, last }));
  const note = undatedNote(data.undated);
  if (note !== null) results.append('p').attr('class', 'note timeline-undated').attr('data-testid', 'timeline-undated').text(note);

  const panels: ChartPanel[] = [];
  const charts = results.append('div').attr('class', 'timeline-charts');
  panels.push(
    chartPanel(charts.node() as HTMLElement, {
      key: 'new-by-type',
      heading: t('newByType'),
      subject: t('newByTypeSubject'),
      filename: filename('new-by-type'),
      draw: (width) => timelineNewByType(data.buckets, { periods, width, height: 380, labels: newByTypeLabels(state.interval) }),
      csv: () => ({
        header: [t('period'), t('byTypeCsvType'), t('byTypeCsvTypeCode'), t('new'), t('ended')],
        rows: data.buckets.map((bucket) => [bucket.period, agreementTypeName(bucket.type), bucket.type, bucket.new, bucket.ended]),
      }),
    }),
  );
  const pair = charts.append('div').attr('class', 'timeline-chart-pair').node() as HTMLElement;
  panels.push(
    chartPanel(pair, {
      key: 'new-vs-ended',
      heading: t('newVsEnded'),
      subject: t('newVsEndedSubject'),
      filename: filename('new-vs-ended'),
      draw: (width) => timelineNewVsEnded(data.totals, { periods, width, labels: newVsEndedLabels(state.interval) }),
    }),
    chartPanel(pair, {
      key: 'cumulative',
      heading: t('cumulative'),
      subject: t('cumulativeSubject'),
      filename: filename('live'),
      draw: (width) => timelineCumulative(data.totals, { periods, width, labels: cumulativeLabels(state.interval) }),
    }),
  );

  renderTotalsTable(container, data.totals, filename('totals'));
  // Drawn last: only now do the panels have the widths the finished layout gives them.
  const redraw = () => panels.forEach((panel) => panel.redraw());
  redraw();
  return { redraw };
}
