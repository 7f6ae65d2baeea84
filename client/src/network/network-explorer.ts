import { request } from '../api/graphql-client';
import { fileSlug } from '../export/trigger-download';
import { displayName } from '../i18n/display-name';
import { applyPageChrome } from '../i18n/page-chrome';
import { documentTitle } from '../router/document-title';
import { readQueryState, replaceQueryState } from '../state/query-state';
import { errorMessage } from '../ui/status-message';
import { colourGroups, NO_HIGHLIGHT, orderBySize, type Highlight, type Scene } from './canvas-renderer';
import { createCanvasStage } from './canvas-stage';
import { colourScale, type ColourScale } from './colour-scales';
import { fetchNeighbours } from './fetch-neighbours';
import { buildExplorerDom, explorerText } from './explorer-dom';
import { t } from './explorer-text';
import { createExportToolbar } from './export-toolbar';
import { createFiltersPanel } from './filters-panel';
import { DEFAULT_SEED } from './force-layout';
import { buildGraphModel, type GraphModel } from './graph-model';
import { highlightIndices } from './highlight-indices';
import { createHoverCard } from './hover-card';
import { createLayoutClient } from './layout-client';
import { legendItems, legendTitle, renderLegend, sizeTitle } from './legend';
import { mergeNetwork } from './merge-network';
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
  type PathData,
  type PathResult,
  type PathVariables,
  type SearchHit,
} from './network-query';
import {
  CLEARED_FILTERS,
  colourMode,
  FILTER_KEYS,
  hasFilters,
  NETWORK_URL_SCHEMA,
  sizeMode,
  type NetworkUrlState,
} from './network-url-state';
import { createNodeDetails } from './node-details';
import { createPathPanel, MAX_PATH_HOPS, type PathStatus } from './path-panel';
import { pathAsNetwork, pathHighlight } from './path-highlight';
import { createSearchBox } from './search-box';
import { showOverlay } from './stage-overlay';
import { sizeScale, type SizeScale } from './size-scales';
import { syntheticNetwork } from './synthetic-network';
import { installNodePositionHook, syntheticSize } from './test-hooks';
import { renderTruncationNotice } from './truncation-notice';

/**
 * `/network`: the cooperation network on a canvas, with its filters, search, path finder and
 * legend. All state lives in the query string; this function wires the parts together and
 * returns the cleanup the router calls when the view goes.
 */
