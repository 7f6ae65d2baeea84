import { request } from '../api/graphql-client';
import { fileSlug } from '../export/trigger-download';
import { displayName } from '../i18n/display-name';
import { applyPageChrome } from '../i18n/page-chrome';
import { documentTitle } from '../router/document-title';
import { readQueryState, replaceQueryState } from '../state/query-state';
import { METRICS_UPDATED_EVENT } from '../ui/metrics-status';
import { renderStaleFiguresNote } from '../ui/stale-figures';
import { errorMessage } from '../ui/status-message';
import { colourGroups, NO_HIGHLIGHT, orderBySize, type Highlight, type Scene } from './canvas-renderer';
import { createCanvasStage } from './canvas-stage';
import { colourScale, outsideCount, type ColourScale } from './colour-scales';
import { fetchNeighbours } from './fetch-neighbours';
import { buildExplorerDom, explorerText } from './explorer-dom';
import {
  composeShown,
  createExplorerState,
  detailsOf,
  egoArrived,
  expandEnded,
  expandStarted,
  isBusy,
  layoutStarted,
  layoutStepped,
  layoutStopped,
  missingEgos,
  networkArrived,
  networkFailed,
  networkRequested,
  pathArrived,
  pathFailed,
  pathPanelStatus,
  pathStarted,
  selectedNode,
  shownPath,
  showNetwork,
  showSearchHit,
  takePendingCentre,
  togglePin,
  urlChanged,
} from './explorer-state';
import { t } from './explorer-text';
import { createExportToolbar } from './export-toolbar';
import { createFiltersPanel } from './filters-panel';
import { DEFAULT_SEED } from './force-layout';
import { highlightIndices } from './highlight-indices';
import { createHoverCard } from './hover-card';
import { createLayoutClient } from './layout-client';
import { layoutNote, legendItems, legendTitle, renderLegend, sizeTitle } from './legend';
import { legendInsets } from './legend-cover';
import { networkExportHref, networkFilterVariables } from './network-filter';
import { networkPngBlob } from './network-image';
import { createNameBook } from './name-book';
import {
  FILTER_OPTIONS_QUERY,
  NETWORK_QUERY,
  PATH_QUERY,
  type FilterOptionsResult,
  type NetworkData,
  type NetworkResult,
  type NetworkVariables,
  type PathResult,
  type PathVariables,
  type SearchHit,
} from './network-query';
import {
  CLEARED_FILTERS,
  colourMode,
  hasFilters,
  layoutMode,
  NETWORK_URL_SCHEMA,
  sizeMode,
  type NetworkUrlState,
} from './network-url-state';
import { centreCodes, nodeAnchors, REGION_CENTRES_QUERY, type RegionCentresResult, type RegionCentresVariables } from './region-centres';
import { renderRegionRule } from './region-rule-notice';
import { createNodeDetails } from './node-details';
import { createPathPanel, MAX_PATH_HOPS } from './path-panel';
import { createSearchBox } from './search-box';
import { showOverlay } from './stage-overlay';
import { sizeScale, type SizeScale } from './size-scales';
import { syntheticNetwork } from './synthetic-network';
import { installNodePositionHook, syntheticSize } from './test-hooks';
import { renderTruncationNotice } from './truncation-notice';

/**
 * `/network`: the cooperation network on a canvas, with its filters, search, path finder and
 * legend. All state lives in the query string and the explorer's state (explorer-state.ts); this
 * function asks the API, feeds the answers to that state, draws what it holds and forwards the
 * page's events, and returns the cleanup the router calls when the view goes.
 */
