import './map-view.css';
import { format, select } from 'd3';
import { request } from '../api/graphql-client';
import { mapChoropleth, type MapBoundaries, type MapFeature } from './map-choropleth';
import type { RegionFlow } from './map-flows';
import { formatPercent } from '../format/format-percent';
import { exportButtons } from '../export/export-buttons';
import { fileSlug } from '../export/trigger-download';
import { currentLanguage } from '../i18n/language';
import { applyPageChrome } from '../i18n/page-chrome';
import { countValues, regionCounts, type RegionCounts } from './map-figures';
import { t } from './map-messages';
import {
  fetchBoundaries,
  MAP_CHAINS_QUERY,
  MAP_COVERAGE_QUERY,
  MAP_NETWORK_QUERY,
  MAP_REGION_FIGURES_QUERY,
  type MapChain,
  type MapChainsResult,
  type MapCoverageCell,
  type MapCoverageResult,
  type MapCoverageVariables,
  type MapNetworkResult,
  type MapNetworkVariables,
  type MapRegionFigures,
  type MapRegionFiguresResult,
  type MapRegionFiguresVariables,
} from './map-queries';
import { figureOf, MAP_FIGURES, MAP_STATE_SCHEMA, regionLinks, type MapFigure, type MapState } from './map-state';
import { documentTitle } from '../router/document-title';
import { readQueryState, replaceQueryState } from '../state/query-state';
import { errorMessage, showStatus } from '../ui/status-message';
import type { View } from '../views/view';

const NETWORK_LIMIT = 5000;
const count = format(',d');

/**
 * `/map`: provinces (or the prefectures of one, `province=<code>`) coloured by agreements,
 * institutions, enterprises or a chain's segment coverage, with cooperation across regions as
 * flows. A selected region (`region=<code>`) shows its figures and links that open it in the
 * network, coverage and timeline views. Boundaries come from the project's own server.
 */
