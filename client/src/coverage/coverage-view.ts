import './coverage-view.css';
import { select, type Selection } from 'd3';
import { request } from '../api/graphql-client';
import { coverageHeatmap, type CellState, type HeatmapCell, type HeatmapChain, type HeatmapRegion } from './coverage-heatmap';
import { mountGapList, type RegionGroup } from './gap-list-section';
import { distinctChainLabels } from './chain-labels';
import { judgedIn } from './chain-place';
import { renderCoverageDetail, type RenderedDetail } from './coverage-detail';
import { t } from './coverage-messages';
import {
  CHAIN_COVERAGE_QUERY,
  COVERAGE_CATALOGUE_QUERY,
  COVERAGE_MATRIX_QUERY,
  REGION_NAMES_QUERY,
  type ChainCoverage,
  type ChainCoverageResult,
  type ChainCoverageVariables,
  type ChainRef,
  type CoverageCatalogueResult,
  type CoverageMatrix,
  type CoverageMatrixResult,
  type CoverageMatrixVariables,
  type RegionNamesResult,
  type RegionNamesVariables,
  type RegionRef,
} from './coverage-queries';
import { COVERAGE_STATE_SCHEMA, levelOf, measureOf, type CoverageState, type Measure, type RegionLevel } from './coverage-state';
import { matrixCsv } from './coverage-tables';
import { formatPercent } from '../format/format-percent';
import { sparsityNote, summarizeMatrix } from './matrix-summary';
import { shortRegionName } from './region-label';
import { exportButtons } from '../export/export-buttons';
import { fileSlug } from '../export/trigger-download';
import { displayName } from '../i18n/display-name';
import { currentLanguage } from '../i18n/language';
import { applyPageChrome } from '../i18n/page-chrome';
import { documentTitle } from '../router/document-title';
import { readQueryState, replaceQueryState } from '../state/query-state';
import { errorMessage, showStatus } from '../ui/status-message';
import type { View } from '../views/view';

type Select = Selection<HTMLSelectElement, unknown, null, undefined>;

/**
 * `/coverage`: a heat map of industry chains × regions (provinces, or the prefectures of one
 * province) coloured by segment or enterprise coverage; a selected cell shows that chain in that
 * region below: its segments upstream to downstream, the coverage figures, what covers each
 * segment, the uncovered segments with candidate institutions, and the enterprises without a
 * partner. Below it, the gap list of a province or prefecture, made to print. Everything chosen
 * is in the query string (level, within, measure, chain, region, gaps).
 */
