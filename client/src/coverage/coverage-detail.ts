import { select, type Selection } from 'd3';
import { coverageSegments } from './coverage-segments';
import { exportButtons, type CsvTable, type ExportTargets } from '../export/export-buttons';
import { fileSlug } from '../export/trigger-download';
import { displayName } from '../i18n/display-name';
import { showStatus } from '../ui/status-message';
import type { ChainCoverage } from './coverage-queries';
import { t } from './coverage-messages';
import { formatPercent } from '../format/format-percent';
import {
  candidateRows,
  candidatesCsv,
  enterpriseRows,
  enterprisesCsv,
  segmentRows,
  segmentsCsv,
  yesNo,
  type RegionName,
} from './coverage-tables';
import { isStage } from './segment-stages';
import { appendCandidateCells, CANDIDATE_CELL_COUNT } from './candidate-cells';

export interface RenderedDetail {
  /** Draws the segment strip again at the panel's current width. */
  redraw(): void;
}

type Div = Selection<HTMLDivElement, unknown, null, undefined>;

/**
 * One chain in one region: the two coverage figures, the segment strip, the segments with what
 * covers them, the uncovered segments with their candidate institutions, and the enterprises
 * without a partner. Every chart and table has its export buttons.
 */
export function renderCoverageDetail(panel: HTMLElement, coverage: ChainCoverage, regionName: RegionName): RenderedDetail {
  const chainName = displayName(coverage.chain);
  const regionLabel = coverage.region === null ? t('wholeCountry') : displayName(coverage.region);
  const slug = (...parts: string[]) => fileSlug('coverage', coverage.chain.id, coverage.region?.code ?? 'china', ...parts);
  const root = select(panel);
  root.selectChildren().remove();
  const detail = root.append('div').attr('class', 'coverage-detail-body').attr('data-testid', 'coverage-detail');

  renderFigures(detail, coverage);

  // The segment strip.
  const strip = section(detail, 'coverage-strip-heading', t('stripHeading'));
  const stripChart = strip.body.append('div').attr('class', 'chart-scroll coverage-strip').attr('data-testid', 'segment-strip');
  let svg: SVGSVGElement | null = null;
  const draw = () => {
    const width = Math.max(320, (stripChart.node()?.clientWidth ?? 960) - 2);
    svg = coverageSegments(coverage.segments, {
      width,
      segmentLabel: (segment) => displayName(segment),
      stageLabel: (stage) => (stage === null ? t('noStage') : isStage(stage) ? t(stage) : stage),
      labels: {
        title: t('stripTitle', { chain: chainName, region: regionLabel }),
        covered: t('covered'),
        uncovered: t('uncovered'),
        enterprises: (enterprises, partnered) => t('blockEnterprises', { enterprises, partnered }),
        noEnterprises: t('blockNoEnterprises'),
        flow: t('flow'),
        legendCovered: t('legendCovered'),
        legendUncovered: t('legendUncovered'),
        legendEmpty: t('legendEmpty'),
        noSegments: t('noSegments'),
      },
    });
    stripChart.selectChildren().remove();
    stripChart.append(() => svg);
  };
  draw();
  strip.tools(exportButtons({ subject: t('stripSubject'), filename: () => slug('segments'), svg: () => svg }));

  // Segments and what covers them.
  const segments = segmentRows(coverage);
  const segmentsPart = section(detail, 'coverage-segments-heading', t('segmentsHeading'));
  if (segments.length === 0) {
    showStatus(segmentsPart.body.node() as HTMLElement, 'empty', t('noSegments'));
  } else {
    const table = dataTable(segmentsPart.body, 'segments-table', t('segmentsHeading'), [
      t('colStage'),
      t('colSegment'),
      t('colCovered'),
      `#${t('colEnterprises')}`,
      `#${t('colCoveredEnterprises')}`,
      t('colWhy'),
    ]);
    const rows = table.append('tbody').selectAll('tr').data(segments).join('tr').attr('data-segment', (row) => row.id).attr('data-covered', (row) => String(row.covered));
    rows.append('td').text((row) => row.stage);
    rows.append('th').attr('scope', 'row').text((row) => row.name);
    rows
      .append('td')
      .append('span')
      .attr('class', (row) => `coverage-flag ${row.covered ? 'is-covered' : 'is-uncovered'}`)
      .text((row) => `${row.covered ? '✓' : '✗'} ${yesNo(row.covered)}`);
    rows.append('td').attr('class', 'numeric').text((row) => row.enterprises);
    rows.append('td').attr('class', 'numeric').text((row) => row.coveredEnterprises);
    const why = rows.append('td');
    why.filter((row) => row.reasons.length === 0).text('—');
    why
      .filter((row) => row.reasons.length > 0)
      .append('ul')
      .attr('class', 'plain-list')
      .selectAll('li')
      .data((row) => row.reasons)
      .join('li')
      .each(function (reason) {
        const item = select(this);
        if (reason.href === null) item.text(reason.text);
        else item.append('a').attr('href', reason.href).text(reason.text);
      });
    segmentsPart.tools(csvButtons(t('segmentsSubject'), () => slug('segments'), () => segmentsCsv(segments)));
  }

  // Uncovered segments and their candidates.
  const candidates = candidateRows(coverage, regionName);
  const candidatesPart = section(detail, 'coverage-candidates-heading', t('candidatesHeading'));
  if (candidates.length === 0) {
    showStatus(candidatesPart.body.node() as HTMLElement, 'info', segments.length === 0 ? t('noSegments') : t('allCovered'));
  } else {
    candidatesPart.body.append('p').attr('class', 'note').text(t('candidatesNote'));
    const table = dataTable(candidatesPart.body, 'candidates-table', t('candidatesHeading'), [
      t('colUncoveredSegment'),
      t('colCandidate'),
      t('colRegion'),
      t('colReason'),
      t('colDistance'),
      t('colEvidence'),
    ]);
    const rows = table.append('tbody').selectAll('tr').data(candidates).join('tr').attr('data-segment', (row) => row.segmentId);
    rows
      .filter((row) => row.segmentRowSpan !== null)
      .append('th')
      .attr('scope', 'rowgroup')
      .attr('rowspan', (row) => row.segmentRowSpan ?? 1)
      .text((row) => row.segmentName);
    rows
      .filter((row) => row.candidate === null)
      .append('td')
      .attr('colspan', CANDIDATE_CELL_COUNT)
      .attr('class', 'no-candidates')
      .text(t('noCandidates'));
    rows.each(function (row) {
      if (row.candidate !== null) appendCandidateCells(select(this as HTMLTableRowElement), row.candidate);
    });
    candidatesPart.tools(csvButtons(t('candidatesSubject'), () => slug('candidates'), () => candidatesCsv(candidates)));
  }

  // Enterprises without a partner.
  const enterprises = enterpriseRows(coverage, regionName);
  const enterprisesPart = section(detail, 'coverage-unpartnered-heading', t('unpartneredHeading'));
  if (enterprises.length === 0) {
    showStatus(enterprisesPart.body.node() as HTMLElement, 'info', coverage.enterpriseCount === 0 ? t('noEnterprisesHere') : t('allPartnered'));
  } else {
    const table = dataTable(enterprisesPart.body, 'unpartnered-table', t('unpartneredHeading'), [t('colEnterprise'), t('colKind'), t('colRegion')]);
    const rows = table.append('tbody').selectAll('tr').data(enterprises).join('tr').attr('data-enterprise', (row) => row.id);
    rows
      .append('th')
      .attr('scope', 'row')
      .append('a')
      .attr('href', (row) => row.href)
      .text((row) => row.name);
    rows.append('td').text((row) => row.kind);
    rows.append('td').text((row) => row.region);
    enterprisesPart.tools(csvButtons(t('unpartneredSubject'), () => slug('unpartnered-enterprises'), () => enterprisesCsv(enterprises)));
  }

  return { redraw: draw };
}