export const mapView: View = (root) => {
  document.title = documentTitle(t('title'));
  const language = currentLanguage();
  let state: MapState = readQueryState(MAP_STATE_SCHEMA);
  const mounted = new AbortController();
  let load: AbortController | null = null;
  let provinces: MapBoundaries | null = null;
  let boundaries: MapBoundaries | null = null;
  let network: MapNetworkResult['network'] | null = null;
  let counts: RegionCounts | null = null;
  let chains: readonly MapChain[] | null = null;
  /** Each region's figures, by the province whose prefectures they are ('' for the provinces). */
  const figures = new Map<string, readonly MapRegionFigures[]>();
  /** Coverage cells by level, province and chain. */
  const coverage = new Map<string, readonly MapCoverageCell[]>();
  let svg: SVGSVGElement | null = null;

  const view = select(root).append('section').attr('class', 'view map-view').attr('aria-labelledby', 'view-heading');
  view.append('h1').attr('id', 'view-heading').text(t('title'));
  view.append('p').attr('class', 'lede').text(t('lede'));

  const controls = view
    .append('form')
    .attr('class', 'filters map-controls')
    .attr('aria-label', t('controls'))
    .on('submit', (event: Event) => event.preventDefault());
  const figureField = controls.append('div').attr('class', 'field');
  figureField.append('label').attr('for', 'map-figure').text(t('figure'));
  const figureSelect = figureField.append('select').attr('id', 'map-figure');
  const figureLabels: Record<MapFigure, string> = {
    agreements: t('figureAgreements'),
    institutions: t('figureInstitutions'),
    enterprises: t('figureEnterprises'),
    coverage: t('figureCoverage'),
  };
  figureSelect
    .selectAll('option')
    .data(MAP_FIGURES)
    .join('option')
    .attr('value', (d) => d)
    .text((d) => figureLabels[d]);
  const chainField = controls.append('div').attr('class', 'field');
  chainField.append('label').attr('for', 'map-chain').text(t('chain'));
  const chainSelect = chainField.append('select').attr('id', 'map-chain');
  const flowsField = controls.append('div').attr('class', 'field field-check');
  const flowsBox = flowsField.append('input').attr('type', 'checkbox').attr('id', 'map-flows');
  flowsField.append('label').attr('for', 'map-flows').text(t('flows'));

  const mapPart = view.append('section').attr('class', 'map-panel').attr('aria-labelledby', 'map-heading');
  const head = mapPart.append('div').attr('class', 'panel-head');
  const headingBox = head.append('div').attr('class', 'map-heading-box');
  const backButton = headingBox
    .append('button')
    .attr('type', 'button')
    .attr('class', 'map-back')
    .attr('data-testid', 'map-back')
    .text(t('back'))
    .on('click', () => update({ province: '', region: '' }));
  const heading = headingBox.append('h2').attr('id', 'map-heading').attr('data-testid', 'map-heading');
  head.append(() =>
    exportButtons({
      subject: t('mapSubject'),
      filename: () => fileSlug('map', state.province || 'china', figureOf(state), state.chain),
      svg: () => svg,
    }),
  );
  const tools = head.select<HTMLElement>('.export-buttons');
  mapPart.append('p').attr('class', 'note').text(t('help'));
  const status = mapPart.append('div').attr('class', 'map-status').attr('data-testid', 'map-status').node() as HTMLElement;
  const body = mapPart.append('div').attr('class', 'map-body');
  const canvas = body.append('div').attr('class', 'map-canvas').attr('data-testid', 'map-canvas').node() as HTMLElement;
  const panel = body.append('aside').attr('class', 'map-region-panel').attr('data-testid', 'map-region-panel').attr('aria-live', 'polite');
  const notes = mapPart.append('div').attr('class', 'map-notes');

  figureSelect.on('change', () => update({ figure: MAP_STATE_SCHEMA.figure.parse(figureSelect.property('value') as string) }));
  chainSelect.on('change', () => update({ chain: chainSelect.property('value') as string }));
  flowsBox.on('change', () => update({ flows: flowsBox.property('checked') as boolean }));

  syncControls();
  void loadChains();
  void refresh();

  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener(
    'resize',
    () => {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(draw, 150);
    },
    { signal: mounted.signal },
  );

  function update(changes: Partial<MapState>): void {
    const before = state;
    state = { ...state, ...changes };
    replaceQueryState(MAP_STATE_SCHEMA, changes);
    applyPageChrome();
    syncControls();
    const needsData =
      state.province !== before.province || figureOf(state) !== figureOf(before) || state.chain !== before.chain || network === null;
    if (needsData) void refresh();
    else draw();
  }

  function featureName(feature: MapFeature | undefined, code: string): string {
    if (feature === undefined) return code;
    return language === 'zh' ? (feature.properties.fullNameZh ?? feature.properties.nameZh) : feature.properties.name;
  }

  function regionName(code: string): string {
    const feature = [...(boundaries?.features ?? []), ...(provinces?.features ?? [])].find((f) => f.properties.code === code);
    return featureName(feature, code);
  }

  function chainName(id: string): string {
    const chain = chains?.find((c) => c.id === id);
    if (chain === undefined) return id;
    return language === 'zh' && chain.nameZh ? chain.nameZh : chain.name;
  }

  function syncControls(): void {
    const figure = figureOf(state);
    figureSelect.property('value', figure);
    chainField.property('hidden', figure !== 'coverage');
    const list = chains ?? [];
    chainSelect
      .selectAll('option')
      .data([
        { id: '', label: t('chooseChain') },
        ...list.map((chain) => ({ id: chain.id, label: chainName(chain.id) })),
        ...(state.chain !== '' && !list.some((c) => c.id === state.chain) ? [{ id: state.chain, label: state.chain }] : []),
      ])
      .join('option')
      .attr('value', (d) => d.id)
      .text((d) => d.label);
    chainSelect.property('value', state.chain);
    flowsBox.property('checked', state.flows);
    backButton.property('hidden', state.province === '');
    heading.text(state.province === '' ? t('headingProvinces') : t('headingPrefectures', { province: regionName(state.province) }));
  }

  async function loadChains(): Promise<void> {
    try {
      const answer = await request<MapChainsResult>(MAP_CHAINS_QUERY, undefined, { signal: mounted.signal });
      chains = answer.industryChains;
      syncControls();
      if (figureOf(state) === 'coverage') draw();
    } catch (error) {
      if (mounted.signal.aborted) return;
      showStatus(notes.append('div').node() as HTMLElement, 'error', t('figuresFailed', { reason: errorMessage(error) }));
    }
  }

  function coverageKey(province: string, chain: string): string {
    return `${province}|${chain}`;
  }

  async function refresh(): Promise<void> {
    load?.abort();
    load = new AbortController();
    const signal = AbortSignal.any([load.signal, mounted.signal]);
    if (svg === null) showStatus(status, 'loading', t('loading'));
    canvas.setAttribute('aria-busy', 'true');
    try {
      const wanted = state;
      const jobs: Promise<unknown>[] = [];
      jobs.push(
        fetchBoundaries('', signal).then((answer) => {
          provinces = answer;
        }),
      );
      const boundaryJob = fetchBoundaries(wanted.province, signal);
      if (network === null) {
        jobs.push(
          request<MapNetworkResult, MapNetworkVariables>(MAP_NETWORK_QUERY, { filter: { limit: NETWORK_LIMIT } }, { signal }).then((answer) => {
            network = answer.network;
          }),
        );
      }
      // The provinces' figures too when a province is open: the province itself may be selected.
      for (const province of new Set(['', wanted.province])) {
        if (figures.has(province)) continue;
        jobs.push(
          request<MapRegionFiguresResult, MapRegionFiguresVariables>(
            MAP_REGION_FIGURES_QUERY,
            { regionLevel: province === '' ? 'province' : 'prefecture', withinRegion: province === '' ? null : province },
            { signal },
          ).then((answer) => {
            figures.set(province, answer.regionFigures);
          }),
        );
      }
      if (figureOf(wanted) === 'coverage' && wanted.chain !== '') {
        for (const province of new Set(['', wanted.province])) {
          const key = coverageKey(province, wanted.chain);
          if (coverage.has(key)) continue;
          jobs.push(
            request<MapCoverageResult, MapCoverageVariables>(
              MAP_COVERAGE_QUERY,
              { regionLevel: province === '' ? 'province' : 'prefecture', withinRegion: province === '' ? null : province, chainIds: [wanted.chain] },
              { signal },
            ).then((answer) => {
              coverage.set(key, answer.coverageMatrix.cells);
            }),
          );
        }
      }
      const [shapes] = await Promise.all([boundaryJob, ...jobs]);
      if (signal.aborted) return;
      boundaries = shapes;
      status.replaceChildren();
      syncControls();
      draw();
    } catch (error) {
      if (signal.aborted) return;
      svg = null;
      canvas.replaceChildren();
      tools.attr('hidden', true);
      showStatus(status, 'error', t('failed', { reason: errorMessage(error) }));
    } finally {
      if (!signal.aborted) canvas.removeAttribute('aria-busy');
    }
  }

  /** The province whose prefectures a region is among ('' for a province). */
  function parentOf(code: string): string {
    return /^\d{2}0000$/.test(code) ? '' : `${code.slice(0, 2)}0000`;
  }

  function cellOf(code: string): MapCoverageCell | null {
    return coverage.get(coverageKey(parentOf(code), state.chain))?.find((cell) => cell.regionCode === code) ?? null;
  }

  function figuresOf(code: string): MapRegionFigures | null {
    return figures.get(parentOf(code))?.find((row) => row.regionCode === code) ?? null;
  }

  function values(figure: MapFigure): Map<string, number> {
    if (figure === 'coverage') {
      const result = new Map<string, number>();
      for (const feature of boundaries?.features ?? []) {
        const cell = cellOf(feature.properties.code);
        // Nothing recorded there: no figure (hatched), rather than 0 %.
        // No segments recorded: no figure either (not 0 %).
        if (cell === null || cell.segmentCoverage === null || (cell.enterpriseCount === 0 && cell.coveredSegmentCount === 0)) continue;
        result.set(feature.properties.code, cell.segmentCoverage);
      }
      return result;
    }
    const shown = new Map<string, number>();
    for (const row of figures.get(state.province) ?? []) shown.set(row.regionCode, row[figure]);
    return countValues(shown);
  }

  function draw(): void {
    if (boundaries === null || network === null) return;
    const figure = figureOf(state);
    const codes = new Set(boundaries.features.map((f) => f.properties.code));
    counts = regionCounts(network.nodes, network.links, codes);
    const shown = values(figure);
    notes.selectChildren().remove();
    if (network.truncated) {
      showStatus(notes.append('div').node() as HTMLElement, 'info', t('truncated', { total: network.totalNodes, shown: network.nodes.length }));
    }
    if (figure === 'coverage' && state.chain === '') {
      showStatus(notes.append('div').node() as HTMLElement, 'info', chains !== null && chains.length === 0 ? t('noChains') : t('chooseChainHint'));
    }
    notes.append('p').attr('class', 'note').text(t('figuresNote'));

    const legend =
      figure === 'coverage'
        ? t('legendCoverage', { chain: state.chain === '' ? '—' : chainName(state.chain) })
        : t(figure === 'agreements' ? 'legendAgreements' : figure === 'institutions' ? 'legendInstitutions' : 'legendEnterprises');
    const hadFocus = svg?.contains(document.activeElement) === true ? (document.activeElement?.getAttribute('data-code') ?? null) : null;
    // The map fills its box's width, as tall as its shape needs up to a cap. A province's
    // prefectures may stand taller than the screen (Shaanxi is twice as tall as wide): capped at
    // 62 % of the screen's height, such a map took a third of the width and left the rest empty,
    // so a province's map may be a screen and a quarter tall, the country's (about square with
    // the South China Sea) 90 % of one.
    const width = Math.max(300, Math.min(canvas.clientWidth || 900, 1000));
    const maxHeight = state.province === '' ? Math.max(380, Math.round(window.innerHeight * 0.9)) : Math.max(480, Math.round(window.innerHeight * 1.25));
    const regionsLabel = state.province === '' ? t('regionsProvinces') : t('regionsPrefectures', { province: regionName(state.province) });
    const formatValue = figure === 'coverage' ? formatPercent : (v: number) => count(Math.round(v));
    svg = mapChoropleth(
      boundaries,
      shown,
      {
        width,
        maxHeight,
        showLabels: state.province !== '',
        scale: figure === 'coverage' ? 'linear' : 'sqrt',
        valueKind: figure === 'coverage' ? 'share' : 'count',
        domainMax: figure === 'coverage' ? 1 : null,
        formatValue,
        regionLabel: (feature) => (language === 'zh' ? feature.properties.nameZh : feature.properties.name),
        regionTitle: (feature, value) =>
          value === null
            ? t('regionNoData', { region: featureName(feature, feature.properties.code) })
            : t('regionTitle', { region: featureName(feature, feature.properties.code), value: formatValue(value) }),
        labels: {
          title: t('mapTitle', { regions: regionsLabel, figure: figureLabels[figure] }),
          legend,
          noData: figure === 'coverage' ? t('noDataCoverage') : t('noData'),
          source: t('source'),
        },
        selected: state.region === '' ? null : state.region,
        onSelect: (code) => (state.province === '' ? update({ province: code, region: code }) : update({ region: code })),
        flows: state.flows ? counts.flows : [],
        flowOptions: { title: flowTitle },
      },
    );
    svg.setAttribute('data-testid', 'map-svg');
    svg.setAttribute('data-level', state.province === '' ? 'province' : 'prefecture');
    canvas.replaceChildren(svg);
    tools.attr('hidden', null);
    if (hadFocus !== null) svg.querySelector<SVGPathElement>(`path.region[data-code="${hadFocus}"]`)?.focus();
    drawPanel();
  }

  function flowTitle(flow: RegionFlow): string {
    return t('flowTitle', { a: regionName(flow.source), b: regionName(flow.target), links: flow.links, agreements: flow.agreements });
  }

  function drawPanel(): void {
    panel.selectChildren().remove();
    // With a province open and no prefecture chosen, the panel shows the province's own figures:
    // a tall province's map leaves the side of its box to them rather than empty.
    const code = state.region !== '' ? state.region : state.province;
    if (code === '' || network === null) {
      panel.attr('hidden', true);
      return;
    }
    panel.attr('hidden', null);
    const name = regionName(code);
    const own = figuresOf(code);
    const figure = (value: number | undefined) => count(value ?? 0);
    panel.append('h3').attr('data-testid', 'map-panel-heading').text(t('panelHeading', { region: name }));
    const list = panel.append('dl').attr('class', 'map-figures').attr('aria-label', t('panelFigures', { region: name }));
    const rows: [string, string, string][] = [
      ['agreements', t('agreements'), figure(own?.agreements)],
      ['institutions', t('institutions'), figure(own?.institutions)],
      ['partnered-institutions', t('partneredInstitutions'), figure(own?.partneredInstitutions)],
      ['enterprises', t('enterprises'), figure(own?.enterprises)],
      ['partnered-enterprises', t('partneredEnterprises'), figure(own?.partneredEnterprises)],
      ['governments', t('governments'), figure(own?.governments)],
    ];
    if (figureOf(state) === 'coverage' && state.chain !== '') {
      const cell = cellOf(code);
      // No cell: the chain has a place and this region is outside it (the matrix has no cell there).
      if (cell === null && coverage.has(coverageKey(parentOf(code), state.chain))) {
        rows.push(['coverage', t('coverage', { chain: chainName(state.chain) }), t('coverageOutside')]);
      }
      if (cell !== null) {
        rows.push([
          'chain-enterprises',
          t('chainEnterprises', { chain: chainName(state.chain) }),
          t('chainEnterprisesCount', { n: count(cell.enterpriseCount), partnered: count(cell.partneredEnterpriseCount) }),
        ]);
        rows.push([
          'coverage',
          t('coverage', { chain: chainName(state.chain) }),
          cell.segmentCoverage === null
            ? t('coverageNotRecorded')
            : cell.enterpriseCount === 0 && cell.coveredSegmentCount === 0
              ? t('coverageNone')
              : t('coverageCount', { percent: formatPercent(cell.segmentCoverage), covered: cell.coveredSegmentCount, total: cell.segmentCount }),
        ]);
      }
    }
    for (const [key, label, value] of rows) {
      // A chain's rows have long names and values: each takes the panel's width, value below.
      const kind = key.startsWith('partnered') ? 'map-figure-part' : key === 'chain-enterprises' || key === 'coverage' ? 'map-figure-wide' : null;
      list.append('dt').attr('class', kind).text(label);
      list.append('dd').attr('class', kind).attr('data-figure', key).text(value);
    }
    const links = regionLinks(code, window.location.search);
    panel.append('p').attr('class', 'map-open-in').text(t('openIn', { region: name }));
    const nav = panel.append('ul').attr('class', 'map-links');
    nav.append('li').append('a').attr('href', links.network).attr('data-testid', 'map-open-network').text(t('openNetwork'));
    nav.append('li').append('a').attr('href', links.coverage).attr('data-testid', 'map-open-coverage').text(t('openCoverage'));
    nav.append('li').append('a').attr('href', links.timeline).attr('data-testid', 'map-open-timeline').text(t('openTimeline'));
    if (state.region === '') return;
    panel
      .append('button')
      .attr('type', 'button')
      .attr('class', 'map-close')
      .text(t('closePanel'))
      .on('click', () => update({ region: '' }));
  }

  return () => {
    clearTimeout(resizeTimer);
    load?.abort();
    mounted.abort();
  };
};
