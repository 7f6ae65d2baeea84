import { describe, expect, it } from 'vitest';
import { parseQueryState } from '../state/query-state';
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
  pathKeyOf,
  pathPanelStatus,
  pathStarted,
  selectedNode,
  shownPath,
  showNetwork,
  showSearchHit,
  takePendingCentre,
  togglePin,
  urlChanged,
  type ExplorerState,
} from './explorer-state';
import type { NetworkData, PathData } from './network-query';
import { NETWORK_URL_SCHEMA, type NetworkUrlState } from './network-url-state';
import { testLink, testNode } from './test-fixtures';

/** The URL's state for a query string, as the page would read it. */
const url = (search = ''): NetworkUrlState => parseQueryState(search, NETWORK_URL_SCHEMA);

function network(ids: string[], links: [string, string][] = []): NetworkData {
  return {
    nodes: ids.map((id) => testNode(id)),
    links: links.map(([a, b]) => testLink(a, b)),
    truncated: false,
    totalNodes: ids.length,
    totalLinks: links.length,
  };
}

const ref = (id: string) => ({ id, name: id, nameZh: null, label: 'Institution' });

const pathAtoZ: PathData = {
  hops: 2,
  from: ref('a'),
  to: ref('z'),
  paths: [
    {
      nodes: [ref('a'), ref('m'), ref('z')],
      steps: [
        { source: 'a', target: 'm', weight: 1 },
        { source: 'm', target: 'z', weight: 1 },
      ],
    },
  ],
};

/** A state that has loaded `base` and shows it. */
function showing(base: NetworkData, search = ''): ExplorerState {
  const state = createExplorerState(url(search));
  networkRequested(state);
  networkArrived(state, base);
  const composition = composeShown(state);
  if (composition.kind === 'changed') showNetwork(state, composition.network);
  return state;
}

describe('urlChanged', () => {
  it('asks for a new network when a filter changed, and for nothing else', () => {
    const state = createExplorerState(url('colour=type'));
    expect(urlChanged(state, url('regions=610000&colour=community'))).toEqual({ reload: true });
    expect(state.url.regions).toEqual(['610000']);
  });

  it('asks for new colours, a new composition or a path by what changed', () => {
    const state = createExplorerState(url());
    expect(urlChanged(state, url('size=betweenness'))).toEqual({ reload: false, restyle: true, recompose: false, path: false, relayout: false });
    expect(urlChanged(state, url('size=betweenness&expanded=a'))).toEqual({ reload: false, restyle: false, recompose: true, path: false, relayout: false });
    expect(urlChanged(state, url('size=betweenness&expanded=a&pathFrom=a'))).toEqual({ reload: false, restyle: false, recompose: false, path: true, relayout: false });
    expect(urlChanged(state, url('size=betweenness&expanded=a&pathFrom=a&selected=b'))).toEqual({
      reload: false,
      restyle: false,
      recompose: false,
      path: false,
      relayout: false,
    });
  });

  it('asks for a new layout when the layout changes, and in rings when another organisation is selected', () => {
    const state = createExplorerState(url());
    expect(urlChanged(state, url('layout=geo'))).toMatchObject({ reload: false, relayout: true });
    expect(urlChanged(state, url('layout=geo&selected=a'))).toMatchObject({ relayout: false });
    expect(urlChanged(state, url('layout=radial&selected=a'))).toMatchObject({ relayout: true });
    expect(urlChanged(state, url('layout=radial&selected=b'))).toMatchObject({ relayout: true });
    expect(urlChanged(state, url('layout=radial'))).toMatchObject({ relayout: false });
  });
});

