import './gap-list.css';
import { select, type Selection } from 'd3';
import { request } from '../api/graphql-client';
import { currentLanguage } from '../i18n/language';
import { displayName } from '../i18n/display-name';
import { gapWorkbookPath } from '../router/paths';
import { errorMessage, showStatus } from '../ui/status-message';
import { appendCandidateCells, CANDIDATE_CELL_COUNT } from './candidate-cells';
import type { RegionName } from './candidate-facts';
import { GAP_LIST_QUERY, type GapList, type GapListResult, type GapListVariables, type RegionRef } from './coverage-queries';
import { t } from './coverage-messages';
import { gapChains, type GapChain, type OrgLink } from './gap-list-rows';

type Parent = Selection<HTMLElement, unknown, null, undefined>;

/** Regions offered for a gap list, grouped as the view's region list groups them. */
export interface RegionGroup {
  readonly label: string;
  readonly regions: readonly { readonly code: string; readonly label: string }[];
}

export interface GapListOptions {
  readonly regionName: RegionName;
  /** The reader chose a region (or '' to close the list): the view puts it in the URL and calls `show`. */
  readonly onChoose: (code: string) => void;
  /** Learns region names the answer brings, and fetches those of the codes it only names. */
  readonly remember: (regions: readonly RegionRef[]) => void;
  readonly loadRegionNames: (codes: ReadonlySet<string>, signal: AbortSignal) => Promise<void>;
  /** Aborted when the view goes away. */
  readonly signal: AbortSignal;
}

export interface GapListPart {
  /** Puts the region choices in the select (the view calls it whenever its lists change). */
  setRegions(groups: readonly RegionGroup[], code: string): void;
  /** Loads and draws the gap list of a region; '' shows the prompt. */
  show(code: string): Promise<void>;
}

/**
 * The gap list of one province or prefecture: per chain judged there, its uncovered segments with
 * their enterprises and best candidates (reason, distance, evidence links), chains without
 * recorded segments marked as such, and the enterprises without a partner. It prints on A4 by
 * itself (gap-list.css) and downloads as the server's workbook.
 */
export function mountGapList(parent: Parent, options: GapListOptions): GapListPart {
  const part = parent.append('section').attr('class', 'gap-list').attr('aria-labelledby', 'gap-list-heading').attr('data-testid', 'gap-list');
  const head = part.append('div').attr('class', 'panel-head');
  const heading = head.append('h2').attr('id', 'gap-list-heading').text(t('gapsHeading'));
  const tools = head.append('div').attr('class', 'gap-list-tools').attr('role', 'group').attr('aria-label', t('gapsTools')).attr('hidden', true);
  const download = tools.append('a').attr('class', 'export-button gap-list-download').attr('data-testid', 'gap-list-download').text(t('gapsDownload'));
  tools
    .append('button')
    .attr('type', 'button')
    .attr('class', 'export-button')
    .attr('data-testid', 'gap-list-print')
    .text(t('gapsPrint'))
    .on('click', () => window.print());
  part.append('p').attr('class', 'note gap-list-intro').text(t('gapsIntro'));
  const picks = part.append('div').attr('class', 'filters gap-list-picks');
  const field = picks.append('div').attr('class', 'field');
  field.append('label').attr('for', 'gap-list-region').text(t('gapsRegion'));
  const regionSelect = field.append('select').attr('id', 'gap-list-region');
  regionSelect.on('change', () => options.onChoose(regionSelect.property('value') as string));
  const announcement = part.append('p').attr('class', 'visually-hidden').attr('role', 'status');
  const panel = part.append('div').attr('class', 'gap-list-panel').node() as HTMLElement;
  const view = parent.node()?.closest('.coverage-view') ?? null;
  let load: AbortController | null = null;

  function opened(code: string, region: RegionRef | null): void {
    // Print only the list while one is open (gap-list.css hides the rest of the page).
    view?.classList.toggle('has-gap-list', region !== null);
    tools.attr('hidden', region === null ? true : null);
    heading.text(region === null ? t('gapsHeading') : t('gapsHeadingRegion', { region: displayName(region) }));
    if (region === null) return;
    download.attr('href', gapWorkbookPath(code, currentLanguage())).attr('download', `gaps-${code}.xlsx`);
  }

  return {
    setRegions(groups, code) {
      regionSelect.selectChildren().remove();
      regionSelect.append('option').attr('value', '').text(t('gapsChoose'));
      for (const group of groups) {
        const optgroup = regionSelect.append('optgroup').attr('label', group.label);
        for (const region of group.regions) optgroup.append('option').attr('value', region.code).text(region.label);
      }
      if (code !== '' && !groups.some((group) => group.regions.some((region) => region.code === code))) {
        regionSelect.append('option').attr('value', code).text(options.regionName(code));
      }
      regionSelect.property('value', code);
    },

    async show(code) {
      load?.abort();
      load = new AbortController();
      const signal = AbortSignal.any([load.signal, options.signal]);
      opened(code, null);
      if (code === '') {
        showStatus(panel, 'info', t('gapsChooseNote'));
        return;
      }
      showStatus(panel, 'loading', t('gapsLoading'));
      try {
        const answer = await request<GapListResult, GapListVariables>(GAP_LIST_QUERY, { regionCode: code }, { signal });
        if (signal.aborted) return;
        const list = answer.gapList;
        options.remember([list.region]);
        await options.loadRegionNames(regionCodesOf(list), signal);
        if (signal.aborted) return;
        opened(code, list.region);
        drawGapList(panel, list, gapChains(list, options.regionName));
        announcement.text(heading.text());
      } catch (error) {
        if (signal.aborted) return;
        showStatus(panel, 'error', t('gapsError', { reason: errorMessage(error) }));
      }
    },
  };
}