export function mountNetworkExplorer(root: HTMLElement): () => void {
  const dom = buildExplorerDom(root);
  document.title = documentTitle(explorerText('title'));
  let state: NetworkUrlState = readQueryState(NETWORK_URL_SCHEMA);
  const synthetic = syntheticSize();
  const life = new AbortController();
  let networkLoad: AbortController | null = null;
  let pathLoad: AbortController | null = null;

  let options: FilterOptionsResult | null = null;
  let base: NetworkData | null = null;
  let baseVersion = 0;
  let dataSignature = '';
  const egos = new Map<string, NetworkData>();
  const expanding = new Set<string>();
  let pathKey: string | null = null;
  let pathData: PathData | null = null;
  let pathStatus: PathStatus = { kind: 'idle' };
  let model: GraphModel | null = null;
  let colour: ColourScale | null = null;
  let size: SizeScale | null = null;
  let scene: Scene | null = null;
  let positions = new Float32Array(0);
  let highlight: Highlight = NO_HIGHLIGHT;
  const remembered = new Map<string, readonly [number, number]>();
  let loading = false;
  let layoutRunning = false;
  let pendingCentre: string | null = null;

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
      const node = index >= 0 ? model?.nodes[index] : undefined;
      if (node === undefined) hoverCard.hide();
      else hoverCard.show(node, x, y);
    },
    onClick: (index, event) => {
      const node = index >= 0 ? model?.nodes[index] : undefined;
      if (node === undefined) {
        if (state.selected !== null) write({ selected: null });
      } else if (event.ctrlKey || event.metaKey) window.open(profileHref(node.id), '_blank', 'noopener');
      else write({ selected: node.id });
    },
    onDoubleClick: (index) => {
      const node = model?.nodes[index];
      if (node !== undefined) openProfile(node.id);
    },
    onEscape: () => write({ selected: null }),
    onEnter: () => {
      if (state.selected !== null) openProfile(state.selected);
    },
  });
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

  const filters = createFiltersPanel(dom.controls, state, {
    onChange: (changes) => write(changes),
    isBusy: () => loading || layoutRunning,
  });

  const details = createNodeDetails(dom.stage, regionName, {
    profileHref,
    onClose: () => {
      write({ selected: null });
      dom.canvas.focus();
    },
    onExpand: (id) => void expand(id),
    onTogglePin: (id) => write({ pinned: state.pinned.includes(id) ? state.pinned.filter((p) => p !== id) : [...state.pinned, id] }),
    onPathFrom: (id) => write({ pathFrom: id }),
    onPathTo: (id) => write({ pathTo: id }),
  });

  const exports = createExportToolbar(dom.toolbar, {
    picture,
    graphmlHref: () => networkExportHref(state),
    nodes: () => model?.nodes ?? [],
  });

  dom.zoomIn.addEventListener('click', () => stage.zoomBy(1.5));
  dom.zoomOut.addEventListener('click', () => stage.zoomBy(1 / 1.5));
  dom.fit.addEventListener('click', () => stage.fit(true));

  const removeHook = installNodePositionHook((id) => {
    const index = model?.indexById.get(id);
    return index === undefined ? null : stage.clientPosition(index);
  });

  // ---- State -------------------------------------------------------------------------------

  function write(changes: Partial<NetworkUrlState>): void {
    const previous = state;
    replaceQueryState(NETWORK_URL_SCHEMA, changes);
    state = readQueryState(NETWORK_URL_SCHEMA);
    // The language switch's link carries the whole state too.
    applyPageChrome();
    filters.setState(state);
    exports.refresh();
    const changed = (key: keyof NetworkUrlState) => JSON.stringify(previous[key]) !== JSON.stringify(state[key]);
    if (FILTER_KEYS.some(changed)) {
      void loadNetwork();
      return;
    }
    if (changed('colour') || changed('size')) restyle();
    if (changed('expanded')) recompose();
    if (changed('pathFrom') || changed('pathTo')) void loadPath();
    refreshHighlight();
  }

  function showMessage(text: string | null): void {
    dom.message.hidden = text === null;
    dom.message.textContent = text ?? '';
  }

  // ---- Loading -----------------------------------------------------------------------------

  async function loadOptions(): Promise<void> {
    try {
      options = await request<FilterOptionsResult>(FILTER_OPTIONS_QUERY, undefined, { signal: life.signal });
      book.setProvinces(options.regions);
      filters.setOptions(options);
      if (colour !== null && size !== null) renderLegend(dom.legend, colour, size, regionName);
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
    loading = true;
    layout.cancel();
    layoutRunning = false;
    dom.canvas.dataset['layout'] = 'loading';
    overlay('loading');
    try {
      const [network] = await Promise.all([
        synthetic !== null
          ? Promise.resolve(syntheticNetwork(synthetic))
          : request<NetworkResult, NetworkVariables>(NETWORK_QUERY, { filter: networkFilterVariables(state) }, { signal }).then((r) => r.network),
        ensureEgos(state.expanded, signal),
        ensurePath(signal),
      ]);
      if (signal.aborted) return;
      base = network;
      baseVersion += 1;
      loading = false;
      recompose();
    } catch (error) {
      if (signal.aborted) return;
      loading = false;
      base = null;
      model = null;
      dataSignature = '';
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
      ids
        .filter((id) => !egos.has(id))
        .map(async (id) => {
          try {
            const ego = await fetchNeighbours(id, signal);
            if (ego !== null) egos.set(id, ego);
            for (const node of ego?.nodes ?? []) book.remember(node);
          } catch (error) {
            if (!signal.aborted) showMessage(t('neighboursFailed', { name: nameOf(id), message: errorMessage(error) }));
          }
        }),
    );
  }

  function currentPathKey(): string | null {
    const { pathFrom, pathTo } = state;
    return pathFrom !== null && pathTo !== null && pathFrom !== pathTo ? `${pathFrom}\u0000${pathTo}` : null;
  }

  /** Fetches the path between the URL's two ends when they changed. */
  async function ensurePath(signal: AbortSignal): Promise<void> {
    const key = currentPathKey();
    if (key === pathKey) return;
    pathLoad?.abort();
    pathKey = key;
    pathData = null;
    if (key === null || state.pathFrom === null || state.pathTo === null) {
      pathStatus = { kind: 'idle' };
      return;
    }
    const controller = new AbortController();
    pathLoad = controller;
    signal.addEventListener('abort', () => controller.abort(), { once: true });
    pathStatus = { kind: 'loading' };
    refreshPanels();
    try {
      const result = await request<PathResult, PathVariables>(
        PATH_QUERY,
        { fromId: state.pathFrom, toId: state.pathTo, maxHops: MAX_PATH_HOPS },
        { signal: controller.signal },
      );
      if (controller.signal.aborted || pathKey !== key) return;
      pathData = result.path;
      for (const end of [result.path.from, result.path.to]) if (end) book.remember(end);
      for (const route of result.path.paths) for (const node of route.nodes) book.remember(node);
      pathStatus = { kind: 'done', highlight: pathHighlight(result.path) };
    } catch (error) {
      if (controller.signal.aborted || pathKey !== key) return;
      pathStatus = { kind: 'error', message: errorMessage(error) };
    }
  }

  async function loadPath(): Promise<void> {
    await ensurePath(life.signal);
    if (life.signal.aborted) return;
    recompose();
    refreshHighlight();
  }

  // ---- Data to picture ---------------------------------------------------------------------

  /** The network shown: the filtered one, with expanded neighbourhoods and the path merged in. */
  function recompose(): void {
    if (base === null || loading) return;
    let next = base;
    for (const id of state.expanded) {
      const ego = egos.get(id);
      if (ego !== undefined) next = mergeNetwork(next, ego).network;
    }
    if (pathStatus.kind === 'done' && pathData !== null) next = mergeNetwork(next, pathAsNetwork(pathData)).network;
    // Merges only add, so the counts over the same base tell whether anything changed.
    const signature = `${baseVersion}:${next.nodes.length}:${next.links.length}`;
    if (signature === dataSignature) {
      refreshHighlight();
      return;
    }
    dataSignature = signature;
    applyData(next);
  }

  function rememberPositions(): void {
    if (model === null) return;
    model.nodes.forEach((node, i) => {
      const x = positions[2 * i]!;
      const y = positions[2 * i + 1]!;
      if (Number.isFinite(x) && Number.isFinite(y)) remembered.set(node.id, [x, y]);
    });
  }

  function applyData(next: NetworkData): void {
    rememberPositions();
    const built = buildGraphModel(next);
    model = built;
    for (const node of built.nodes) book.remember(node);
    const count = built.nodes.length;
    let known = 0;
    const initial = new Float32Array(2 * count).fill(Number.NaN);
    built.nodes.forEach((node, i) => {
      const position = remembered.get(node.id);
      if (position === undefined) return;
      initial[2 * i] = position[0];
      initial[2 * i + 1] = position[1];
      known += 1;
    });
    positions = initial.slice();
    restyle();
    dom.canvas.dataset['nodeCount'] = String(count);
    dom.canvas.dataset['linkCount'] = String(built.links.length);
    const added = built.nodes.filter((node) => node.added).length;
    dom.summary.textContent = added > 0 ? t('summaryAdded', { nodes: count, links: built.links.length, added }) : t('summary', { nodes: count, links: built.links.length });
    renderTruncationNotice(dom.truncation, next, built.links.length);
    refreshHighlight();
    if (count === 0) {
      layout.cancel();
      layoutRunning = false;
      dom.canvas.dataset['layout'] = 'done';
      dom.progress.hidden = true;
      dom.legend.replaceChildren();
      overlay('empty');
      return;
    }
    overlay(null);
    startLayout(known > 0 ? initial : null);
  }

  function startLayout(initial: Float32Array | null): void {
    if (model === null || size === null) return;
    const forModel = model;
    layoutRunning = true;
    dom.canvas.dataset['layout'] = 'running';
    showProgress(0);
    layout.run(
      { count: forModel.nodes.length, linkEnds: forModel.linkEnds, linkWeights: forModel.linkWeights, radii: size.radii, initial, seed: DEFAULT_SEED },
      (step) => {
        if (model !== forModel || step.positions.length !== positions.length) return;
        positions.set(step.positions);
        stage.positionsChanged();
        stage.followLayout();
        if (step.done && pendingCentre !== null) {
          // A node brought in by a search: make sure it ends up in view.
          const index = forModel.indexById.get(pendingCentre);
          if (index !== undefined && stage.clientPosition(index) === null) stage.centreOn(index);
          pendingCentre = null;
        }
        if (step.done) {
          layoutRunning = false;
          dom.canvas.dataset['layout'] = 'done';
          dom.progress.hidden = true;
          rememberPositions();
        } else showProgress(step.ticks / step.totalTicks);
      },
    );
  }

  function showProgress(fraction: number): void {
    dom.progress.hidden = false;
    dom.progress.textContent = t('laying', { n: model?.nodes.length ?? 0, pct: Math.round(fraction * 100) });
  }

  /** Colours, sizes and the legend for the current modes; no new layout. */
  function restyle(): void {
    if (model === null) return;
    const forModel = model;
    colour = colourScale(colourMode(state), forModel.nodes);
    size = sizeScale(sizeMode(state), forModel.nodes);
    scene = {
      model: forModel,
      positions,
      radii: size.radii,
      colours: colour.colours,
      colourGroups: colourGroups(colour.colours),
      bySize: orderBySize(size.radii),
      labelOf: (i) => displayName(forModel.nodes[i]!),
    };
    stage.setScene(scene);
    renderLegend(dom.legend, colour, size, regionName);
    dom.canvas.dataset['colour'] = colour.mode;
    dom.canvas.dataset['size'] = size.mode;
  }

  /** The selection, pins and path as node indices; the panels that show them. */
  function refreshHighlight(): void {
    const path = pathStatus.kind === 'done' && currentPathKey() === pathKey ? pathStatus.highlight : null;
    highlight = highlightIndices(model, state, path);
    stage.setHighlight(highlight);
    dom.canvas.dataset['pathNodes'] = String(highlight.pathNodes?.size ?? 0);
    dom.canvas.dataset['pathLinks'] = String(highlight.pathLinks?.size ?? 0);
    dom.canvas.dataset['selected'] = state.selected ?? '';
    refreshPanels();
  }

  function refreshPanels(): void {
    const selected = state.selected === null ? undefined : model?.nodes[model.indexById.get(state.selected) ?? -1];
    if (selected === undefined) details.hide();
    else
      details.show(selected, {
        pinned: state.pinned.includes(selected.id),
        expanded: state.expanded.includes(selected.id),
        expanding: expanding.has(selected.id),
        pathFrom: state.pathFrom === selected.id,
        pathTo: state.pathTo === selected.id,
      });
    pathPanel.update({ fromId: state.pathFrom, toId: state.pathTo, status: currentPathKey() === pathKey ? pathStatus : { kind: 'loading' } });
  }

  function overlay(kind: 'loading' | 'error' | 'empty' | null, message = ''): void {
    if (kind === 'loading') showOverlay(dom.status, { kind });
    else if (kind === 'error') showOverlay(dom.status, { kind, message, retry: () => void loadNetwork() });
    else if (kind === 'empty') showOverlay(dom.status, { kind, filtered: hasFilters(state), clearFilters: () => write({ ...CLEARED_FILTERS }) });
    else showOverlay(dom.status, null);
  }

  // ---- Actions -----------------------------------------------------------------------------

  function selectNode(id: string, centre: boolean): void {
    write({ selected: id });
    const index = model?.indexById.get(id);
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
    if (expanding.has(id) || state.expanded.includes(id)) return;
    expanding.add(id);
    refreshPanels();
    await ensureEgos([id], life.signal);
    expanding.delete(id);
    if (life.signal.aborted) return;
    if (egos.has(id)) write({ expanded: [...state.expanded, id] });
    else refreshPanels();
  }

  /** A search result: selected and centred when shown, else brought in with its partners first. */
  async function pickHit(hit: SearchHit): Promise<void> {
    book.remember(hit);
    if (model?.indexById.has(hit.id)) {
      showMessage(null);
      selectNode(hit.id, true);
      return;
    }
    await ensureEgos([hit.id], life.signal);
    if (life.signal.aborted || !egos.has(hit.id)) return;
    const ego = egos.get(hit.id)!;
    showMessage(ego.nodes.length > 1 ? t('searchAdded', { name: displayName(hit) }) : t('searchAlone', { name: displayName(hit) }));
    pendingCentre = hit.id;
    write({ expanded: state.expanded.includes(hit.id) ? state.expanded : [...state.expanded, hit.id], selected: hit.id });
  }

  /** The chart as drawn now, with its title and legend, as a PNG. */
  async function picture(): Promise<{ blob: Blob; filename: string }> {
    if (scene === null || colour === null || size === null) throw new Error(t('loading'));
    const blob = await networkPngBlob(scene, highlight, stage.viewport(), {
      title: explorerText('title'),
      subtitle: dom.summary.textContent ?? '',
      legendTitle: legendTitle(colour),
      legend: legendItems(colour, regionName),
      sizeTitle: sizeTitle(size),
    });
    return { blob, filename: `${fileSlug('alliance-atlas-network', colour.mode, size.mode)}.png` };
  }

  // ---- Start -------------------------------------------------------------------------------

  void loadOptions();
  void loadNetwork();

  return () => {
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
