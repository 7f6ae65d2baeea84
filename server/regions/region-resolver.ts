import { chineseCustomaryForms, chineseShortName } from "./chinese-short-name.ts";
import { englishAliases, pinyinPlaceName } from "./english-name.ts";
import { chineseGrams, chineseSimilarity, latinSimilarity } from "./name-similarity.ts";
import { readStatisticalZones, type StatisticalZone } from "./administrative-divisions.ts";
import type { RegionRecord } from "./region-table.ts";
import { chineseKey, countryNames, hasHan, latinKey, latinWords, splitSuffixWords } from "./region-text.ts";
import { supersededCodes } from "./superseded-codes.ts";

export type RegionProblem = { problem: "unknown" | "ambiguous"; candidates: RegionRecord[] };
export type RegionResolution = { code: string } | RegionProblem;

export interface RegionResolver {
  /** The region a `region` value names, or why there is none. */
  resolve(text: string): RegionResolution;
  byCode(code: string): RegionRecord | undefined;
}

/**
 * Resolves `region` values (a GB/T 2260 code, or a name in Chinese or English, full or short,
 * optionally qualified by the regions it lies in) to a region of the table.
 *
 * What is accepted:
 * - a six-digit code of the table (610000); a code the table lists as superseded gives its
 *   successor (450127 横县 → 450181 横州市), and the code or full name of an NBS statistical zone
 *   the region it lies in (411071 许昌经济技术开发区 → 411000 许昌市). Any other six digits are
 *   unknown.
 * - a Chinese name, full (陕西省, 西安市, 营山县) or short (陕西, 西安, 营山), spaces and
 *   punctuation ignored.
 * - an English name, any case, with or without a suffix word (Shaanxi, "Shaanxi Province",
 *   Xi'an, Xian, "Xi'an City", "Yingshan County"); spaces, apostrophes, hyphens and accents are
 *   ignored, so Xi'an = Xian = XI AN. A suffix word narrows the choice to regions whose Chinese
 *   name has that suffix ("Jilin City" is 吉林市, "Jilin Province" 吉林省) unless none has.
 * - a qualified path: Chinese names run together (陕西省西安市, 四川省南充市营山县, 陕西西安), or
 *   English names separated by commas in any order ("Xi'an, Shaanxi", "Yingshan County, Sichuan,
 *   China") or, failing that, by spaces ("Chaoyang Beijing"). The path names the region that lies
 *   inside all the others.
 *
 * Which region a name means, when several carry it:
 * 1. An exact full Chinese name beats a short one: 吉林市 is the city, whatever 吉林 means.
 * 2. Among the regions that match, the one at the highest level (province, then prefecture, then
 *    county) wins when it is the only one at that level: 吉林 and Jilin are the province 220000,
 *    not Jilin city; 朝阳 is the prefecture 朝阳市 (Liaoning), not one of the 朝阳区 districts.
 *    People name a big place by its bare name and qualify the small one.
 * 3. Several at that level is ambiguous, and the problem lists them: 朝阳区 is a district of both
 *    Beijing (110105) and Changchun (220104); "Yingshan County" is both 英山县 (Hubei) and
 *    营山县 (Sichuan). Qualifying the name settles it (北京市朝阳区, "Yingshan County, Sichuan").
 * Unknown text gets up to five candidates with the most similar names.
 */
export function createRegionResolver(table: readonly RegionRecord[], zones: readonly StatisticalZone[] = readStatisticalZones()): RegionResolver {
  const index = buildIndex(table, zones);
  const memo = new Map<string, RegionResolution>();

  function resolve(text: string): RegionResolution {
    const known = memo.get(text);
    if (known) return known;
    const result = resolveUncached(index, text.trim());
    // Data files repeat the same few hundred region values; a bounded memo keeps that cheap.
    if (memo.size >= 100_000) memo.clear();
    memo.set(text, result);
    return result;
  }
  return { resolve, byCode: (code) => index.byCode.get(code) };
}

interface RegionIndex {
  byCode: Map<string, RegionRecord>;
  zhFull: Map<string, RegionRecord[]>;
  zhShort: Map<string, RegionRecord[]>;
  /**
   * Codes and names that stand for another region of the table: superseded units (沙县 → 沙县区)
   * and statistical zones (许昌经济技术开发区 → 许昌市).
   */
  codeStandsFor: Map<string, RegionRecord>;
  zhStandsFor: Map<string, RegionRecord[]>;
  latin: Map<string, RegionRecord[]>;
  longestZhKey: number;
  /** Full and short Chinese names with their grams, for similarity. */
  zhGrams: { grams: Set<string>; regions: RegionRecord[] }[];
}

function addTo(map: Map<string, RegionRecord[]>, key: string | undefined, region: RegionRecord) {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [region]);
  else if (!list.includes(region)) list.push(region);
}

