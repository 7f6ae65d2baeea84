/**
 * A centre point for a region's boundary, for placing it on a map: the centroid of its largest
 * part, or, when that centroid falls outside the shape (a crescent like Gansu, a ring of
 * islands), the middle of the widest stretch of the shape along the centroid's latitude, which
 * always lies inside. Coordinates are [longitude, latitude], as in GeoJSON; area and centroid
 * are taken in the plane of those degrees, which is close enough for a marker.
 */
export type Position = [number, number];
export type Ring = Position[];
/** One polygon: the outer ring, then its holes. */
export type Polygon = Ring[];

export interface GeoJsonGeometry {
  type: string;
  coordinates: unknown;
}

/** The polygons of a Polygon or MultiPolygon geometry; other geometry types have none. */
export function polygonsOf(geometry: GeoJsonGeometry): Polygon[] {
  if (geometry.type === "Polygon") return [geometry.coordinates as Polygon];
  if (geometry.type === "MultiPolygon") return geometry.coordinates as Polygon[];
  return [];
}

/** Signed area and the area-weighted centroid sums of one ring (shoelace formula). */
function ringMoments(ring: Ring): { area: number; cx: number; cy: number } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j]!;
    const [x1, y1] = ring[i]!;
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return { area: area / 2, cx, cy };
}

/** Area of a polygon: its outer ring less its holes. */
function polygonArea(polygon: Polygon): number {
  return polygon.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * Math.abs(ringMoments(ring).area), 0);
}

function polygonCentroid(polygon: Polygon): Position | undefined {
  let area = 0;
  let cx = 0;
  let cy = 0;
  polygon.forEach((ring, i) => {
    const m = ringMoments(ring);
    // Outer ring counts positive and holes negative, whatever way each ring winds.
    const sign = (i === 0 ? 1 : -1) * Math.sign(m.area);
    area += sign * m.area;
    cx += sign * m.cx;
    cy += sign * m.cy;
  });
  if (area === 0) return undefined;
  return [cx / (6 * area), cy / (6 * area)];
}

/** Even-odd rule: inside the outer ring and in none of the holes. */
export function insidePolygon(point: Position, polygon: Polygon): boolean {
  let inside = false;
  const [x, y] = point;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** The middle of the widest stretch of the polygon along latitude y. */
function widestSpanMiddle(polygon: Polygon, y: number): Position | undefined {
  const crossings: number[] = [];
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y) crossings.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
    }
  }
  crossings.sort((a, b) => a - b);
  let best: Position | undefined;
  let widest = 0;
  for (let k = 0; k + 1 < crossings.length; k += 2) {
    const width = crossings[k + 1]! - crossings[k]!;
    if (width > widest) {
      widest = width;
      best = [(crossings[k]! + crossings[k + 1]!) / 2, y];
    }
  }
  return best;
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/** The centre of the largest polygon, as [lon, lat] rounded to 6 decimals (about 0.1 m). */
export function centreOf(polygons: Polygon[]): Position | undefined {
  let largest: Polygon | undefined;
  let largestArea = 0;
  for (const polygon of polygons) {
    const area = polygonArea(polygon);
    if (area > largestArea) {
      largest = polygon;
      largestArea = area;
    }
  }
  if (!largest) return undefined;
  const centroid = polygonCentroid(largest);
  if (!centroid) return undefined;
  // Nudged off the exact latitude so the scan line can't run through a vertex.
  const point = insidePolygon(centroid, largest) ? centroid : (widestSpanMiddle(largest, centroid[1] + 1e-9) ?? centroid);
  return [round6(point[0]), round6(point[1])];
}