describe('URL commands', () => {
  it('pins and unpins', () => {
    expect(togglePin(url('pinned=a'), 'b')).toEqual({ pinned: ['a', 'b'] });
    expect(togglePin(url('pinned=a,b'), 'a')).toEqual({ pinned: ['b'] });
  });

  it('shows a search hit by expanding it once and selecting it', () => {
    expect(showSearchHit(url('expanded=a'), 'b')).toEqual({ expanded: ['a', 'b'], selected: 'b' });
    expect(showSearchHit(url('expanded=a'), 'a')).toEqual({ expanded: ['a'], selected: 'a' });
  });
});

describe('loading the network', () => {
  it('is busy while loading and while laying out', () => {
    const state = createExplorerState(url());
    expect(isBusy(state)).toBe(false);
    networkRequested(state);
    expect(isBusy(state)).toBe(true);
    networkArrived(state, network(['a']));
    expect(isBusy(state)).toBe(false);
    layoutStarted(state);
    expect(isBusy(state)).toBe(true);
    layoutStopped(state, false);
    expect(isBusy(state)).toBe(false);
  });

  it('composes nothing before the network came, or while a new one loads', () => {
    const state = createExplorerState(url());
    expect(composeShown(state)).toEqual({ kind: 'waiting' });
    networkArrived(state, network(['a']));
    networkRequested(state);
    expect(composeShown(state)).toEqual({ kind: 'waiting' });
  });

  it('merges the expanded neighbourhoods and the path into the network, and says when nothing changed', () => {
    const state = createExplorerState(url('expanded=a,q'));
    networkRequested(state);
    networkArrived(state, network(['a', 'b'], [['a', 'b']]));
    egoArrived(state, 'a', network(['a', 'c'], [['a', 'c']]));
    expect(missingEgos(state, ['a', 'q'])).toEqual(['q']);
    const first = composeShown(state);
    expect(first.kind === 'changed' && first.network.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(composeShown(state)).toEqual({ kind: 'same' });

    urlChanged(state, url('expanded=a,q&pathFrom=a&pathTo=z'));
    const start = pathStarted(state);
    expect(start).toEqual({ kind: 'fetch', key: 'a\u0000z', fromId: 'a', toId: 'z' });
    pathArrived(state, 'a\u0000z', pathAtoZ);
    const withPath = composeShown(state);
    expect(withPath.kind === 'changed' && withPath.network.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'm', 'z']);
  });

  it('counts a new answer with the same counts as a new network', () => {
    const state = showing(network(['a']));
    networkRequested(state);
    networkArrived(state, network(['b']));
    expect(composeShown(state)).toMatchObject({ kind: 'changed' });
  });

  it('forgets the network and the graph when loading failed', () => {
    const state = showing(network(['a']));
    networkRequested(state);
    networkFailed(state);
    expect([state.base, state.graph, state.shownSignature, state.loading]).toEqual([null, null, '', false]);
  });
});

describe('positions', () => {
  it('starts a new graph where its organisations last stood, and from nothing the first time', () => {
    const state = createExplorerState(url());
    expect(showNetwork(state, network(['a', 'b']))).toBeNull();
    expect(state.positions).toHaveLength(4);
    expect([...state.positions].every(Number.isNaN)).toBe(true);

    layoutStarted(state);
    expect(layoutStepped(state, state.graph!, Float32Array.of(1, 2, 3, 4))).toBe(true);
    layoutStopped(state, true);
    expect(state.remembered.get('b')).toEqual([3, 4]);

    const initial = showNetwork(state, network(['c', 'b']));
    expect([...initial!]).toEqual([Number.NaN, Number.NaN, 3, 4]);
    expect([...state.positions]).toEqual([...initial!]);
    expect(state.positions).not.toBe(initial);
  });

  it('drops the steps of a layout for a graph no longer shown', () => {
    const state = createExplorerState(url());
    showNetwork(state, network(['a']));
    const old = state.graph!;
    showNetwork(state, network(['a']));
    expect(layoutStepped(state, old, Float32Array.of(1, 2))).toBe(false);
    expect(layoutStepped(state, state.graph!, Float32Array.of(1, 2, 3, 4))).toBe(false);
    expect([...state.positions].every(Number.isNaN)).toBe(true);
  });

  it('brings a searched organisation into view once', () => {
    const state = createExplorerState(url());
    state.pendingCentre = 'a';
    expect(takePendingCentre(state)).toBe('a');
    expect(takePendingCentre(state)).toBeNull();
  });
});

