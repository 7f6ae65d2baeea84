import { buildGraphModel, type GraphModel } from './graph-model';
import { mergeNetwork } from './merge-network';
import type { NetworkData, NetworkNodeData, PathData } from './network-query';
import { FILTER_KEYS, layoutMode, type NetworkUrlState } from './network-url-state';
import type { NodeDetailsState } from './node-details';
import { pathAsNetwork, pathHighlight, type PathHighlight } from './path-highlight';
import type { PathStatus } from './path-panel';

// What the network explorer knows, and how it changes, apart from the page: the URL's state as
// last read, the networks the API answered, what is loading, the graph drawn and its node
// positions. The DOM wiring (network-explorer.ts) asks the API, calls these transitions with the
// answers and draws what they leave; nothing here touches the DOM, so it is tested on its own.

/** The path between the URL's two ends: which ends it is for, the answer, and how asking went. */
export interface PathLoad {
  /** `from\0to`, or null when the URL names no two different ends. */
  readonly key: string | null;
  readonly data: PathData | null;
  readonly status: PathStatus;
}

export interface ExplorerState {
  url: NetworkUrlState;
  /** The filtered network as the API answered it. */
  base: NetworkData | null;
  /** Counts the answers, so the same counts over a new answer still mean a new network. */
  baseVersion: number;
  /** Which network the graph shows (see `composeShown`); '' when none. */
  shownSignature: string;
  /** Each expanded or searched organisation's ego network, by its id. */
  readonly egos: Map<string, NetworkData>;
  /** Organisations whose neighbours are being fetched for the details panel's Expand. */
  readonly expanding: Set<string>;
  path: PathLoad;
  /** The network is being asked for; what is shown is about to go. */
  loading: boolean;
  layoutRunning: boolean;
  /** An organisation brought in by a search, to be brought into view once laid out. */
  pendingCentre: string | null;
  /** The graph drawn, and its node positions (x, y per node; NaN where not yet placed). */
  graph: GraphModel | null;
  positions: Float32Array;
  /** Where each organisation last stood, so a new graph starts from the old picture. */
  readonly remembered: Map<string, readonly [number, number]>;
}

const IDLE: PathStatus = { kind: 'idle' };

export function createExplorerState(url: NetworkUrlState): ExplorerState {
  return {
    url,
    base: null,
    baseVersion: 0,
    shownSignature: '',
    egos: new Map(),
    expanding: new Set(),
    path: { key: null, data: null, status: IDLE },
    loading: false,
    layoutRunning: false,
    pendingCentre: null,
    graph: null,
    positions: new Float32Array(0),
    remembered: new Map(),
  };
}

// ---- The URL -------------------------------------------------------------------------------

/** What a change of the URL's state asks for: a new network, or less. */
export type UrlEffects =
  | { readonly reload: true }
  | { readonly reload: false; readonly restyle: boolean; readonly recompose: boolean; readonly path: boolean; readonly relayout: boolean };

/** Takes the URL's new state and says what it asks for. */
export function urlChanged(state: ExplorerState, next: NetworkUrlState): UrlEffects {
  const previous = state.url;
  state.url = next;
  const changed = (key: keyof NetworkUrlState) => JSON.stringify(previous[key]) !== JSON.stringify(next[key]);
  if (FILTER_KEYS.some(changed)) return { reload: true };
  return {
    reload: false,
    restyle: changed('colour') || changed('size'),
    recompose: changed('expanded'),
    path: changed('pathFrom') || changed('pathTo'),
    // Another layout; or, in rings, another organisation in the middle.
    relayout: changed('layout') || (layoutMode(next) === 'radial' && changed('selected') && next.selected !== null),
  };
}

/** The pins with `id` added, or taken out when it was pinned. */
export function togglePin(url: NetworkUrlState, id: string): Partial<NetworkUrlState> {
  return { pinned: url.pinned.includes(id) ? url.pinned.filter((p) => p !== id) : [...url.pinned, id] };
}