function buildIndex(table: readonly RegionRecord[], zones: readonly StatisticalZone[]): RegionIndex {
  const index: RegionIndex = { byCode: new Map(), zhFull: new Map(), zhShort: new Map(), codeStandsFor: new Map(), zhStandsFor: new Map(), latin: new Map(), longestZhKey: 0, zhGrams: [] };
  for (const region of table) {
    index.byCode.set(region.code, region);
    addTo(index.zhFull, region.nameZh, region);
    addTo(index.zhShort, chineseShortName(region.nameZh), region);
    for (const form of chineseCustomaryForms(region.nameZh)) addTo(index.zhShort, form, region);
    for (const english of [region.name, ...englishAliases(region.code)]) addTo(index.latin, latinKey(latinWords(english)), region);
  }
  for (const [code, { nameZh, successor }] of Object.entries(supersededCodes)) {
    const region = index.byCode.get(successor);
    if (!region) continue;
    index.codeStandsFor.set(code, region);
    addTo(index.zhStandsFor, nameZh, region);
    addTo(index.zhStandsFor, chineseShortName(nameZh), region);
  }
  for (const zone of zones) {
    const region = index.byCode.get(zone.withinCode);
    if (!region || index.byCode.has(zone.code)) continue;
    index.codeStandsFor.set(zone.code, region);
    addTo(index.zhStandsFor, zone.nameZh, region);
  }
  for (const map of [index.zhFull, index.zhShort]) for (const [name, regions] of map) index.zhGrams.push({ grams: chineseGrams(name), regions });
  index.longestZhKey = Math.max(...[index.zhFull, index.zhShort, index.zhStandsFor].flatMap((map) => [...map.keys()].map((key) => key.length)));
  return index;
}

const levelRank = { province: 0, prefecture: 1, county: 2 } as const;
const byCodeOrder = (a: RegionRecord, b: RegionRecord) => a.code.localeCompare(b.code);
const unknown = (candidates: RegionRecord[]): RegionProblem => ({ problem: "unknown", candidates });

/** Rule 2 and 3 above: the only match at the highest level present, or ambiguous. */
function pickByLevel(matches: RegionRecord[]): RegionResolution {
  if (matches.length === 1) return { code: matches[0]!.code };
  const top = Math.min(...matches.map((r) => levelRank[r.level]));
  const atTop = matches.filter((r) => levelRank[r.level] === top);
  return atTop.length === 1 ? { code: atTop[0]!.code } : { problem: "ambiguous", candidates: [...atTop].sort(byCodeOrder) };
}

/** Regions one Chinese name may mean, full names first (rule 1). */
function chineseMatches(index: RegionIndex, key: string): RegionRecord[] {
  return index.zhFull.get(key) ?? index.zhShort.get(key) ?? index.zhStandsFor.get(key) ?? [];
}

/** Regions one English name (with or without a suffix word) may mean. */
function latinMatches(index: RegionIndex, words: string[]): RegionRecord[] {
  const { nameWords, test } = splitSuffixWords(words);
  const matches = index.latin.get(latinKey(nameWords)) ?? [];
  const narrowed = test ? matches.filter(test) : matches;
  return narrowed.length > 0 ? narrowed : matches;
}

function codeResolution(index: RegionIndex, code: string): RegionResolution {
  if (index.byCode.has(code)) return { code };
  const standsFor = index.codeStandsFor.get(code);
  return standsFor ? { code: standsFor.code } : unknown(nearestCodes(index, code));
}

function resolveUncached(index: RegionIndex, text: string): RegionResolution {
  if (text === "") return unknown([]);
  if (/^\d{6}$/.test(text)) return codeResolution(index, text);
  return hasHan(text) ? resolveChinese(index, text) : resolveLatin(index, text);
}

function resolveChinese(index: RegionIndex, text: string): RegionResolution {
  let key = chineseKey(text);
  const country = ["中华人民共和国", "中国"].find((name) => key.startsWith(name) && key.length > name.length);
  if (country) key = key.slice(country.length);
  const matches = chineseMatches(index, key);
  if (matches.length > 0) return pickByLevel(matches);
  const path = resolvePaths(index, splitChinesePath(index, key).map((parts) => parts.map((part) => chineseMatches(index, part))));
  return path ?? unknown(nearestChinese(index, key));
}

function resolveLatin(index: RegionIndex, text: string): RegionResolution {
  const parts = text
    .split(/[,，;；/]/)
    .map(latinWords)
    .filter((words) => words.length > 0 && !countryNames.has(words.join("")));
  if (parts.length === 0) return unknown([]);
  if (parts.length === 1) {
    const matches = latinMatches(index, parts[0]!);
    if (matches.length > 0) return pickByLevel(matches);
    const path = resolvePaths(index, splitLatinPath(index, parts[0]!).map((words) => words.map((w) => latinMatches(index, w))));
    return path ?? unknown(nearestLatin(index, latinKey(splitSuffixWords(parts[0]!).nameWords)));
  }
  const matches = parts.map((words) => latinMatches(index, words));
  return resolvePaths(index, [matches]) ?? unknown(nearestLatin(index, latinKey(splitSuffixWords(parts[0]!).nameWords)));
}

