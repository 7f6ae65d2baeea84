import { describe, expect, it } from 'vitest';
import { parseQueryState } from '../state/query-state';
import { networkExportHref, networkFilterVariables } from './network-filter';
import { NETWORK_URL_SCHEMA } from './network-url-state';

describe('the network filter', () => {
  it('asks GraphQL for the default node limit and nothing else when no filter is set', () => {
    expect(networkFilterVariables(parseQueryState('?colour=community', NETWORK_URL_SCHEMA))).toEqual({ limit: 500 });
  });

  it('passes every filter to GraphQL under its NetworkFilter name', () => {
    const state = parseQueryState('?regions=510000&labels=Enterprise&types=joint_lab,order_class&chains=c1&from=2020-01-01&to=2022-12-31&live=1&limit=1000', NETWORK_URL_SCHEMA);
    expect(networkFilterVariables(state)).toEqual({
      regionCodes: ['510000'],
      linkRule: 'ONE_END',
      labels: ['Enterprise'],
      agreementTypes: ['joint_lab', 'order_class'],
      chainIds: ['c1'],
      from: '2020-01-01',
      to: '2022-12-31',
      liveOnly: true,
      limit: 1000,
    });
  });

  it('sends the link rule only with regions: one end unless the URL says both', () => {
    expect(networkFilterVariables(parseQueryState('?ends=both', NETWORK_URL_SCHEMA))).toEqual({ limit: 500 });
    expect(networkFilterVariables(parseQueryState('?regions=510000,610000&ends=both', NETWORK_URL_SCHEMA))).toEqual({ regionCodes: ['510000', '610000'], linkRule: 'BOTH_ENDS', limit: 500 });
    expect(new URL(networkExportHref(parseQueryState('?regions=510000', NETWORK_URL_SCHEMA), 'gexf'), 'http://atlas.test').search).toBe('?format=gexf&regions=510000&ends=one&limit=500');
  });

  it('links the GraphML export to the same filter and node limit, leaving out view-only state', () => {
    const state = parseQueryState('?regions=510000,610000&labels=Enterprise&from=2020-01-01&selected=x&colour=province', NETWORK_URL_SCHEMA);
    const href = networkExportHref(state);
    const url = new URL(href, 'http://atlas.test');
    expect(url.pathname).toBe('/api/export');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      format: 'graphml',
      regions: '510000,610000',
      ends: 'one',
      labels: 'Enterprise',
      from: '2020-01-01',
      limit: '500',
    });
  });
});