export function mountNetworkExplorer(root: HTMLElement): () => void {
  const dom = buildExplorerDom(root);
  document.title = documentTitle(explorerText('title'));
  const state = createExplorerState(readQueryState(NETWORK_URL_SCHEMA));
  const synthetic = syntheticSize();
  const life = new AbortController();
  let networkLoad: AbortController | null = null;
  let pathLoad: AbortController | null = null;
  /** What is drawn now: the scene and the scales it was coloured and sized with. */
  let drawn: { readonly scene: Scene; readonly colour: ColourScale; readonly size: SizeScale } | null = null;
  let highlight: Highlight = NO_HIGHLIGHT;
  /** Region centres (longitude, latitude) by code, for the geographic layout: provinces with the options, the rest as needed. */
  const centres = new Map<string, readonly [number, number]>();

  // ---- Names -------------------------------------------------------------------------------

  const book = createNameBook();
  const { regionName, nameOf, describeHit } = book;
  const searchOrganisations = book.searchOrganisations;
  const profileHref = (id: string): string => {
    const lang = new URLSearchParams(window.location.search).get('lang');
    return `/org/${encodeURIComponent(id)}${lang ? `?lang=${encodeURIComponent(lang)}` : ''}`;
  };

  // ---- Parts -------------------------------------------------------------------------------

  const hoverCard = createHoverCard(dom.stage, regionName);
  const stage = createCanvasStage(dom.stage, dom.canvas, {
    onHover: (index, x, y) => {
      const node = index >= 0 ? state.graph?.nodes[index] : undefined;
      if (node === undefined) hoverCard.hide();
      else hoverCard.show(node, x, y);
    },
    onClick: (index, event) => {
      const node = index >= 0 ? state.graph?.nodes[index] : undefined;
      if (node === undefined) {
        if (state.url.selected !== null) write({ selected: null });
      } else if (event.ctrlKey || event.metaKey) window.open(profileHref(node.id), '_blank', 'noopener');
      else write({ selected: node.id });
    },
    onDoubleClick: (index) => {
      const node = state.graph?.nodes[index];
      if (node !== undefined) openProfile(node.id);
    },
    onEscape: () => write({ selected: null }),
    onEnter: () => {
      if (state.url.selected !== null) openProfile(state.url.selected);
    },
    covered: () => {
      const open = dom.legend.querySelector('details')?.open === true;
      return legendInsets(dom.stage.getBoundingClientRect(), open ? dom.legend.getBoundingClientRect() : null);
    },
  });
  // Folding or unfolding the legend refits the network beside it, unless the user has moved the view.
  // (toggle does not bubble: it is caught on its way down.)
  dom.legend.addEventListener('toggle', () => stage.fit(), true);
  const layout = createLayoutClient();

  const search = createSearchBox(dom.controls, {
    id: 'network-find',
    label: t('find'),
    placeholder: t('findPlaceholder'),
    search: searchOrganisations,
    describe: describeHit,
    onPick: (hit) => void pickHit(hit),
  });
  search.input.closest('.network-search')?.classList.add('network-panel', 'network-find');

  const pathPanel = createPathPanel(dom.controls, {
    search: searchOrganisations,
    describe: describeHit,
    nameOf,
    onSetEnd: (end, id) => write(end === 'pathFrom' ? { pathFrom: id } : { pathTo: id }),
    onSelectNode: (id) => selectNode(id, true),
  });

  const filters = createFiltersPanel(dom.controls, state.url, {
    onChange: (changes) => write(changes),
    isBusy: () => isBusy(state),
  });

  const details = createNodeDetails(dom.stage, regionName, {
    profileHref,
    onClose: () => {
      write({ selected: null });
      dom.canvas.focus();
    },
    onExpand: (id) => void expand(id),
    onTogglePin: (id) => write(togglePin(state.url, id)),
    onPathFrom: (id) => write({ pathFrom: id }),
    onPathTo: (id) => write({ pathTo: id }),
  });

  const exports = createExportToolbar(dom.toolbar, {
    picture,
    graphmlHref: () => networkExportHref(state.url),
    gexfHref: () => networkExportHref(state.url, 'gexf'),
    nodes: () => state.graph?.nodes ?? [],
  });

  dom.zoomIn.addEventListener('click', () => stage.zoomBy(1.5));
  dom.zoomOut.addEventListener('click', () => stage.zoomBy(1 / 1.5));
  dom.fit.addEventListener('click', () => stage.fit(true));

  const removeHook = installNodePositionHook((id) => {
    const index = state.graph?.indexById.get(id);
    return index === undefined ? null : stage.clientPosition(index);
  });

  // ---- The URL -----------------------------------------------------------------------------

  function write(changes: Partial<NetworkUrlState>): void {
    replaceQueryState(NETWORK_URL_SCHEMA, changes);
    const effects = urlChanged(state, readQueryState(NETWORK_URL_SCHEMA));
    // The language switch's link carries the whole state too.
    applyPageChrome();
    filters.setState(state.url);
    exports.refresh();
    if (effects.reload) {
      void loadNetwork();
      return;
    }
    if (effects.restyle) restyle();
    if (effects.recompose) recompose();
    if (effects.path) void loadPath();
    if (effects.relayout) {
      restyle();
      startLayout(null, true);
    }
    refreshHighlight();
  }

  function showMessage(text: string | null): void {
    dom.message.hidden = text === null;
    dom.message.textContent = text ?? '';
  }

  // ---- Loading -----------------------------------------------------------------------------

  async function loadOptions(): Promise<void> {
    try {
      const options = await request<FilterOptionsResult>(FILTER_OPTIONS_QUERY, undefined, { signal: life.signal });
      book.setProvinces(options.regions);
      for (const region of options.regions) if (region.lat != null && region.lon != null) centres.set(region.code, [region.lon, region.lat]);
      filters.setOptions(options);
      if (drawn !== null) renderLegend(dom.legend, drawn.colour, drawn.size, regionName, outsideCount(drawn.scene.model.nodes), currentLayoutNote());
      renderRegionRule(dom.regionRule, state.url, state.graph?.nodes ?? null, regionName);
    } catch (error) {
      if (life.signal.aborted) return;
      filters.setOptions(null);
      showMessage(t('optionsFailed', { message: errorMessage(error) }));
    }
  }

  async function loadNetwork(): Promise<void> {
    networkLoad?.abort();
    const controller = new AbortController();
    networkLoad = controller;
    const { signal } = controller;
    life.signal.addEventListener('abort', () => controller.abort(), { once: true });
    networkRequested(state);
    renderRegionRule(dom.regionRule, state.url, null, regionName);
    layout.cancel();
    dom.canvas.dataset['layout'] = 'loading';
    overlay('loading');
    try {
      const [network] = await Promise.all([
        synthetic !== null
          ? Promise.resolve({ ...syntheticNetwork(synthetic), metricsStale: false, metricsComputedAt: null })
          : request<NetworkResult, NetworkVariables>(NETWORK_QUERY, { filter: networkFilterVariables(state.url) }, { signal }).then((r) => r.network),
        ensureEgos(state.url.expanded, signal),
        ensurePath(signal),
      ]);
      if (signal.aborted) return;
      renderStaleFiguresNote(dom.stale, network);
      networkArrived(state, network);
      recompose();
    } catch (error) {
      if (signal.aborted) return;
      networkFailed(state);
      renderStaleFiguresNote(dom.stale, null);
      stage.setScene(null);
      dom.legend.replaceChildren();
      dom.summary.textContent = '';
      dom.canvas.dataset['layout'] = 'error';
      overlay('error', errorMessage(error));
    }
  }

  /** Fetches the ego networks not yet known; a failure is said, and the rest still shown. */
  async function ensureEgos(ids: readonly string[], signal: AbortSignal): Promise<void> {
    await Promise.all(
      missingEgos(state, ids).map(async (id) => {
        try {
          const ego = await fetchNeighbours(id, signal);
          if (ego !== null) egoArrived(state, id, ego);
          for (const node of ego?.nodes ?? []) book.remember(node);
        } catch (error) {
          if (!signal.aborted) showMessage(t('neighboursFailed', { name: nameOf(id), message: errorMessage(error) }));
        }
      }),
    );
  }

  /** Fetches the path between the URL's two ends when they changed. */
  async function ensurePath(signal: AbortSignal): Promise<void> {
    const start = pathStarted(state);
    if (start.kind === 'unchanged') return;
    pathLoad?.abort();
    if (start.kind === 'none') return;
    const controller = new AbortController();
    pathLoad = controller;
    signal.addEventListener('abort', () => controller.abort(), { once: true });
    refreshPanels();
    try {
      const result = await request<PathResult, PathVariables>(
        PATH_QUERY,
        { fromId: start.fromId, toId: start.toId, maxHops: MAX_PATH_HOPS },
        { signal: controller.signal },
      );
      if (controller.signal.aborted || !pathArrived(state, start.key, result.path)) return;
      for (const end of [result.path.from, result.path.to]) if (end) book.remember(end);
      for (const route of result.path.paths) for (const node of route.nodes) book.remember(node);
    } catch (error) {
      if (controller.signal.aborted) return;
      pathFailed(state, start.key, errorMessage(error));
    }
  }

  async function loadPath(): Promise<void> {
    await ensurePath(life.signal);
    if (life.signal.aborted) return;
    recompose();
    refreshHighlight();
  }

  // ---- Data to picture ---------------------------------------------------------------------

  /** Draws the network to show when it changed; else only the highlight. */
  function recompose(): void {
    const composition = composeShown(state);
    if (composition.kind === 'waiting') return;
    if (composition.kind === 'same') refreshHighlight();
    else applyData(composition.network);
  }

  function applyData(next: NetworkData): void {
    const initial = showNetwork(state, next);
    const built = state.graph!;
    for (const node of built.nodes) book.remember(node);
    const count = built.nodes.length;
    restyle();
    dom.canvas.dataset['nodeCount'] = String(count);
    dom.canvas.dataset['linkCount'] = String(built.links.length);
    const added = built.nodes.filter((node) => node.added).length;
    dom.summary.textContent = added > 0 ? t('summaryAdded', { nodes: count, links: built.links.length, added }) : t('summary', { nodes: count, links: built.links.length });
    renderTruncationNotice(dom.truncation, next, built.links.length);
    renderRegionRule(dom.regionRule, state.url, built.nodes, regionName);
    refreshHighlight();
    if (count === 0) {
      layout.cancel();
      layoutStopped(state, false);
      dom.canvas.dataset['layout'] = 'done';
      dom.progress.hidden = true;
      dom.legend.replaceChildren();
      overlay('empty');
      return;
    }
    overlay(null);
    startLayout(initial);
  }

  /**
   * Lays the graph out in the URL's layout: force from `initial` (where organisations last stood),
   * rings around the selection (or the strongest), or at each region's centre (fetched first when
   * some are not known yet). `refit` brings the whole new picture into view.
   */
  function startLayout(initial: Float32Array | null, refit = false): void {
    if (state.graph === null || drawn === null) return;
    const forGraph = state.graph;
    const radii = drawn.size.radii;
    const mode = layoutMode(state.url);
    dom.canvas.dataset['layoutMode'] = mode;
    layoutStarted(state);
    dom.canvas.dataset['layout'] = 'running';
    showProgress(0);
    if (mode === 'geo') {
      const missing = centreCodes(forGraph.nodes).filter((code) => !centres.has(code));
      if (missing.length > 0) {
        void fetchCentres(missing).then(() => {
          if (state.graph === forGraph && layoutMode(state.url) === 'geo') startLayout(initial, refit);
        });
        return;
      }
    }
    const selected = state.url.selected === null ? undefined : forGraph.indexById.get(state.url.selected);
    let fitted = !refit;
    layout.run(
      {
        mode,
        count: forGraph.nodes.length,
        linkEnds: forGraph.linkEnds,
        linkWeights: forGraph.linkWeights,
        radii,
        initial: mode === 'force' ? initial : null,
        seed: DEFAULT_SEED,
        centre: selected ?? 0,
        anchors: mode === 'geo' ? nodeAnchors(forGraph.nodes, centres) : null,
      },
      (step) => {
        if (!layoutStepped(state, forGraph, step.positions)) return;
        stage.positionsChanged();
        if (!fitted) {
          fitted = true;
          stage.fit(true);
        } else stage.followLayout();
        const centre = step.done ? takePendingCentre(state) : null;
        if (centre !== null) {
          // A node brought in by a search: make sure it ends up in view.
          const index = forGraph.indexById.get(centre);
          if (index !== undefined && stage.clientPosition(index) === null) stage.centreOn(index);
        }
        if (step.done) {
          layoutStopped(state, true);
          dom.canvas.dataset['layout'] = 'done';
          dom.progress.hidden = true;
        } else showProgress(step.ticks / step.totalTicks);
      },
    );
  }

  /** Region centres not known yet, from the regions table; a failure leaves those organisations with the unplaced. */
  async function fetchCentres(codes: readonly string[]): Promise<void> {
    try {
      const answer = await request<RegionCentresResult, RegionCentresVariables>(REGION_CENTRES_QUERY, { codes }, { signal: life.signal });
      for (const region of answer.regions) if (region.lat !== null && region.lon !== null) centres.set(region.code, [region.lon, region.lat]);
    } catch (error) {
      if (life.signal.aborted) return;
      showMessage(errorMessage(error));
    }
    // Asked once: a code the table has no centre for is not asked again.
    for (const code of codes) if (!centres.has(code)) centres.set(code, [Number.NaN, Number.NaN]);
  }

  function showProgress(fraction: number): void {
    dom.progress.hidden = false;
    dom.progress.textContent = t('laying', { n: state.graph?.nodes.length ?? 0, pct: Math.round(fraction * 100) });
  }

  /** Colours, sizes and the legend for the current modes; no new layout. */
  function restyle(): void {
    if (state.graph === null) return;
    const graph = state.graph;
    const colour = colourScale(colourMode(state.url), graph.nodes);
    const size = sizeScale(sizeMode(state.url), graph.nodes);
    const outside = outsideCount(graph.nodes);
    const scene: Scene = {
      model: graph,
      positions: state.positions,
      radii: size.radii,
      colours: colour.colours,
      colourGroups: colourGroups(colour.colours),
      bySize: orderBySize(size.radii),
      labelOf: (i) => displayName(graph.nodes[i]!),
      hollow: outside > 0 ? Uint8Array.from(graph.nodes, (node) => (node.outsideRegions === true ? 1 : 0)) : null,
    };
    drawn = { scene, colour, size };
    stage.setScene(scene);
    renderLegend(dom.legend, colour, size, regionName, outside, currentLayoutNote());
    dom.canvas.dataset['colour'] = colour.mode;
    dom.canvas.dataset['size'] = size.mode;
  }

  /** The legend's words on the layout shown: who is in the middle of the rings, where the map puts whom. */
  function currentLayoutNote(): string | null {
    const graph = state.graph;
    const centre = graph === null ? undefined : graph.nodes[(state.url.selected === null ? undefined : graph.indexById.get(state.url.selected)) ?? 0];
    return layoutNote(layoutMode(state.url), centre === undefined ? '' : displayName(centre));
  }

  /** The selection, pins and path as node indices; the panels that show them. */
  function refreshHighlight(): void {
    highlight = highlightIndices(state.graph, state.url, shownPath(state));
    stage.setHighlight(highlight);
    dom.canvas.dataset['pathNodes'] = String(highlight.pathNodes?.size ?? 0);
    dom.canvas.dataset['pathLinks'] = String(highlight.pathLinks?.size ?? 0);
    dom.canvas.dataset['selected'] = state.url.selected ?? '';
    refreshPanels();
  }

  function refreshPanels(): void {
    const selected = selectedNode(state);
    if (selected === undefined) details.hide();
    else details.show(selected, detailsOf(state, selected.id));
    pathPanel.update({ fromId: state.url.pathFrom, toId: state.url.pathTo, status: pathPanelStatus(state) });
  }

  function overlay(kind: 'loading' | 'error' | 'empty' | null, message = ''): void {
    if (kind === 'loading') showOverlay(dom.status, { kind });
    else if (kind === 'error') showOverlay(dom.status, { kind, message, retry: () => void loadNetwork() });
    else if (kind === 'empty') showOverlay(dom.status, { kind, filtered: hasFilters(state.url), clearFilters: () => write({ ...CLEARED_FILTERS }) });
    else showOverlay(dom.status, null);
  }

  // ---- Actions -----------------------------------------------------------------------------

  function selectNode(id: string, centre: boolean): void {
    write({ selected: id });
    const index = state.graph?.indexById.get(id);
    if (centre && index !== undefined) stage.centreOn(index);
  }

  function openProfile(id: string): void {
    // Through a link, so the router shows the profile without a page load.
    const link = document.createElement('a');
    link.href = profileHref(id);
    link.hidden = true;
    dom.view.append(link);
    link.click();
    link.remove();
  }

  async function expand(id: string): Promise<void> {
    if (!expandStarted(state, id)) return;
    refreshPanels();
    await ensureEgos([id], life.signal);
    const arrived = expandEnded(state, id);
    if (life.signal.aborted) return;
    if (arrived) write({ expanded: [...state.url.expanded, id] });
    else refreshPanels();
  }

  /** A search result: selected and centred when shown, else brought in with its partners first. */
  async function pickHit(hit: SearchHit): Promise<void> {
    book.remember(hit);
    if (state.graph?.indexById.has(hit.id)) {
      showMessage(null);
      selectNode(hit.id, true);
      return;
    }
    await ensureEgos([hit.id], life.signal);
    const ego = state.egos.get(hit.id);
    if (life.signal.aborted || ego === undefined) return;
    showMessage(ego.nodes.length > 1 ? t('searchAdded', { name: displayName(hit) }) : t('searchAlone', { name: displayName(hit) }));
    state.pendingCentre = hit.id;
    write(showSearchHit(state.url, hit.id));
  }

  /** The chart as drawn now, with its title and legend, as a PNG. */
  async function picture(): Promise<{ blob: Blob; filename: string }> {
    if (drawn === null) throw new Error(t('loading'));
    const { scene, colour, size } = drawn;
    const blob = await networkPngBlob(scene, highlight, stage.viewport(), {
      title: explorerText('title'),
      subtitle: dom.summary.textContent ?? '',
      legendTitle: legendTitle(colour),
      legend: legendItems(colour, regionName, outsideCount(scene.model.nodes)),
      sizeTitle: sizeTitle(size),
    });
    return { blob, filename: `${fileSlug('alliance-atlas-network', colour.mode, size.mode)}.png` };
  }

  // ---- Start -------------------------------------------------------------------------------

  // A recompute of the stored metrics ended (ui/metrics-status.ts): the figures shown are out of date.
  const onMetricsUpdated = (): void => void loadNetwork();
  window.addEventListener(METRICS_UPDATED_EVENT, onMetricsUpdated);
  void loadOptions();
  void loadNetwork();

  return () => {
    window.removeEventListener(METRICS_UPDATED_EVENT, onMetricsUpdated);
    life.abort();
    networkLoad?.abort();
    pathLoad?.abort();
    layout.dispose();
    stage.dispose();
    filters.dispose();
    search.dispose();
    pathPanel.dispose();
    removeHook();
  };
}
