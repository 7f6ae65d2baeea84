import { describe, expect, it } from 'vitest';
import { formatQueryState, parseQueryState } from '../state/query-state';
import { hasFilters, layoutMode, linkRule, NETWORK_URL_SCHEMA, type NetworkUrlState } from './network-url-state';

const everything: NetworkUrlState = {
  regions: ['510000', '610000'],
  ends: 'BOTH_ENDS',
  labels: ['Institution', 'Enterprise'],
  types: ['joint_lab'],
  chains: ['chain-1'],
  from: '2019-01-01',
  to: '2023-12-31',
  live: true,
  limit: 2000,
  colour: 'community',
  size: 'betweenness',
  layout: 'radial',
  selected: 'hunan-university',
  pinned: ['huawei', 'catl'],
  expanded: ['huawei'],
  pathFrom: 'a-org',
  pathTo: 'b-org',
};

describe('the network explorer URL state', () => {
  it('round-trips every field through the query string, keeping parameters it does not own', () => {
    const search = formatQueryState('?lang=zh', NETWORK_URL_SCHEMA, everything);
    expect(new URLSearchParams(search).get('lang')).toBe('zh');
    expect(parseQueryState(search, NETWORK_URL_SCHEMA)).toEqual(everything);
  });

  it('writes the filter with the parameter names of the server export route', () => {
    const params = new URLSearchParams(formatQueryState('', NETWORK_URL_SCHEMA, everything));
    expect(params.get('regions')).toBe('510000,610000');
    expect(params.get('ends')).toBe('both');
    expect(params.get('layout')).toBe('radial');
    expect(params.get('labels')).toBe('Institution,Enterprise');
    expect(params.get('types')).toBe('joint_lab');
    expect(params.get('chains')).toBe('chain-1');
    expect(params.get('live')).toBe('1');
    expect(params.get('limit')).toBe('2000');
  });

  it('reads an empty query string as the defaults, and leaves defaults out of the URL', () => {
    const state = parseQueryState('', NETWORK_URL_SCHEMA);
    expect(state).toEqual({
      regions: [],
      ends: null,
      labels: [],
      types: [],
      chains: [],
      from: null,
      to: null,
      live: false,
      limit: null,
      colour: null,
      size: null,
      layout: null,
      selected: null,
      pinned: [],
      expanded: [],
      pathFrom: null,
      pathTo: null,
    });
    expect(formatQueryState('', NETWORK_URL_SCHEMA, state)).toBe('');
    expect(hasFilters(state)).toBe(false);
    expect(linkRule(state)).toBe('ONE_END');
    expect(layoutMode(state)).toBe('force');
  });

  it('turns junk into defaults rather than errors', () => {
    const state = parseQueryState('?labels=Institution,Alien,,Institution&from=2019&limit=99999&colour=rainbow&live=maybe&selected=&ends=all&layout=spiral', NETWORK_URL_SCHEMA);
    expect(state.labels).toEqual(['Institution']);
    expect(state.from).toBeNull();
    expect(state.limit).toBeNull();
    expect(state.colour).toBeNull();
    expect(state.live).toBe(false);
    expect(state.selected).toBeNull();
    expect(state.ends).toBeNull();
    expect(state.layout).toBeNull();
  });
});