/** The regions the list names by code only: where its organisations are, and the chains' places. */
function regionCodesOf(list: GapList): Set<string> {
  const codes = new Set<string>();
  const add = (code: string | null | undefined) => void (code && codes.add(code));
  for (const chain of list.chains) {
    add(chain.chain.regionCode);
    for (const org of chain.unpartneredEnterprises) add(org.regionCode);
    for (const gap of chain.uncoveredSegments) {
      for (const org of gap.enterprises) add(org.regionCode);
      for (const candidate of gap.candidates) add(candidate.institution.regionCode);
    }
  }
  return codes;
}

function drawGapList(panel: HTMLElement, list: GapList, chains: readonly GapChain[]): void {
  const root = select(panel);
  root.selectChildren().remove();
  const region = displayName(list.region);
  if (chains.length === 0) {
    showStatus(panel, 'empty', t('gapsNoChains', { region }));
    return;
  }
  for (const chain of chains) {
    const article = root
      .append('article')
      .attr('class', 'gap-chain')
      .attr('data-chain', chain.chainId)
      .attr('data-segments-recorded', String(chain.segmentsRecorded));
    const title = article.append('h3').text(chain.chainName);
    if (chain.place !== null) title.append('span').attr('class', 'gap-chain-place').text(` · ${chain.place}`);
    article.append('p').attr('class', 'gap-chain-figures').text(`${chain.segmentFigure} · ${chain.enterpriseFigure}`);

    if (!chain.segmentsRecorded) {
      article.append('p').attr('class', 'gap-chain-note').attr('data-testid', 'segments-not-recorded').text(t('gapsNotRecorded'));
    } else if (chain.rows.length === 0) {
      article.append('p').attr('class', 'gap-chain-note').text(t('gapsAllCovered'));
    } else {
      drawGapTable(article as unknown as Parent, chain, region);
    }

    if (chain.unpartnered.length > 0) {
      article.append('h4').text(t('gapsUnpartnered'));
      orgList(article as unknown as Parent, chain.unpartnered).classed('gap-enterprises', true).attr('data-testid', 'gap-unpartnered');
    }
  }
}

function drawGapTable(parent: Parent, chain: GapChain, region: string): void {
  const table = parent.append('div').attr('class', 'table-scroll').append('table').attr('class', 'data-table coverage-table gap-table').attr('data-testid', 'gap-table');
  table.append('caption').attr('class', 'visually-hidden').text(t('gapsTableCaption', { chain: chain.chainName, region }));
  table
    .append('thead')
    .append('tr')
    .selectAll('th')
    .data([t('colUncoveredSegment'), t('gapsColEnterprises'), t('colCandidate'), t('colRegion'), t('colReason'), t('colDistance'), t('colEvidence')])
    .join('th')
    .attr('scope', 'col')
    .text((column) => column);
  // One tbody per segment: paper breaks between segments rather than inside one where it can.
  const segments = new Map<string, GapChain['rows'][number][]>();
  for (const row of chain.rows) segments.set(row.segmentId, [...(segments.get(row.segmentId) ?? []), row]);
  for (const [segmentId, rows] of segments) {
    const body = table.append('tbody').attr('data-segment', segmentId);
    for (const row of rows) {
      const tr = body.append('tr');
      if (row.segmentRowSpan !== null) {
        tr.append('th').attr('scope', 'rowgroup').attr('rowspan', row.segmentRowSpan).text(row.segmentName);
        const enterprises = tr.append('td').attr('rowspan', row.segmentRowSpan).attr('class', 'gap-segment-enterprises');
        if (row.enterprises.length === 0) enterprises.attr('class', 'gap-segment-enterprises no-candidates').text(t('gapsNoEnterprises'));
        else orgList(enterprises as unknown as Parent, row.enterprises);
      }
      if (row.candidate === null) tr.append('td').attr('colspan', CANDIDATE_CELL_COUNT).attr('class', 'no-candidates').text(t('noCandidates'));
      else appendCandidateCells(tr as unknown as Selection<HTMLTableRowElement, unknown, null, undefined>, row.candidate);
    }
  }
}

function orgList(parent: Parent, orgs: readonly OrgLink[]) {
  const list = parent.append('ul').attr('class', 'plain-list');
  list
    .selectAll('li')
    .data(orgs)
    .join('li')
    .attr('data-org', (org) => org.id)
    .each(function (org) {
      const item = select(this);
      item.append('a').attr('href', org.href).text(org.name);
      if (org.region !== '—') item.append('span').attr('class', 'gap-org-region').text(t('inParens', { text: org.region }));
    });
  return list;
}