function isInside(index: RegionIndex, region: RegionRecord, container: RegionRecord): boolean {
  for (let code = region.parentCode; code; code = index.byCode.get(code)?.parentCode) if (code === container.code) return true;
  return false;
}

/**
 * The region a path names: one that lies inside a match of every other part. Each way of reading
 * the text as a path (a list of parts, each with its matches) is tried; a region that contains
 * another answer is dropped, so "Jilin, Jilin" is the city inside the province.
 */
function resolvePaths(index: RegionIndex, readings: RegionRecord[][][]): RegionResolution | undefined {
  const found = new Set<RegionRecord>();
  for (const parts of readings) {
    if (parts.length < 2 || parts.some((matches) => matches.length === 0)) continue;
    parts.forEach((matches, i) => {
      for (const region of matches) {
        if (parts.every((others, j) => j === i || others.some((container) => isInside(index, region, container)))) found.add(region);
      }
    });
  }
  const innermost = [...found].filter((region) => ![...found].some((other) => isInside(index, other, region)));
  if (innermost.length === 0) return undefined;
  return innermost.length === 1 ? { code: innermost[0]!.code } : { problem: "ambiguous", candidates: innermost.sort(byCodeOrder) };
}

const maxPathParts = 4;
const maxReadings = 64;

/** Ways to cut run-together Chinese names into known names: 四川省南充市营山县 → 四川省|南充市|营山县. */
function splitChinesePath(index: RegionIndex, key: string): string[][] {
  const isName = (piece: string) => index.zhFull.has(piece) || index.zhShort.has(piece) || index.zhStandsFor.has(piece);
  const readings: string[][] = [];
  const walk = (start: number, parts: string[]) => {
    if (readings.length >= maxReadings) return;
    if (start === key.length) {
      if (parts.length >= 2) readings.push(parts);
      return;
    }
    if (parts.length === maxPathParts) return;
    for (let end = Math.min(key.length, start + index.longestZhKey); end > start + 1; end--) {
      const piece = key.slice(start, end);
      if (isName(piece)) walk(end, [...parts, piece]);
    }
  };
  walk(0, []);
  return readings;
}

/** Ways to cut space-separated English words into known names: "Chaoyang Beijing". */
function splitLatinPath(index: RegionIndex, words: string[]): string[][][] {
  const readings: string[][][] = [];
  const walk = (start: number, parts: string[][]) => {
    if (readings.length >= maxReadings) return;
    if (start === words.length) {
      if (parts.length >= 2) readings.push(parts);
      return;
    }
    if (parts.length === maxPathParts) return;
    for (let end = words.length; end > start; end--) {
      const piece = words.slice(start, end);
      if (latinMatches(index, piece).length > 0) walk(end, [...parts, piece]);
    }
  };
  walk(0, []);
  return readings;
}

const maxCandidates = 5;

/** The regions with the best scores, best first, higher levels first among equals. */
function bestScored(scores: Map<RegionRecord, number>, threshold: number): RegionRecord[] {
  return [...scores]
    .filter(([, score]) => score >= threshold)
    .sort(([a, sa], [b, sb]) => sb - sa || levelRank[a.level] - levelRank[b.level] || byCodeOrder(a, b))
    .slice(0, maxCandidates)
    .map(([region]) => region);
}

function raise(scores: Map<RegionRecord, number>, regions: RegionRecord[], score: number) {
  for (const region of regions) if (score > (scores.get(region) ?? 0)) scores.set(region, score);
}

const latinThreshold = 0.4;

function latinScores(index: RegionIndex, key: string, weight: number, scores = new Map<RegionRecord, number>()): Map<RegionRecord, number> {
  for (const [name, regions] of index.latin) raise(scores, regions, weight * latinSimilarity(key, name, latinThreshold));
  return scores;
}

/**
 * Chinese names are compared by their characters and by their sound, because the usual typo of
 * a Chinese name is a character of the same pinyin picked from the input method (西按 for 西安).
 */
function nearestChinese(index: RegionIndex, key: string): RegionRecord[] {
  const grams = chineseGrams(key);
  const scores = new Map<RegionRecord, number>();
  for (const name of index.zhGrams) raise(scores, name.regions, chineseSimilarity(grams, name.grams));
  return bestScored(latinScores(index, latinKey(latinWords(pinyinPlaceName(key))), 0.9, scores), 0.4);
}

function nearestLatin(index: RegionIndex, key: string): RegionRecord[] {
  return bestScored(latinScores(index, key, 1), latinThreshold);
}

/** Codes that share the longest prefix with an unknown code (same province, same prefecture), nearest first. */
function nearestCodes(index: RegionIndex, code: string): RegionRecord[] {
  const shared = (other: string) => [...code].findIndex((c, i) => other[i] !== c);
  const scores = new Map<RegionRecord, number>();
  for (const region of index.byCode.values()) {
    const prefix = shared(region.code);
    const length = prefix === -1 ? 6 : prefix;
    if (length >= 2) scores.set(region, length - Math.abs(Number(region.code) - Number(code)) / 1e6);
  }
  return bestScored(scores, 1.5);
}