describe('the path', () => {
  it('needs two different ends', () => {
    expect(pathKeyOf(url('pathFrom=a&pathTo=z'))).toBe('a\u0000z');
    expect(pathKeyOf(url('pathFrom=a&pathTo=a'))).toBeNull();
    expect(pathKeyOf(url('pathFrom=a'))).toBeNull();
  });

  it('is fetched once per pair of ends, and forgotten when an end goes', () => {
    const state = createExplorerState(url('pathFrom=a&pathTo=z'));
    expect(pathStarted(state).kind).toBe('fetch');
    expect(pathPanelStatus(state)).toEqual({ kind: 'loading' });
    expect(pathStarted(state)).toEqual({ kind: 'unchanged' });
    urlChanged(state, url('pathFrom=a'));
    expect(pathStarted(state)).toEqual({ kind: 'none' });
    expect(state.path).toEqual({ key: null, data: null, status: { kind: 'idle' } });
  });

  it('lights up only for the ends the URL names now', () => {
    const state = showing(network(['a', 'm', 'z']), 'pathFrom=a&pathTo=z');
    pathStarted(state);
    expect(shownPath(state)).toBeNull();
    expect(pathArrived(state, 'a\u0000z', pathAtoZ)).toBe(true);
    expect(shownPath(state)?.order).toEqual(['a', 'm', 'z']);

    urlChanged(state, url('pathFrom=a&pathTo=m'));
    expect(shownPath(state)).toBeNull();
    expect(pathPanelStatus(state)).toEqual({ kind: 'loading' });
  });

  it('keeps an answer or a failure only for the ends asked about', () => {
    const state = createExplorerState(url('pathFrom=a&pathTo=z'));
    pathStarted(state);
    urlChanged(state, url('pathFrom=a&pathTo=m'));
    pathStarted(state);
    expect(pathArrived(state, 'a\u0000z', pathAtoZ)).toBe(false);
    pathFailed(state, 'a\u0000z', 'late');
    expect(state.path.status).toEqual({ kind: 'loading' });
    pathFailed(state, 'a\u0000m', 'No connection');
    expect(pathPanelStatus(state)).toEqual({ kind: 'error', message: 'No connection' });
  });
});

describe('selection and expanding', () => {
  it('finds the selected organisation only in the graph shown', () => {
    const state = showing(network(['a', 'b']), 'selected=b');
    expect(selectedNode(state)?.id).toBe('b');
    urlChanged(state, url('selected=q'));
    expect(selectedNode(state)).toBeUndefined();
  });

  it('describes the details panel of an organisation', () => {
    const state = createExplorerState(url('pinned=a&expanded=a&pathTo=a'));
    expect(detailsOf(state, 'a')).toEqual({ pinned: true, expanded: true, expanding: false, pathFrom: false, pathTo: true });
    expandStarted(state, 'b');
    expect(detailsOf(state, 'b')).toEqual({ pinned: false, expanded: false, expanding: true, pathFrom: false, pathTo: false });
  });

  it('expands an organisation once, and lists it only when its neighbours came', () => {
    const state = createExplorerState(url('expanded=a'));
    expect(expandStarted(state, 'a')).toBe(false);
    expect(expandStarted(state, 'b')).toBe(true);
    expect(expandStarted(state, 'b')).toBe(false);
    expect(expandEnded(state, 'b')).toBe(false);
    expect(state.expanding.has('b')).toBe(false);
    expandStarted(state, 'c');
    egoArrived(state, 'c', network(['c', 'd']));
    expect(expandEnded(state, 'c')).toBe(true);
  });
});
