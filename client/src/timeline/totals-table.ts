import { select } from 'd3';
import type { CsvTable } from '../export/export-buttons';
import { exportButtons } from '../export/export-buttons';
import { currentLanguage } from '../i18n/language';
import { t } from './timeline-messages';
import type { TimelineTotal } from './timeline-query';

/** The totals as a table for CSV: the header in the reader's language, one row per period. */
export function totalsCsv(totals: readonly TimelineTotal[]): CsvTable {
  return {
    header: [t('period'), t('new'), t('ended'), t('live')],
    rows: totals.map((total) => [total.period, total.new, total.ended, total.cumulative]),
  };
}

/**
 * Period, new, ended and live at the end, one row per period: the charts' numbers for reading
 * and for screen readers, with a CSV download. Long monthly tables scroll inside their box.
 */
export function renderTotalsTable(parent: HTMLElement, totals: readonly TimelineTotal[], filename: () => string): void {
  const section = select(parent).append('section').attr('class', 'timeline-totals').attr('aria-labelledby', 'timeline-totals-heading');
  const header = section.append('div').attr('class', 'chart-panel-header');
  header.append('h2').attr('id', 'timeline-totals-heading').text(t('totals'));
  header.append(() => exportButtons({ subject: t('totalsSubject'), filename, csv: () => totalsCsv(totals) }));

  // Focusable so keyboard users can scroll it; named by the heading.
  const scroll = section
    .append('div')
    .attr('class', 'timeline-table-scroll')
    .attr('tabindex', '0')
    .attr('role', 'region')
    .attr('aria-labelledby', 'timeline-totals-heading');
  const table = scroll.append('table').attr('class', 'data-table timeline-totals-table').attr('data-testid', 'timeline-totals');
  const headRow = table.append('thead').append('tr');
  for (const [key, numeric] of [
    ['period', false],
    ['new', true],
    ['ended', true],
    ['live', true],
  ] as const) {
    headRow.append('th').attr('scope', 'col').classed('numeric', numeric).text(t(key));
  }
  const rows = table.append('tbody').selectAll('tr').data(totals).join('tr').attr('data-testid', 'timeline-total-row');
  rows.append('th').attr('scope', 'row').text((total) => total.period);
  const locale = currentLanguage() === 'zh' ? 'zh-CN' : 'en-GB';
  const number = (value: number) => value.toLocaleString(locale);
  rows.append('td').attr('class', 'numeric').text((total) => number(total.new));
  rows.append('td').attr('class', 'numeric').text((total) => number(total.ended));
  rows.append('td').attr('class', 'numeric').text((total) => number(total.cumulative));
}
