import { boundaryWordSet, longestBoundaryWord, nameFriendlyBoundaries, protectedPhrases } from "./boundary-words.ts";
import { allRegionNames, leadingRegionRun, regionNameAt } from "./region-names.ts";
import { isDisciplineStem } from "./subunits.ts";

/**
 * Where a Chinese name starts, read leftwards from its last word: "与西安理工大学签约" gives
 * 西安理工大学, "一行赴陕西秦越智能装备有限公司" gives 陕西秦越智能装备有限公司. The name runs over
 * Han characters and Latin letters (and a bracketed place, 安必信（四川）石油设备有限公司) and
 * stops at punctuation, digits, a date, or the end of a boundary word (boundary-words.ts).
 */

export const maxNameLength = 32;

const isHan = (ch: string) => /\p{Script=Han}/u.test(ch);
export const isNameCharacter = (ch: string | undefined) => ch !== undefined && /[\p{Script=Han}A-Za-z]/u.test(ch);
const dateDigit = /[0-9０-９〇零一二三四五六七八九十]/;

let phrasesByWord: Map<string, string[]> | undefined;

/** Protected phrases (and place names) holding each boundary word. */
function protectingPhrases(word: string): string[] {
  if (!phrasesByWord) {
    phrasesByWord = new Map();
    const phrases = [...protectedPhrases, ...allRegionNames()];
    for (const stop of boundaryWordSet) {
      const holding = phrases.filter((phrase) => phrase.length > stop.length && phrase.includes(stop));
      if (holding.length > 0) phrasesByWord.set(stop, holding);
    }
  }
  return phrasesByWord.get(word) ?? [];
}

/** True when the boundary word at [start, end) is part of a protected phrase standing in the text. */
function isProtected(text: string, start: number, word: string): boolean {
  for (const phrase of protectingPhrases(word)) {
    for (let at = phrase.indexOf(word); at !== -1; at = phrase.indexOf(word, at + 1)) {
      const phraseStart = start - at;
      if (phraseStart >= 0 && text.startsWith(phrase, phraseStart)) return true;
    }
  }
  return false;
}

/** The boundary word ending at `position` (not before `limit`), longest first, if any. */
export function boundaryWordEndingAt(text: string, position: number, limit = 0): string | undefined {
  for (let length = Math.min(longestBoundaryWord, position - limit); length >= 1; length--) {
    const word = text.slice(position - length, position);
    if (boundaryWordSet.has(word) && !isProtected(text, position - length, word)) return word;
  }
  return undefined;
}

/**
 * 公司, 学校, 学院 or 集团 standing alone (，公司每年为学院…) refers to an organisation and ends any
 * name before it; at the end of a name (…有限公司陕西省分行) it does not.
 */
function standaloneReferenceEndingAt(text: string, position: number, limit: number): string | undefined {
  for (const word of ["公司", "集团", "学院", "学校"]) {
    const start = position - word.length;
    if (start >= limit && text.startsWith(word, start) && isNameStartBoundary(text, start, limit)) return word;
  }
  return undefined;
}

/** True when a boundary word starts at `position` (西电与…, 哈工大的…). */
export function startsBoundaryWord(text: string, position: number): boolean {
  for (let length = Math.min(longestBoundaryWord, text.length - position); length >= 1; length--) {
    const word = text.slice(position, position + length);
    if (boundaryWordSet.has(word) && !isProtected(text, position, word)) return true;
  }
  return false;
}

/** True when a name may start at `position`: after punctuation, a boundary word or the limit. */
export function isNameStartBoundary(text: string, position: number, limit = 0): boolean {
  if (position <= limit) return true;
  if (!isNameCharacter(text[position - 1])) return true;
  return boundaryWordEndingAt(text, position, limit) !== undefined;
}

const countHan = (text: string) => [...text].filter(isHan).length;

/**
 * The start of the name whose last word (suffix) starts at `suffixStart` and which ends at `end`,
 * not before `limit` (the sentence start); undefined when no sensible start is found within
 * maxNameLength characters. `readThroughStops` allows the 同济/联合大学 reading (see boundary-words.ts).
 */
const provinces = ["北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆"];
const provinceForms = provinces.flatMap((p) => [`${p}省`, `${p}市`, p]).sort((a, b) => b.length - a.length);

function provinceEndingAt(text: string, position: number, limit: number): string | undefined {
  return provinceForms.find((p) => position - p.length >= limit && text.slice(position - p.length, position) === p);
}

