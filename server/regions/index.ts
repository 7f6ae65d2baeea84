// China's regions as reference data (codes, names, centres, boundaries) and resolving names to them; no database.
// Other folders import from here; files inside the folder import each other directly.
export { BOUNDARY_LEVELS, boundaryJson, boundaryProvinceCodes, prepareBoundaries, simplifyRing, type BoundaryCollection, type BoundaryLevel } from "./boundary-geojson.ts";
export { chineseShortName } from "./chinese-short-name.ts";
export { englishAliases, pinyinPlaceName } from "./english-name.ts";
export { describeRegionCode, regionProblem, type RegionProblemMessage } from "./region-message.ts";
export type { RegionResolver } from "./region-resolver.ts";
export { loadRegionTable, type RegionRecord } from "./region-table.ts";
export { latinKey, latinWords } from "./region-text.ts";
export { sharedRegionResolver } from "./shared-resolver.ts";
