import { select, type Selection } from 'd3';
import { profileHref } from '../coverage/coverage-tables';
import { formatPercent } from '../format/format-percent';
import { exportButtons } from '../export/export-buttons';
import { fileSlug } from '../export/trigger-download';
import { displayName } from '../i18n/display-name';
import { currentLanguage } from '../i18n/language';
import { figureName, t } from './briefing-messages';
import type { BriefingData, BriefingSource, OrgRef } from './briefing-query';
import { drawBriefingMap } from './briefing-map';
import { figuresChart } from './figures-chart';
import { assignFootnotes, type Footnotes } from './footnotes';
import { formatChange } from './format-change';
import { setTextKeepingDates } from './unbroken-dates';

type Parent = Selection<HTMLElement, unknown, null, undefined>;

function locale(): string {
  return currentLanguage() === 'zh' ? 'zh-CN' : 'en-GB';
}

/** The region's name in the reader's language, or "the whole country". */
export function regionLabel(region: BriefingData['region']): string {
  return region === null ? t('wholeCountry') : displayName(region);
}

/**
 * The briefing's body for an answer with something to report: key figures as cards, a chart of
 * them, a map of where the agreements are, top partnerships, central organisations, coverage gaps, and the
 * numbered source list. Footnotes are numbered in order of first citation down the page.
 */
