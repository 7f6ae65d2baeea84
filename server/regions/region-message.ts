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

/** The region and those it lies in, innermost first. */
function withParents(region: RegionRecord, byCode: CodeLookup): RegionRecord[] {
  const path = [region];
  for (let code = region.parentCode; code; code = byCode(code)?.parentCode) {
    const parent = byCode(code);
    if (!parent) break;
    path.push(parent);
  }
  return path;
}

/**
 * A candidate as a reader can tell it apart from the others: code, Chinese name, and the English
 * names of it and the regions it lies in, "220104 朝阳区 (Chaoyang, Changchun, Jilin)"; in Chinese,
 * the code and the full name a Chinese address gives, "220104 吉林省长春市朝阳区".
 */
export function describeRegion(region: RegionRecord, byCode: CodeLookup = defaultLookup(), language: "en" | "zh" = "en"): string {
  const path = withParents(region, byCode);
  if (language === "zh") return `${region.code} ${path.map((r) => r.nameZh).reverse().join("")}`;
  return `${region.code} ${region.nameZh} (${path.map((r) => r.name).join(", ")})`;
}

/** describeRegion of a code of the regions table; the code itself when the table has no such region. */
export function describeRegionCode(code: string, language: "en" | "zh" = "en", byCode: CodeLookup = defaultLookup()): string {
  const region = byCode(code);
  return region ? describeRegion(region, byCode, language) : code;
}

/** A `region` value that names no single region, as a message code (server/ingest/messages words it) and the candidates' codes. */
export interface RegionProblemMessage {
  code: "region.ambiguous" | "region.unknown" | "region.unknownSuggest" | "region.unknownCode" | "region.unknownCodeSuggest";
  values: { given: string; candidates: string[] };
}

/**
 * What is wrong with a `region` value that names no single region, with the candidates so the
 * writer of the data can pick one: ambiguous (朝阳区: the one of Beijing or of Changchun?), or
 * unknown, as a name or as a GB/T 2260 code, with the nearest regions when there are any.
 */
export function regionProblem(text: string, result: RegionProblem): RegionProblemMessage {
  const candidates = result.candidates.map((region) => region.code);
  if (result.problem === "ambiguous") return { code: "region.ambiguous", values: { given: text, candidates } };
  const asCode = /^\d{6}$/.test(text.trim());
  if (candidates.length === 0) return { code: asCode ? "region.unknownCode" : "region.unknown", values: { given: text, candidates } };
  return { code: asCode ? "region.unknownCodeSuggest" : "region.unknownSuggest", values: { given: text, candidates } };
}