export function nameStart(text: string, suffixStart: number, end: number, limit = 0, readThroughStops = true): number | undefined {
  let position = suffixStart;
  let skippedOnce = false;
  while (position > limit) {
    const ch = text[position - 1]!;
    if (ch === "）" || ch === ")") {
      const open = text.lastIndexOf(ch === "）" ? "（" : "(", position - 1);
      const inner = open >= limit ? text.slice(open + 1, position - 1) : "";
      if (open >= limit && position - open <= 12 && /^[\p{Script=Han}A-Za-z]+$/u.test(inner) && isNameCharacter(text[open - 1])) {
        position = open;
        continue;
      }
      break;
    }
    if (!isNameCharacter(ch)) break;
    if ("日月年号".includes(ch) && dateDigit.test(text[position - 2] ?? "")) break;
    const stop = boundaryWordEndingAt(text, position, limit) ?? standaloneReferenceEndingAt(text, position, limit);
    if (stop) {
      const stemHan = countHan(text.slice(position, suffixStart));
      const before = position - stop.length;
      const stem = text.slice(position, suffixStart);
      const friendly = nameFriendlyBoundaries.has(stop) && !/^[该本我贵其此这那各每]/.test(stem);
      // 同济大学 (one character left) or 北京联合大学 (none, after a two-character word).
      const tooShort = stemHan === 1 || (stemHan === 0 && stop.length >= 2);
      const suffixText = text.slice(suffixStart, end);
      const formOnly = stem === "" || companyForm.test(stem);
      // 美的集团股份有限公司: 集团 reads as "the group" by itself, but within a company's form it is part of the name.
      if (readThroughStops && companyForm.test(stop) && formOnly && companySuffix.test(suffixText)) {
        position = before;
        continue;
      }
      // 美的集团股份有限公司 cut at 的: a company's form alone has lost its brand, which one or two
      // characters after a boundary hold. Only before a legal form: 嘉宾为集团 is a guest and a group.
      if (readThroughStops && stop.length === 1 && !conjunctions.has(stop) && formOnly && legalForm.test(suffixText)) {
        for (const own of [1, 2]) {
          const brandStart = before - own;
          if (brandStart < limit || ![...text.slice(brandStart, before)].every((c) => isHan(c) && !boundaryWordSet.has(c))) continue;
          if (brandStart === limit || !isNameCharacter(text[brandStart - 1]) || boundaryWordEndingAt(text, brandStart, limit)) return brandStart;
        }
      }
      // 华为技术有限公司 cut at 为: a company named by field words alone (技术有限公司) has lost its brand
      // to the cut. The brand must hold a character of its own before the stop word: 学生到技术有限公司 names no company.
      const brandless =
        stop.length === 1 && brandCharacters.has(stop) && stemHan >= 2 && companySuffix.test(suffixText) && isDisciplineStem(stem) && before - 1 > limit && !boundaryWordEndingAt(text, before, limit);
      if (readThroughStops && !skippedOnce && ((tooShort && friendly) || brandless) && before > limit && isNameCharacter(text[before - 1])) {
        position = before;
        skippedOnce = true;
        continue;
      }
      // 湖北同诚生物工程有限公司: a province right before the stop word begins the name, the stop word is inside it.
      const province = readThroughStops && stop.length === 1 && friendly ? provinceEndingAt(text, before, limit) : undefined;
      if (province && (before - province.length === limit || !isNameCharacter(text[before - province.length - 1]) || boundaryWordEndingAt(text, before - province.length, limit))) {
        return before - province.length;
      }
      const brand = readThroughStops ? brandAroundStop(text, stop, before, position, suffixStart, end, limit) : undefined;
      if (brand !== undefined) return brand;
      break;
    }
    position--;
    if (end - position > maxNameLength) return undefined;
  }
  return position;
}

const conjunctions = new Set(["与", "和", "同", "及", "并", "暨", "或"]);
// Verbs of coming and going that companies' brands hold: 蔚来, 至远, 随锐, 往来.
const brandVerbs = new Set(["来", "去", "到", "至", "往", "随", "赴"]);
// Stop words that brands hold (华为, 蔚来, 致远): never a conjunction (与, 和) or 的, which join and qualify names.
const brandCharacters = new Set([...brandVerbs, "为", "以", "于", "从", "向", "对", "将"]);
const legalForm = /(有限公司|有限责任公司|股份公司)$/;
const companySuffix = /(有限公司|有限责任公司|股份公司|集团)$/;
/** Words of a company's form, not its brand: 集团, 股份, 控股. */
const companyForm = /^(集团|股份|控股)+$/;

/**
 * 上海蔚来汽车有限公司, 宝鸡至远电子有限公司: a verb of coming or going with a place and at most two
 * characters before it, and after it words that name no place, is inside a company's brand; the
 * name starts at the place. Returns that start, or undefined. Conjunctions and prepositions (与,
 * 在) stay boundaries: 西安交大与远光科技有限公司 is two names.
 */
function brandAroundStop(text: string, stop: string, before: number, position: number, suffixStart: number, end: number, limit: number): number | undefined {
  if (!brandVerbs.has(stop) || !companySuffix.test(text.slice(suffixStart, end))) return undefined;
  if (leadingRegionRun(`${text.slice(position, suffixStart)}公司`).prefix !== "") return undefined;
  for (let own = 0; own <= 2; own++) {
    const placeEnd = before - own;
    const brandStart = text.slice(placeEnd, before);
    if (placeEnd <= limit || !/^[\p{Script=Han}]*$/u.test(brandStart) || [...brandStart].some((ch) => boundaryWordSet.has(ch))) continue;
    for (let length = 6; length >= 2; length--) {
      const placeStart = placeEnd - length;
      const place = text.slice(placeStart, placeEnd);
      if (placeStart < limit || regionNameAt(place, 0)?.name !== place) continue;
      // 从西安到华为技术有限公司, 赴聊城到中通汽车工业集团: a place one comes from or goes to is no brand's start.
      if (/(从|自|由|离开|赴|到|去|来|前往|抵达)$/.test(text.slice(Math.max(limit, placeStart - 2), placeStart))) return undefined;
      if (placeStart === limit || !isNameCharacter(text[placeStart - 1]) || boundaryWordEndingAt(text, placeStart, limit)) return placeStart;
    }
  }
  return undefined;
}
