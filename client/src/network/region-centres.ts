import { provinceOf } from './colour-scales';
import type { NetworkNodeData } from './network-query';

// Where the geographic layout puts each organisation: the centre (longitude, latitude) of its
// prefecture, or of its province when the prefecture's is not known. Centres come from the
// regions table (Region.lat/lon, the map data's centre points) through GraphQL.

/** The prefecture of a GB/T 2260 code: its first four digits and two zeros (a province's code is its own). */
export function prefectureOf(regionCode: string | null | undefined): string | null {
  if (!regionCode || !/^\d{6}$/.test(regionCode)) return null;
  return regionCode.endsWith('0000') ? regionCode : `${regionCode.slice(0, 4)}00`;
}

/** The codes whose centres the nodes need: each one's prefecture and province. */
export function centreCodes(nodes: readonly Pick<NetworkNodeData, 'regionCode'>[]): string[] {
  const codes = new Set<string>();
  for (const node of nodes) {
    for (const code of [prefectureOf(node.regionCode), provinceOf(node.regionCode)]) if (code !== null) codes.add(code);
  }
  return [...codes].sort();
}

/** Longitude then latitude per node (NaN where neither its prefecture's nor its province's centre is known). */
export function nodeAnchors(nodes: readonly Pick<NetworkNodeData, 'regionCode'>[], centres: ReadonlyMap<string, readonly [number, number]>): Float32Array {
  const anchors = new Float32Array(2 * nodes.length).fill(Number.NaN);
  nodes.forEach((node, i) => {
    // A centre asked for and not found is kept as NaN (so it is not asked again): the province's then serves.
    const known = (code: string | null) => {
      const centre = code === null ? undefined : centres.get(code);
      return centre !== undefined && Number.isFinite(centre[0]) && Number.isFinite(centre[1]) ? centre : undefined;
    };
    const centre = known(prefectureOf(node.regionCode)) ?? known(provinceOf(node.regionCode));
    if (centre === undefined) return;
    anchors[2 * i] = centre[0];
    anchors[2 * i + 1] = centre[1];
  });
  return anchors;
}

export const REGION_CENTRES_QUERY = /* GraphQL */ `query NetworkRegionCentres($codes: [ID!]!) {
  regions(where: { code: { in: $codes } }, limit: 1000) { code lat lon }
}
`;

export type RegionCentresVariables = { readonly codes: readonly string[] };

export interface RegionCentresResult {
  readonly regions: readonly { readonly code: string; readonly lat: number | null; readonly lon: number | null }[];
}