export function renderBriefing(container: HTMLElement, data: BriefingData): void {
  container.replaceChildren();
  const root = select(container) as unknown as Parent;
  const notes = assignFootnotes(
    [
      ...data.figures.map((figure) => figure.sourceIds),
      ...data.topPartnerships.map((row) => row.sourceIds),
      ...data.centralOrganizations.map((row) => row.sourceIds),
      ...data.coverageGaps.map((row) => row.sourceIds),
    ],
    data.sources,
  );
  const number = (value: number) => value.toLocaleString(locale());

  const period = root.append('p').attr('class', 'briefing-period').attr('data-testid', 'briefing-period');
  setTextKeepingDates(period.node()!, t('period', { from: data.from, to: data.to, previousFrom: data.previousFrom, previousTo: data.previousTo }));

  // Key figures.
  const figures = section(root, 'figures', t('figures'));
  const cards = figures.append('ul').attr('class', 'briefing-cards').attr('data-testid', 'briefing-figures');
  for (const figure of data.figures) {
    const change = formatChange(figure.change, locale());
    const card = cards.append('li').attr('class', 'briefing-card').attr('data-figure', figure.key);
    const name = card.append('span').attr('class', 'briefing-card-label');
    name.append('span').text(figureName(figure.key));
    markers(name, notes, figure.sourceIds);
    card.append('span').attr('class', 'briefing-card-value').attr('data-testid', 'figure-value').text(number(figure.value));
    const changeLine = card
      .append('span')
      .attr('class', `briefing-change briefing-change-${change.direction}`)
      .attr('data-testid', 'figure-change')
      .attr('data-change', figure.change);
    changeLine.append('span').attr('aria-hidden', 'true').text(`${change.arrow} `);
    changeLine.append('span').text(figure.change === 0 ? t('noChange') : t('changeLabel', { change: change.signed }));
    card.append('span').attr('class', 'briefing-card-previous').attr('data-testid', 'figure-previous').text(t('previous', { n: figure.previous }));
  }
  // What "live" means, once on the page (DESIGN.md, "Live agreements at a date").
  const undated = data.undatedAgreements > 0 ? ` ${t('undatedNote', { n: number(data.undatedAgreements) })}` : '';
  figures
    .append('p')
    .attr('class', 'note briefing-note')
    .attr('data-testid', 'briefing-live-note')
    .text(`${t('liveNote', { date: data.to })}${undated}`);

  // The figures as a chart.
  const chartSection = section(root, 'chart', t('chart'));
  chartSection.attr('class', 'briefing-section briefing-chart');
  const header = chartSection.select<HTMLElement>('.briefing-section-header');
  let svg: SVGSVGElement | null = null;
  header.append(() =>
    exportButtons({
      subject: t('chartSubject'),
      filename: () => fileSlug('briefing', data.region?.code ?? 'china', data.from, data.to),
      svg: () => svg,
    }),
  );
  const chartBody = chartSection.append('div').attr('class', 'briefing-chart-body');
  // Drawn to the page's width; on paper the viewBox scales it to the column.
  svg = figuresChart(data, Math.max(480, Math.min(960, Math.floor(container.clientWidth || 720))), locale());
  chartBody.append(() => svg);

  // The map: drawn when its boundaries and figures arrive, without holding up the rest of the page.
  const mapSection = section(root, 'map', t('map'));
  mapSection.attr('class', 'briefing-section briefing-map');
  let mapSvg: SVGSVGElement | null = null;
  mapSection.select<HTMLElement>('.briefing-section-header').append(() =>
    exportButtons({
      subject: t('mapSubject'),
      filename: () => fileSlug('briefing-map', data.region?.code ?? 'china'),
      svg: () => mapSvg,
    }),
  );
  // On paper the map and the two rankings sit side by side.
  const spread = root.append('div').attr('class', 'briefing-spread');
  spread.append(() => mapSection.node());
  const rankings = spread.append('div').attr('class', 'briefing-rankings') as unknown as Parent;
  const mapBody = mapSection.append('div').attr('class', 'briefing-map-body').attr('data-testid', 'briefing-map');
  mapBody.append('p').attr('class', 'status status-loading').text(t('mapLoading'));
  drawBriefingMap(data.region?.code ?? null, { from: data.from, to: data.to }, Math.max(480, Math.min(720, Math.floor(container.clientWidth || 640)))).then(
    (svg) => {
      mapSvg = svg;
      mapBody.selectChildren().remove();
      mapBody.append(() => svg);
    },
    (error: unknown) => {
      mapBody.selectChildren().remove();
      mapBody.append('p').attr('class', 'status status-error').text(t('mapFailed', { message: error instanceof Error ? error.message : String(error) }));
    },
  );

  // Top partnerships.
  const partnerships = section(rankings, 'partnerships', t('partnerships'));
  if (data.topPartnerships.length === 0) {
    partnerships.append('p').attr('class', 'note').text(t('partnershipsNone'));
  } else {
    const table = dataTable(partnerships, [
      [t('partners'), false],
      [t('agreements'), true],
    ]);
    for (const row of data.topPartnerships) {
      const tr = table.append('tr').attr('data-testid', 'partnership-row');
      const cell = tr.append('td');
      orgLink(cell, row.a);
      cell.append('span').attr('class', 'briefing-pair-sep').text(' — ');
      orgLink(cell, row.b);
      markers(cell, notes, row.sourceIds);
      tr.append('td').attr('class', 'numeric').text(number(row.agreements));
    }
  }

  // Most central organisations.
  // Ranked by betweenness, shown in words a leader reads: the rank, the organisation's share of the
  // region's agreements, its partners, and how many groups (communities) those partners are in.
  const central = section(rankings, 'central', t('central'));
  if (data.centralOrganizations.length === 0) {
    central.append('p').attr('class', 'note').text(t('centralNone'));
  } else {
    const table = dataTable(central, [
      [t('rank'), true],
      [t('organization'), false],
      [t('agreementsShare'), true],
      [t('partnerCount'), true],
      [t('partnerGroups'), true],
    ]);
    for (const row of data.centralOrganizations) {
      const tr = table.append('tr').attr('data-testid', 'central-row');
      tr.append('td').attr('class', 'numeric').attr('data-testid', 'central-rank').text(number(row.rank));
      const cell = tr.append('td');
      orgLink(cell, row.organization);
      markers(cell, notes, row.sourceIds);
      const share = data.regionAgreements > 0 ? ` (${formatPercent(row.agreements / data.regionAgreements)})` : '';
      tr.append('td').attr('class', 'numeric').attr('data-testid', 'central-share').text(`${number(row.agreements)}${share}`);
      tr.append('td').attr('class', 'numeric').text(number(row.degree));
      tr.append('td').attr('class', 'numeric').attr('data-testid', 'central-groups').text(number(row.partnerGroups));
    }
    central.append('p').attr('class', 'note briefing-note').text(t('centralNote', { n: number(data.regionAgreements) }));
  }

  // Biggest coverage gaps.
  const gaps = section(root, 'gaps', t('gaps'));
  if (data.coverageGaps.length === 0) {
    gaps.append('p').attr('class', 'note').text(t('gapsNone'));
  } else {
    const table = dataTable(gaps, [
      [t('chain'), false],
      [t('segmentCoverage'), true],
      [t('enterpriseCoverage'), true],
      [t('uncoveredSegments'), false],
    ]);
    for (const row of data.coverageGaps) {
      const tr = table.append('tr').attr('data-testid', 'gap-row');
      const cell = tr.append('td');
      cell.append('span').attr('class', 'org-name').text(displayName(row.chain));
      markers(cell, notes, row.sourceIds);
      tr.append('td').attr('class', 'numeric').text(row.segmentCoverage === null ? t('segmentsNotRecorded') : formatPercent(row.segmentCoverage));
      tr.append('td').attr('class', 'numeric').text(formatPercent(row.enterpriseCoverage));
      const segments = tr.append('td');
      const names = row.uncoveredSegments.map((segment) => displayName(segment));
      segments
        .append('span')
        .attr('class', 'briefing-gap-segments')
        .attr('title', names.length > shownSegments ? names.join(separator()) : null)
        .text(names.length === 0 ? t('none') : segmentList(names));
      if (row.uncoveredEnterpriseCount > 0) {
        segments.append('span').attr('class', 'briefing-gap-enterprises').text(t('uncoveredEnterprises', { n: row.uncoveredEnterpriseCount }));
      }
    }
  }

  // The sources, numbered as cited.
  const sources = section(root, 'sources', t('sources'));
  if (notes.ordered.length === 0) {
    sources.append('p').attr('class', 'note').text(t('sourcesNone'));
  } else {
    const list = sources.append('ol').attr('class', 'briefing-sources').attr('data-testid', 'briefing-sources');
    notes.ordered.forEach((source, index) => sourceEntry(list, source, index + 1));
  }
  root
    .append('p')
    .attr('class', 'note briefing-generated')
    .text(t('generated', { date: new Date().toISOString().slice(0, 10) }));
}