function renderFigures(detail: Div, coverage: ChainCoverage): void {
  const figures = detail.append('ul').attr('class', 'coverage-figures').attr('aria-label', t('figures'));
  const segment = figures.append('li').attr('class', 'figure-card').attr('data-testid', 'segment-coverage').attr('data-value', coverage.segmentCoverage);
  segment.append('span').attr('class', 'figure-label').text(t('segmentCoverage'));
  // No segments recorded is not 0 %: nothing is known, and the card says so in words.
  if (!coverage.segmentsRecorded || coverage.segmentCoverage === null) {
    segment.attr('data-state', 'not-recorded');
    segment.append('span').attr('class', 'figure-value figure-value-words').text(t('segmentsNotRecorded'));
    segment.append('span').attr('class', 'figure-detail').text(t('segmentsNotRecordedDetail'));
  } else {
    segment.append('span').attr('class', 'figure-value').text(formatPercent(coverage.segmentCoverage));
    segment
      .append('span')
      .attr('class', 'figure-detail')
      .text(t('segmentCoverageCount', { covered: coverage.coveredSegmentCount, total: coverage.segmentCount }));
  }

  const enterprise = figures
    .append('li')
    .attr('class', 'figure-card')
    .attr('data-testid', 'enterprise-coverage')
    .attr('data-value', coverage.enterpriseCoverage);
  enterprise.append('span').attr('class', 'figure-label').text(t('enterpriseCoverage'));
  const none = coverage.enterpriseCount === 0;
  enterprise.append('span').attr('class', 'figure-value').text(none ? '—' : formatPercent(coverage.enterpriseCoverage));
  enterprise
    .append('span')
    .attr('class', 'figure-detail')
    .text(
      none
        ? t('enterpriseCoverageNone')
        : t('enterpriseCoverageCount', { partnered: coverage.partneredEnterpriseCount, total: coverage.enterpriseCount }),
    );
}

interface Part {
  readonly body: Div;
  /** Puts a toolbar beside the part's heading. */
  tools(toolbar: HTMLElement): void;
}

function section(detail: Div, id: string, heading: string): Part {
  const part = detail.append('section').attr('class', 'coverage-part').attr('aria-labelledby', id);
  const head = part.append('div').attr('class', 'panel-head');
  head.append('h3').attr('id', id).text(heading);
  const body = part.append('div').attr('class', 'coverage-part-body');
  return { body, tools: (toolbar) => void head.append(() => toolbar) };
}

/** A column heading; numeric columns (named by a leading `#`) align right like their figures. */
function dataTable(parent: Div, testId: string, caption: string, columns: readonly string[]) {
  const table = parent.append('div').attr('class', 'table-scroll').append('table').attr('class', 'data-table coverage-table').attr('data-testid', testId);
  table.append('caption').attr('class', 'visually-hidden').text(caption);
  table
    .append('thead')
    .append('tr')
    .selectAll('th')
    .data(columns)
    .join('th')
    .attr('scope', 'col')
    .attr('class', (column) => (column.startsWith('#') ? 'numeric' : null))
    .text((column) => column.replace(/^#/, ''));
  return table;
}

function csvButtons(subject: string, filename: () => string, csv: () => CsvTable): HTMLElement {
  const targets: ExportTargets = { subject, filename, csv };
  return exportButtons(targets);
}