export const coverageView: View = (root) => {
  document.title = documentTitle(t('title'));
  const language = currentLanguage();
  let state: CoverageState = readQueryState(COVERAGE_STATE_SCHEMA);
  const mounted = new AbortController();
  let matrixLoad: AbortController | null = null;
  let detailLoad: AbortController | null = null;
  let catalogue: CoverageCatalogueResult | null = null;
  let matrix: CoverageMatrix | null = null;
  let detail: ChainCoverage | null = null;
  let drawnDetail: RenderedDetail | null = null;
  let heatmap: SVGSVGElement | null = null;
  /** Names of every region met so far, for table cells that only have a code. */
  const regions = new Map<string, RegionRef>();

  const view = select(root).append('section').attr('class', 'view coverage-view').attr('aria-labelledby', 'view-heading');
  view.append('h1').attr('id', 'view-heading').text(t('title'));
  view.append('p').attr('class', 'lede').text(t('intro'));
  const definitions = view.append('details').attr('class', 'coverage-definitions');
  definitions.append('summary').text(t('definitionsSummary'));
  definitions.append('p').text(t('definitionSegment'));
  definitions.append('p').text(t('definitionEnterprise'));

  // What the heat map shows.
  const controls = view
    .append('form')
    .attr('class', 'filters coverage-controls')
    .attr('aria-label', t('controls'))
    .on('submit', (event: Event) => event.preventDefault());
  const levelSelect = field(controls.node(), 'coverage-level', t('level'));
  levelSelect
    .selectAll('option')
    .data<[RegionLevel, string]>([
      ['province', t('levelProvince')],
      ['prefecture', t('levelPrefecture')],
    ])
    .join('option')
    .attr('value', (d) => d[0])
    .text((d) => d[1]);
  const withinSelect = field(controls.node(), 'coverage-within', t('within'));
  const withinField = select(withinSelect.node()?.parentElement as HTMLElement);
  const measureSelect = field(controls.node(), 'coverage-measure', t('measure'));
  measureSelect
    .selectAll('option')
    .data<[Measure, string]>([
      ['segment', t('measureSegment')],
      ['enterprise', t('measureEnterprise')],
    ])
    .join('option')
    .attr('value', (d) => d[0])
    .text((d) => d[1]);

  // The heat map.
  const matrixPart = view.append('section').attr('class', 'coverage-matrix').attr('aria-labelledby', 'coverage-matrix-heading');
  const matrixHead = matrixPart.append('div').attr('class', 'panel-head');
  const matrixHeading = matrixHead.append('h2').attr('id', 'coverage-matrix-heading');
  matrixHead.append(() =>
    exportButtons({
      subject: t('heatmapSubject'),
      filename: () => fileSlug('coverage', levelOf(state), state.within, measureOf(state)),
      svg: () => heatmap,
      csv: () => (matrix === null ? { header: [], rows: [] } : matrixCsv(matrix, orderedChains(matrix.chains), (region) => displayName(region))),
    }),
  );
  const matrixTools = matrixHead.select<HTMLElement>('.export-buttons');
  matrixPart.append('p').attr('class', 'note').text(t('heatmapHelp'));
  const matrixPanel = matrixPart.append('div').attr('class', 'coverage-matrix-panel').node() as HTMLElement;
  const matrixNotes = matrixPart.append('div').attr('class', 'coverage-matrix-notes').attr('data-testid', 'matrix-summary');

  // One chain in one region.
  const detailPart = view.append('section').attr('class', 'coverage-detail').attr('aria-labelledby', 'coverage-detail-heading');
  const detailHeading = detailPart.append('h2').attr('id', 'coverage-detail-heading').attr('data-testid', 'detail-heading');
  const picks = detailPart.append('div').attr('class', 'filters coverage-picks');
  const chainSelect = field(picks.node(), 'coverage-chain', t('chain'));
  const regionSelect = field(picks.node(), 'coverage-region', t('region'));
  // From one chain in a region to every chain's gaps there, in the list below.
  const openGaps = picks
    .append('button')
    .attr('type', 'button')
    .attr('class', 'export-button coverage-open-gaps')
    .attr('data-testid', 'open-gap-list')
    .on('click', () => {
      update({ gaps: state.region });
      document.getElementById('gap-list-heading')?.scrollIntoView({ block: 'start' });
    });
  // Says which chain and region the detail now shows, once it has loaded (the detail itself is too
  // long to be read out whole on every change).
  const detailAnnouncement = detailPart.append('p').attr('class', 'visually-hidden').attr('role', 'status');
  const detailPanel = detailPart.append('div').attr('class', 'coverage-detail-panel').node() as HTMLElement;

  // A region's gap list.
  const gapList = mountGapList(view as unknown as Selection<HTMLElement, unknown, null, undefined>, {
    regionName,
    onChoose: (code) => update({ gaps: code }),
    remember,
    loadRegionNames,
    signal: mounted.signal,
  });

  levelSelect.on('change', () => {
    const level = COVERAGE_STATE_SCHEMA.level.parse(levelSelect.property('value') as string) ?? 'province';
    // Going down to prefectures, start in the province of the selected region when there is one.
    const within = level === 'prefecture' ? state.within || provinceOf(state.region) : '';
    update({ level, within });
  });
  withinSelect.on('change', () => update({ within: withinSelect.property('value') as string }));
  measureSelect.on('change', () => update({ measure: COVERAGE_STATE_SCHEMA.measure.parse(measureSelect.property('value') as string) }));
  chainSelect.on('change', () => update({ chain: chainSelect.property('value') as string }));
  regionSelect.on('change', () => update({ region: regionSelect.property('value') as string }));

  syncControls();
  void loadCatalogue();
  void loadMatrix();
  void loadDetail();
  void gapList.show(state.gaps);

  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener(
    'resize',
    () => {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(() => {
        drawHeatmap();
        drawnDetail?.redraw();
      }, 150);
    },
    { signal: mounted.signal },
  );

  function update(changes: Partial<CoverageState>): void {
    const before = state;
    state = { ...state, ...changes };
    replaceQueryState(COVERAGE_STATE_SCHEMA, changes);
    // The language switch links to this page's address: keep it pointing at the new state.
    applyPageChrome();
    syncControls();
    if (levelOf(state) !== levelOf(before) || state.within !== before.within) void loadMatrix();
    else drawHeatmap();
    if (state.chain !== before.chain || state.region !== before.region) void loadDetail();
    if (state.gaps !== before.gaps) void gapList.show(state.gaps);
  }

  function provinceOf(code: string): string {
    return (catalogue?.regions ?? []).some((province) => province.code === code) ? code : '';
  }

  function regionName(code: string | null | undefined): string {
    if (!code) return '—';
    const region = regions.get(code);
    return region === undefined ? code : displayName(region);
  }

  function remember(list: readonly RegionRef[]): void {
    for (const region of list) regions.set(region.code, region);
  }

  /** Where a chain is, for telling apart chains of the same name: its region, else its province, else the whole country. */
  function chainPlace(code: string | null): string {
    if (code === null) return t('wholeCountry');
    const known = regions.get(code) ?? regions.get(`${code.slice(0, 2)}0000`);
    return known === undefined ? code : displayName(known, language);
  }

  /** Chain labels for the selector and the heat map: names several chains share get their places. */
  function chainLabelsOf(chains: readonly ChainRef[]): Map<string, string> {
    return distinctChainLabels(chains, language, chainPlace);
  }

  function orderedChains(chains: readonly ChainRef[]): ChainRef[] {
    const locale = language === 'zh' ? 'zh-CN' : 'en';
    return [...chains].sort((a, b) => displayName(a, language).localeCompare(displayName(b, language), locale));
  }

  /** Brings every control in line with the state (and the lists loaded so far). */
  function syncControls(): void {
    const level = levelOf(state);
    levelSelect.property('value', level);
    measureSelect.property('value', measureOf(state));
    withinField.property('hidden', level !== 'prefecture');
    const provinces = catalogue?.regions ?? [];
    withinSelect
      .selectAll('option')
      .data<{ code: string; label: string }>([
        { code: '', label: t('chooseProvince') },
        ...provinces.map((p) => ({ code: p.code, label: displayName(p) })),
        ...(state.within !== '' && !provinces.some((p) => p.code === state.within) ? [{ code: state.within, label: regionName(state.within) }] : []),
      ])
      .join('option')
      .attr('value', (d) => d.code)
      .text((d) => d.label);
    withinSelect.property('value', state.within);

    const chains = orderedChains(catalogue?.industryChains ?? matrix?.chains ?? []);
    const chainLabels = chainLabelsOf(chains);
    const chainOptions = [
      { id: '', label: t('chooseChain') },
      ...chains.map((chain) => ({ id: chain.id, label: chainLabels.get(chain.id) ?? displayName(chain) })),
      ...(state.chain !== '' && !chains.some((c) => c.id === state.chain) ? [{ id: state.chain, label: detail?.chain.id === state.chain ? displayName(detail.chain) : state.chain }] : []),
    ];
    chainSelect
      .selectAll('option')
      .data(chainOptions)
      .join('option')
      .attr('value', (d) => d.id)
      .text((d) => d.label);
    chainSelect.property('value', state.chain);

    // Whole country, the provinces, the prefectures on the map, and the selected region if elsewhere.
    const groups: { label: string | null; regions: { code: string; label: string }[] }[] = [
      { label: null, regions: [{ code: '', label: t('wholeCountry') }] },
      { label: t('provincesGroup'), regions: provinces.map((p) => ({ code: p.code, label: displayName(p) })) },
    ];
    if (matrix !== null && matrix.regionLevel === 'prefecture' && matrix.regions.length > 0) {
      groups.push({
        label: t('prefecturesGroup', { province: regionName(state.within) }),
        regions: matrix.regions.map((r) => ({ code: r.code, label: displayName(r) })),
      });
    }
    if (state.region !== '' && !groups.some((g) => g.regions.some((r) => r.code === state.region))) {
      groups.push({ label: t('otherRegionGroup'), regions: [{ code: state.region, label: regionName(state.region) }] });
    }
    // A provincial or city chain is judged only in its place: offer only the regions where it is.
    const place = chains.find((c) => c.id === state.chain)?.regionCode ?? null;
    const detailGroups = groups
      .map((group) => ({ ...group, regions: group.regions.filter((r) => r.code === state.region || judgedIn(place, r.code)) }))
      .filter((group) => group.regions.length > 0);
    regionSelect.selectChildren().remove();
    for (const group of detailGroups) {
      const parent = group.label === null ? regionSelect.node() : regionSelect.append('optgroup').attr('label', group.label).node();
      for (const region of group.regions) select(parent).append('option').attr('value', region.code).text(region.label);
    }
    regionSelect.property('value', state.region);
    // The gap list takes a province or a prefecture, not the whole country.
    const gapGroups: RegionGroup[] = groups.filter((group) => group.label !== null && group.label !== t('otherRegionGroup')).map((group) => ({ label: group.label ?? '', regions: group.regions }));
    gapList.setRegions(gapGroups, state.gaps);

    const withinName = regionName(state.within);
    matrixHeading.text(
      level === 'province'
        ? t('heatmapHeadingProvinces')
        : state.within === ''
          ? t('heatmapHeadingPrefecturesNone')
          : t('heatmapHeadingPrefectures', { province: withinName }),
    );
    const chainName =
      detail?.chain.id === state.chain ? displayName(detail.chain) : displayName(chains.find((c) => c.id === state.chain) ?? { name: state.chain });
    const regionShown = state.region === '' ? t('wholeCountry') : regionName(state.region);
    // A chain with a place is judged in its place (Ganzhou's chain asked for Jiangxi is Ganzhou): the heading names what the figures are for.
    // (With no region asked, "whole country" stays: a chain with a place has no coverage beyond it.)
    const judged = state.region !== '' && detail?.chain.id === state.chain ? detail.region : null;
    const headingRegion = judged !== null ? displayName(judged) : regionShown;
    detailHeading.text(state.chain === '' ? t('detailHeadingNone') : t('detailHeading', { chain: chainName, region: headingRegion }));
    openGaps.attr('hidden', state.region === '' ? true : null).text(t('openGaps', { region: regionShown }));
  }

  async function loadCatalogue(): Promise<void> {
    try {
      catalogue = await request<CoverageCatalogueResult>(COVERAGE_CATALOGUE_QUERY, undefined, { signal: mounted.signal });
      remember(catalogue.regions);
      syncControls();
    } catch (error) {
      if (mounted.signal.aborted) return;
      // The heat map still works from its own answer; only the lists are missing.
      showStatus(matrixNotes.append('div').node() as HTMLElement, 'error', t('catalogueError', { reason: errorMessage(error) }));
    }
  }

  async function loadMatrix(): Promise<void> {
    matrixLoad?.abort();
    matrixLoad = new AbortController();
    const signal = AbortSignal.any([matrixLoad.signal, mounted.signal]);
    matrix = null;
    heatmap = null;
    matrixNotes.selectChildren().remove();
    const level = levelOf(state);
    if (level === 'prefecture' && state.within === '') {
      showStatus(matrixPanel, 'info', t('choosePrefectureProvince'));
      matrixTools.attr('hidden', true);
      return;
    }
    showStatus(matrixPanel, 'loading', t('loadingMatrix'));
    matrixTools.attr('hidden', true);
    try {
      const answer = await request<CoverageMatrixResult, CoverageMatrixVariables>(
        COVERAGE_MATRIX_QUERY,
        { regionLevel: level, withinRegion: level === 'prefecture' ? state.within : null },
        { signal },
      );
      if (signal.aborted) return;
      matrix = answer.coverageMatrix;
      remember(matrix.regions);
      // The places of chains with one, for the tooltips of the cells outside them.
      await loadRegionNames(new Set(matrix.chains.flatMap((chain) => (chain.regionCode ? [chain.regionCode] : []))), signal).catch(() => undefined);
      if (signal.aborted) return;
      syncControls();
      drawHeatmap();
    } catch (error) {
      if (signal.aborted) return;
      showStatus(matrixPanel, 'error', t('matrixError', { reason: errorMessage(error) }));
    }
  }

  function drawHeatmap(): void {
    if (matrix === null) return;
    matrixNotes.selectChildren().remove();
    if (matrix.chains.length === 0) {
      heatmap = null;
      matrixTools.attr('hidden', true);
      showStatus(matrixPanel, 'empty', [t('noChains'), { code: 'npm run ingest -- <files>' }, '.']);
      return;
    }
    if (matrix.regions.length === 0) {
      heatmap = null;
      matrixTools.attr('hidden', true);
      showStatus(matrixPanel, 'empty', levelOf(state) === 'prefecture' ? t('noPrefectures', { province: regionName(state.within) }) : t('noProvinces'));
      return;
    }
    const measure = measureOf(state);
    const chains = orderedChains(matrix.chains);
    const chainLabels = chainLabelsOf(chains);
    const hadFocus = heatmap?.contains(document.activeElement) === true;
    const scroll = matrixPanel.querySelector('.chart-scroll') ?? document.createElement('div');
    scroll.className = 'chart-scroll';
    const width = Math.max(480, matrixPanel.clientWidth - 2);
    heatmap = coverageHeatmap(
      { chains, regions: matrix.regions, cells: matrix.cells },
      {
        measure,
        width,
        chainLabel: (chain) => chainLabels.get(chain.id) ?? displayName(chain, language),
        regionLabel: (region) => shortRegionName(region, language),
        cellTitle: cellTitle,
        formatPercent,
        labels: {
          title: t('chartTitle', { chains: chains.length, regions: matrix.regions.length }),
          legendSegment: t('legendSegment'),
          legendEnterprise: t('legendEnterprise'),
          noEnterprises: t('legendNoEnterprises'),
          notRecorded: t('legendNotRecorded'),
          outside: t('legendOutside'),
        },
        selected: state.chain !== '' && state.region !== '' ? { chainId: state.chain, regionCode: state.region } : null,
        onSelect: (cell: HeatmapCell) => update({ chain: cell.chainId, region: cell.regionCode }),
      },
    );
    heatmap.setAttribute('data-testid', 'coverage-heatmap');
    scroll.replaceChildren(heatmap);
    if (scroll.parentElement !== matrixPanel) matrixPanel.replaceChildren(scroll);
    matrixTools.attr('hidden', null);
    if (hadFocus) heatmap.querySelector<SVGGElement>('.cell[tabindex="0"]')?.focus();

    const summary = summarizeMatrix(matrix, measure);
    matrixNotes
      .append('p')
      .attr('class', 'coverage-summary')
      .text(
        t('summary', {
          chains: summary.chains,
          regions: summary.regions,
          cells: summary.cells,
          withEnterprises: summary.withEnterprises,
          withCoverage: summary.withCoverage,
        }),
      );
    const note = sparsityNote(summary);
    if (note !== null) {
      const paragraph = matrixNotes.append('div').node() as HTMLElement;
      showStatus(paragraph, 'info', note === 'all-empty' ? t('allEmpty') : t('sparse')).dataset['note'] = note;
    }
  }

  function cellTitle(cell: HeatmapCell | null, chain: HeatmapChain, region: HeatmapRegion, _measure: Measure, state: CellState): string {
    const head = t('cellHead', { chain: displayName(chain, language), region: displayName(region, language) });
    if (state === 'outside') return `${head}\n${t('cellOutside', { chain: displayName(chain, language), place: regionName(chain.regionCode) })}`;
    if (cell === null) return `${head}\n${t('cellEmpty')}`;
    const segment =
      cell.segmentCoverage === null
        ? t('cellNotRecorded')
        : t('cellSegment', { percent: formatPercent(cell.segmentCoverage), covered: cell.coveredSegmentCount, total: cell.segmentCount });
    if (cell.enterpriseCount === 0 && cell.coveredSegmentCount === 0) return [head, ...(cell.segmentCoverage === null ? [segment] : []), t('cellEmpty')].join('\n');
    return [
      head,
      segment,
      cell.enterpriseCount === 0
        ? t('cellEmpty')
        : t('cellEnterprise', { percent: formatPercent(cell.enterpriseCoverage), partnered: cell.partneredEnterpriseCount, total: cell.enterpriseCount }),
    ].join('\n');
  }

  async function loadDetail(): Promise<void> {
    detailLoad?.abort();
    detailLoad = new AbortController();
    const signal = AbortSignal.any([detailLoad.signal, mounted.signal]);
    drawnDetail = null;
    if (state.chain === '') {
      detail = null;
      syncControls();
      showStatus(detailPanel, 'info', t('chooseCell'));
      return;
    }
    showStatus(detailPanel, 'loading', t('loadingDetail'));
    try {
      const answer = await request<ChainCoverageResult, ChainCoverageVariables>(
        CHAIN_COVERAGE_QUERY,
        { chainId: state.chain, regionCode: state.region === '' ? null : state.region },
        { signal },
      );
      if (signal.aborted) return;
      const coverage = answer.chainCoverage;
      if (coverage.region !== null) remember([coverage.region]);
      await loadDetailRegionNames(coverage, signal);
      if (signal.aborted) return;
      detail = coverage;
      syncControls();
      drawnDetail = renderCoverageDetail(detailPanel, coverage, regionName);
      detailAnnouncement.text(detailHeading.text());
    } catch (error) {
      if (signal.aborted) return;
      detail = null;
      syncControls();
      showStatus(detailPanel, 'error', t('detailError', { reason: errorMessage(error) }));
    }
  }

  /** Names for the regions of the organisations listed; without them the tables show codes. */
  async function loadDetailRegionNames(coverage: ChainCoverage, signal: AbortSignal): Promise<void> {
    const codes = new Set<string>();
    for (const org of coverage.uncoveredEnterprises) if (org.regionCode) codes.add(org.regionCode);
    for (const s of coverage.segments) for (const c of s.candidates) if (c.institution.regionCode) codes.add(c.institution.regionCode);
    await loadRegionNames(codes, signal);
  }

  /** Learns the names of the codes not met yet. Codes stay correct without them, only less readable. */
  async function loadRegionNames(codes: ReadonlySet<string>, signal: AbortSignal): Promise<void> {
    const missing = [...codes].filter((code) => !regions.has(code));
    if (missing.length === 0) return;
    try {
      const answer = await request<RegionNamesResult, RegionNamesVariables>(REGION_NAMES_QUERY, { codes: missing }, { signal });
      remember(answer.regions);
    } catch (error) {
      if (signal.aborted) throw error;
    }
  }

  return () => {
    clearTimeout(resizeTimer);
    mounted.abort();
  };
};

/** A labelled select inside `.field`, as the other views' filters are. */
function field(parent: Element | null, id: string, label: string): Select {
  if (parent === null) throw new Error(`No place for the ${id} control.`);
  const wrapper = select(parent).append('div').attr('class', 'field');
  wrapper.append('label').attr('for', id).text(label);
  return wrapper.append('select').attr('id', id);
}
