import { randomLcg } from 'd3';

/** What the geographic layout reads: where each organisation's region lies, the circles' sizes, a seed. */
export interface GeoInput {
  readonly count: number;
  /** Longitude then latitude (degrees) of each node's region centre; NaN where unknown. */
  readonly anchors: Float32Array;
  readonly radii: Float32Array;
  readonly seed: number;
}

/** Layout units per degree of latitude: China (about 62° by 35°) spans some 2,000 by 1,400. */
export const UNITS_PER_DEGREE = 40;
/** The centre of the projection: longitudes shrink by its latitude's cosine, so shapes look right there. */
const CENTRE_LON = 105;
const CENTRE_LAT = 35;
const LON_SCALE = Math.cos((CENTRE_LAT * Math.PI) / 180);
/** Where organisations of no known region gather: in the sea south-east of the mainland, apart from every region. */
const NOWHERE: readonly [number, number] = [128, 20];
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** A longitude and latitude in layout units (x east, y south, as the canvas draws). */
export function project(lon: number, lat: number): [number, number] {
  return [(lon - CENTRE_LON) * LON_SCALE * UNITS_PER_DEGREE, -(lat - CENTRE_LAT) * UNITS_PER_DEGREE];
}

/**
 * Organisations at their region: each group sharing a centre (a prefecture's, or a province's
 * when that is all that is known) is laid in a sunflower spiral around that centre, its largest
 * circles nearest the middle, spaced by the circles' sizes, so a group stays a small disc on its
 * place and every organisation can be seen. The seed turns each group's spiral by its own angle:
 * the same seed and input give the same picture.
 *
 * Cost: O(n log n).
 */
export function geoLayout(input: GeoInput): Float32Array {
  const { count, anchors, radii, seed } = input;
  const positions = new Float32Array(2 * count);
  const groups = new Map<string, number[]>();
  for (let i = 0; i < count; i += 1) {
    const lon = anchors[2 * i];
    const lat = anchors[2 * i + 1];
    const known = lon !== undefined && lat !== undefined && Number.isFinite(lon) && Number.isFinite(lat);
    const key = known ? `${lon},${lat}` : 'nowhere';
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  const random = randomLcg(seed);
  // Groups in a fixed order (by key), so each draws the same turn from the seeded sequence every time.
  for (const key of [...groups.keys()].sort()) {
    const members = groups.get(key)!;
    const [lon, lat] = key === 'nowhere' ? NOWHERE : key.split(',').map(Number) as [number, number];
    const [cx, cy] = project(lon, lat);
    members.sort((a, b) => radii[b]! - radii[a]! || a - b);
    const mean = members.reduce((sum, i) => sum + (radii[i] ?? 0), 0) / members.length;
    const spacing = 2 * mean + 3;
    const turn = random() * 2 * Math.PI;
    members.forEach((node, k) => {
      const distance = k === 0 ? 0 : spacing * Math.sqrt(k + 0.5) * 0.6;
      const a = turn + k * GOLDEN_ANGLE;
      positions[2 * node] = cx + distance * Math.cos(a);
      positions[2 * node + 1] = cy + distance * Math.sin(a);
    });
  }
  return positions;
}

/**
 * How far from its centre a group of `size` circles of mean radius `meanRadius` reaches at most:
 * what "near its centroid" means for the test and the legend.
 */
export function groupReach(size: number, meanRadius: number): number {
  return (2 * meanRadius + 3) * Math.sqrt(size) * 0.6;
}