/** How many uncovered segments a gap names; the rest are counted ("and 4 more"), so a row stays short on paper. */
const shownSegments = 3;

function separator(): string {
  return currentLanguage() === 'zh' ? '、' : ', ';
}

function segmentList(names: readonly string[]): string {
  const list = names.slice(0, shownSegments).join(separator());
  return names.length > shownSegments ? t('moreSegments', { list, n: names.length - shownSegments }) : list;
}

function section(root: Parent, key: string, heading: string): Parent {
  const id = `briefing-${key}-heading`;
  const part = root.append('section').attr('class', 'briefing-section').attr('data-section', key).attr('aria-labelledby', id);
  part.append('div').attr('class', 'briefing-section-header').append('h2').attr('id', id).text(heading);
  return part as unknown as Parent;
}

function dataTable(parent: Parent, columns: readonly (readonly [string, boolean])[]): Selection<HTMLTableSectionElement, unknown, null, undefined> {
  // A narrow screen scrolls a wide table inside its own box, not the page.
  const table = parent.append('div').attr('class', 'briefing-table-scroll').append('table').attr('class', 'data-table briefing-table');
  const head = table.append('thead').append('tr');
  for (const [label, numeric] of columns) head.append('th').attr('scope', 'col').classed('numeric', numeric).text(label);
  return table.append('tbody') as unknown as Selection<HTMLTableSectionElement, unknown, null, undefined>;
}

function orgLink(parent: Selection<HTMLElement, unknown, null, undefined> | Selection<HTMLTableCellElement, unknown, null, undefined>, org: OrgRef): void {
  (parent as Parent).append('a').attr('class', 'org-name').attr('href', profileHref(org.id)).attr('data-org', org.id).text(displayName(org));
}

/** The footnote markers of a fact, [1][2], each a link to its entry of the source list. */
function markers(parent: Selection<HTMLElement, unknown, null, undefined> | Selection<HTMLTableCellElement, unknown, null, undefined>, notes: Footnotes<BriefingSource>, sourceIds: readonly string[]): void {
  const numbers = notes.numbersOf(sourceIds);
  if (numbers.length === 0) return;
  const sup = (parent as Parent)
    .append('sup')
    .attr('class', 'footnote-refs')
    .attr('aria-label', t('footnotes', { list: numbers.join(', ') }));
  for (const n of numbers) {
    sup
      .append('a')
      .attr('class', 'footnote-ref')
      .attr('href', `#briefing-source-${n}`)
      .attr('data-footnote', n)
      .attr('aria-label', t('footnote', { n }))
      .text(`[${n}]`);
  }
}

function sourceEntry(list: Selection<HTMLOListElement, unknown, null, undefined>, source: BriefingSource, n: number): void {
  const item = list.append('li').attr('id', `briefing-source-${n}`).attr('data-footnote', n).attr('data-source', source.id);
  item.append('span').attr('class', 'briefing-source-number').text(`[${n}] `);
  item.append('span').attr('class', 'briefing-source-title').text(source.title ?? t('untitled'));
  const details = [source.publisher, source.publishedOn].filter((part): part is string => part !== null && part !== '');
  if (details.length > 0) item.append('span').text(`. ${details.join(', ')}`);
  if (source.url !== null && source.url !== '') {
    item.append('span').text('. ');
    // The address as text, so it shows on paper too.
    item.append('a').attr('class', 'briefing-source-url').attr('href', source.url).attr('rel', 'noopener noreferrer').text(source.url);
  }
}