/** A search result shown: its neighbourhood expanded (once) and it selected. */
export function showSearchHit(url: NetworkUrlState, id: string): Partial<NetworkUrlState> {
  return { expanded: url.expanded.includes(id) ? url.expanded : [...url.expanded, id], selected: id };
}

// ---- The network ---------------------------------------------------------------------------

/** Whether the filters should wait: a network is loading or being laid out. */
export function isBusy(state: ExplorerState): boolean {
  return state.loading || state.layoutRunning;
}

export function networkRequested(state: ExplorerState): void {
  state.loading = true;
  state.layoutRunning = false;
}

export function networkArrived(state: ExplorerState, network: NetworkData): void {
  state.base = network;
  state.baseVersion += 1;
  state.loading = false;
}

/** The network could not be had: nothing is shown. */
export function networkFailed(state: ExplorerState): void {
  state.loading = false;
  state.base = null;
  state.graph = null;
  state.shownSignature = '';
}

/** The ids among `ids` whose neighbours are not known yet. */
export function missingEgos(state: ExplorerState, ids: readonly string[]): string[] {
  return ids.filter((id) => !state.egos.has(id));
}

export function egoArrived(state: ExplorerState, id: string, ego: NetworkData): void {
  state.egos.set(id, ego);
}

/** Starts fetching `id`'s neighbours for Expand; false when under way or done already. */
export function expandStarted(state: ExplorerState, id: string): boolean {
  if (state.expanding.has(id) || state.url.expanded.includes(id)) return false;
  state.expanding.add(id);
  return true;
}

/** Expand's fetch is over; true when the neighbours came (so the URL can list `id` as expanded). */
export function expandEnded(state: ExplorerState, id: string): boolean {
  state.expanding.delete(id);
  return state.egos.has(id);
}

/** What `composeShown` found: nothing to show yet, the network shown already, or a new one. */
export type Composition =
  | { readonly kind: 'waiting' }
  | { readonly kind: 'same' }
  | { readonly kind: 'changed'; readonly network: NetworkData };

/** The network to show: the filtered one, with expanded neighbourhoods and the path merged in. */
export function composeShown(state: ExplorerState): Composition {
  if (state.base === null || state.loading) return { kind: 'waiting' };
  let next = state.base;
  for (const id of state.url.expanded) {
    const ego = state.egos.get(id);
    if (ego !== undefined) next = mergeNetwork(next, ego).network;
  }
  if (state.path.status.kind === 'done' && state.path.data !== null) next = mergeNetwork(next, pathAsNetwork(state.path.data)).network;
  // Merges only add, so the counts over the same base tell whether anything changed.
  const signature = `${state.baseVersion}:${next.nodes.length}:${next.links.length}`;
  if (signature === state.shownSignature) return { kind: 'same' };
  state.shownSignature = signature;
  return { kind: 'changed', network: next };
}

/**
 * Makes `network` the graph shown, each organisation starting where it last stood. Returns the
 * starting positions for the layout, or null when no organisation has stood anywhere yet.
 */
export function showNetwork(state: ExplorerState, network: NetworkData): Float32Array | null {
  rememberPositions(state);
  const graph = buildGraphModel(network);
  state.graph = graph;
  let known = 0;
  const initial = new Float32Array(2 * graph.nodes.length).fill(Number.NaN);
  graph.nodes.forEach((node, i) => {
    const position = state.remembered.get(node.id);
    if (position === undefined) return;
    initial[2 * i] = position[0];
    initial[2 * i + 1] = position[1];
    known += 1;
  });
  state.positions = initial.slice();
  return known > 0 ? initial : null;
}

/** Notes where each organisation of the graph stands now. */
export function rememberPositions(state: ExplorerState): void {
  if (state.graph === null) return;
  state.graph.nodes.forEach((node, i) => {
    const x = state.positions[2 * i]!;
    const y = state.positions[2 * i + 1]!;
    if (Number.isFinite(x) && Number.isFinite(y)) state.remembered.set(node.id, [x, y]);
  });
}

