import type { CoverageCell, RegionFigures } from '../../../contract/api-types.ts';
import type { MapBoundaries } from './map-choropleth';
import type { NetworkLinkRef, NetworkNodeRef } from './map-figures';

// The map view's requests: boundaries from the project's own server, figures from GraphQL.

/** Chains for the coverage figure. */
export const MAP_CHAINS_QUERY = /* GraphQL */ `query MapChains {
  industryChains(sort: [{ name: ASC }], limit: 1000) { id name nameZh }
}
`;

export interface MapChain {
  readonly id: string;
  readonly name: string;
  readonly nameZh: string | null;
}

export interface MapChainsResult {
  readonly industryChains: readonly MapChain[];
}

/**
 * Organisations and their links, for counts per region and flows between regions. The whole
 * network (up to the API's 5,000 nodes) is asked for and grouped here: at national scale a
 * dedicated aggregate query per region would be lighter.
 */
export const MAP_NETWORK_QUERY = /* GraphQL */ `query MapNetwork($filter: NetworkFilter) {
  network(filter: $filter) {
    nodes { id label regionCode }
    links { source target weight }
    truncated
    totalNodes
  }
}
`;

export interface MapNetworkResult {
  readonly network: {
    readonly nodes: readonly NetworkNodeRef[];
    readonly links: readonly NetworkLinkRef[];
    readonly truncated: boolean;
    readonly totalNodes: number;
  };
}

export interface MapNetworkVariables {
  readonly filter: { readonly limit: number; readonly regionCodes?: readonly string[] };
  readonly [key: string]: unknown;
}

/**
 * The figures that colour the map and fill its panel: organisations recorded per region (the
 * coverage view's rule: a region holds what lies inside it), the partnered ones, and agreements.
 */
export const MAP_REGION_FIGURES_QUERY = /* GraphQL */ `query MapRegionFigures($regionLevel: String!, $withinRegion: String) {
  regionFigures(regionLevel: $regionLevel, withinRegion: $withinRegion) {
    regionCode institutions partneredInstitutions enterprises partneredEnterprises governments agreements
  }
}
`;

export type MapRegionFigures = RegionFigures;

export interface MapRegionFiguresResult {
  readonly regionFigures: readonly MapRegionFigures[];
}

export interface MapRegionFiguresVariables {
  readonly regionLevel: 'province' | 'prefecture';
  readonly withinRegion: string | null;
  readonly [key: string]: unknown;
}

export const MAP_COVERAGE_QUERY = /* GraphQL */ `query MapCoverage($regionLevel: String!, $withinRegion: String, $chainIds: [ID!]) {
  coverageMatrix(regionLevel: $regionLevel, withinRegion: $withinRegion, chainIds: $chainIds) {
    cells { chainId regionCode segmentCoverage enterpriseCoverage segmentCount coveredSegmentCount enterpriseCount partneredEnterpriseCount }
  }
}
`;

export type MapCoverageCell = CoverageCell;

export interface MapCoverageResult {
  readonly coverageMatrix: { readonly cells: readonly MapCoverageCell[] };
}

export interface MapCoverageVariables {
  readonly regionLevel: 'province' | 'prefecture';
  readonly withinRegion: string | null;
  readonly chainIds: readonly string[];
  readonly [key: string]: unknown;
}

const boundaryCache = new Map<string, Promise<MapBoundaries>>();

/** `/api/boundaries/province` or the prefectures of one province; each answer is fetched once per page. */
export function fetchBoundaries(province: string, signal?: AbortSignal): Promise<MapBoundaries> {
  const url = province === '' ? '/api/boundaries/province' : `/api/boundaries/prefecture?within=${encodeURIComponent(province)}`;
  let pending = boundaryCache.get(url);
  if (pending === undefined) {
    pending = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
      return (await response.json()) as MapBoundaries;
    });
    pending.catch(() => boundaryCache.delete(url));
    boundaryCache.set(url, pending);
  }
  if (signal === undefined) return pending;
  return Promise.race([
    pending,
    new Promise<never>((_, reject) => {
      if (signal.aborted) reject(signal.reason);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    }),
  ]);
}
