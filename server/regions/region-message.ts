import type { RegionProblem } from "./region-resolver.ts";
import { loadRegionTable, type RegionRecord } from "./region-table.ts";

type CodeLookup = (code: string) => RegionRecord | undefined;

let tableLookup: CodeLookup | undefined;
function defaultLookup(): CodeLookup {
  if (!tableLookup) {
    const byCode = new Map(loadRegionTable().map((region) => [region.code, region]));
    tableLookup = (code) => byCode.get(code);
  }
  return tableLookup;
}

/**
 * A candidate as a reader can tell it apart from the others: code, Chinese name, and the English
 * names of it and the regions it lies in. "220104 朝阳区 (Chaoyang, Changchun, Jilin)".
 */
export function describeRegion(region: RegionRecord, byCode: CodeLookup = defaultLookup()): string {
  const path = [region.name];
  for (let code = region.parentCode; code; code = byCode(code)?.parentCode) {
    const parent = byCode(code);
    if (!parent) break;
    path.push(parent.name);
  }
  return `${region.code} ${region.nameZh} (${path.join(", ")})`;
}

/**
 * The validation message for a `region` value that names no single region, naming the
 * candidates so the writer of the data can pick one:
 *   region "朝阳区" is ambiguous: 110105 朝阳区 (Chaoyang, Beijing), 220104 朝阳区 (Chaoyang, Changchun, Jilin); …
 *   region "Atlantis" is not a region of China; did you mean …?
 * `byCode` finds the regions a candidate lies in; by default the regions table.
 */
export function describeRegionProblem(text: string, result: RegionProblem, byCode: CodeLookup = defaultLookup()): string {
  const quoted = `region ${JSON.stringify(text)}`;
  const listed = result.candidates.map((region) => describeRegion(region, byCode)).join(", ");
  if (result.problem === "ambiguous") {
    return `${quoted} is ambiguous: ${listed}; give the code, or add the province or city it lies in (e.g. "北京市朝阳区", "Yingshan County, Sichuan")`;
  }
  const what = /^\d{6}$/.test(text.trim()) ? "is not the GB/T 2260 code of a region of China" : "is not a region of China";
  if (result.candidates.length === 0) return `${quoted} ${what}; give a GB/T 2260 code or a Chinese or English name such as 610000, 陕西省, Shaanxi`;
  return `${quoted} ${what}; did you mean ${listed}?`;
}