// ---- Layout --------------------------------------------------------------------------------

export function layoutStarted(state: ExplorerState): void {
  state.layoutRunning = true;
}

/** A layout step's positions, kept when they are for the graph shown; false when stale. */
export function layoutStepped(state: ExplorerState, forGraph: GraphModel, positions: Float32Array): boolean {
  if (state.graph !== forGraph || positions.length !== state.positions.length) return false;
  state.positions.set(positions);
  return true;
}

/** The layout stopped, finished or not (a finished one's positions are remembered). */
export function layoutStopped(state: ExplorerState, finished: boolean): void {
  state.layoutRunning = false;
  if (finished) rememberPositions(state);
}

/** The organisation to bring into view now the layout is done, if any; asked once. */
export function takePendingCentre(state: ExplorerState): string | null {
  const id = state.pendingCentre;
  state.pendingCentre = null;
  return id;
}

// ---- The path ------------------------------------------------------------------------------

/** `from\0to` for the URL's two path ends, or null unless there are two different ones. */
export function pathKeyOf(url: NetworkUrlState): string | null {
  const { pathFrom, pathTo } = url;
  return pathFrom !== null && pathTo !== null && pathFrom !== pathTo ? `${pathFrom}\u0000${pathTo}` : null;
}

/** What to do about the path when the URL's ends may have changed. */
export type PathStart =
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'none' }
  | { readonly kind: 'fetch'; readonly key: string; readonly fromId: string; readonly toId: string };

/** Forgets a path for other ends, and says whether one is to be fetched. */
export function pathStarted(state: ExplorerState): PathStart {
  const key = pathKeyOf(state.url);
  if (key === state.path.key) return { kind: 'unchanged' };
  const { pathFrom, pathTo } = state.url;
  if (key === null || pathFrom === null || pathTo === null) {
    state.path = { key, data: null, status: IDLE };
    return { kind: 'none' };
  }
  state.path = { key, data: null, status: { kind: 'loading' } };
  return { kind: 'fetch', key, fromId: pathFrom, toId: pathTo };
}

/** The path for `key` came; false when the URL has moved on to other ends. */
export function pathArrived(state: ExplorerState, key: string, data: PathData): boolean {
  if (state.path.key !== key) return false;
  state.path = { key, data, status: { kind: 'done', highlight: pathHighlight(data) } };
  return true;
}

export function pathFailed(state: ExplorerState, key: string, message: string): void {
  if (state.path.key !== key) return;
  state.path = { key, data: null, status: { kind: 'error', message } };
}

/** The path to light up: the one found for the URL's ends, else none. */
export function shownPath(state: ExplorerState): PathHighlight | null {
  const { status, key } = state.path;
  return status.kind === 'done' && pathKeyOf(state.url) === key ? status.highlight : null;
}

/** What the path panel says: loading while the URL's ends are newer than the answer. */
export function pathPanelStatus(state: ExplorerState): PathStatus {
  return pathKeyOf(state.url) === state.path.key ? state.path.status : { kind: 'loading' };
}

// ---- Selection -----------------------------------------------------------------------------

/** The selected organisation when it is in the graph shown. */
export function selectedNode(state: ExplorerState): NetworkNodeData | undefined {
  const { graph, url } = state;
  if (url.selected === null || graph === null) return undefined;
  return graph.nodes[graph.indexById.get(url.selected) ?? -1];
}

/** The details panel's buttons for `id`: pinned, expanded, on the path. */
export function detailsOf(state: ExplorerState, id: string): NodeDetailsState {
  const { url } = state;
  return {
    pinned: url.pinned.includes(id),
    expanded: url.expanded.includes(id),
    expanding: state.expanding.has(id),
    pathFrom: url.pathFrom === id,
    pathTo: url.pathTo === id,
  };
}
