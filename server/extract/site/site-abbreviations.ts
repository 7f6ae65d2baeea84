import { pinyin } from "pinyin-pro";
import { descriptorLetters, placeLetters } from "./abbreviation-words.ts";
import { endingOf } from "./institution-endings.ts";

/**
 * Whether a site name can abbreviate an organisation's name. Sites cut a name into words and
 * write each as its pinyin initials, its first letter, its whole pinyin or its English letters:
 * 宁波大学 is nbu, 长春工业大学 ccut, 郑州铁路职业技术学院 zzrvtc, 江苏淮海技师学院 jshhjsxy,
 * 湖南大方农化股份有限公司 hndafang, "Fujian Kaijing Greentech Material Co., Ltd." fjkj. A name
 * becomes one regular expression over those choices. Cost: one pinyin reading per name, once.
 */

const companyEnding = /(股份有限公司|有限责任公司|有限公司|集团公司|公司|集团)$/;
const englishLegal = /^(co|ltd|limited|inc|corp|corporation|company|plc|llc|group|holdings?|sdn|bhd)$/i;
const englishStop = /^(of|and|the|for|&|in|at)$/i;

const syllablePattern = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|v))/;

/** A romanised word's syllables (Kaijing → kai, jing), when it reads as pinyin throughout. */
export function pinyinSyllables(word: string): string[] | undefined {
  const rest = word.toLowerCase();
  if (rest === "") return [];
  // Longest syllable first, then shorter ones, so that "xian" can still be "xi'an" where needed.
  const longest = syllablePattern.exec(rest)?.[0];
  if (!longest) return undefined;
  for (let n = longest.length; n >= 1; n--) {
    const head = rest.slice(0, n);
    if (!syllablePattern.test(head) || syllablePattern.exec(head)![0] !== head) continue;
    const tail = pinyinSyllables(rest.slice(n));
    if (tail) return [head, ...tail];
  }
  return undefined;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const group = (options: Iterable<string>) => `(?:${[...new Set(options)].filter(Boolean).map(escape).join("|")})`;

function readings(chars: string): { syllables: string[] } | undefined {
  const syllables = pinyin(chars, { toneType: "none", type: "array" }).map((s) => s.replace(/ü|v/g, "u").toLowerCase());
  return syllables.every((s) => /^[a-z]+$/.test(s)) ? { syllables } : undefined;
}

// Provinces a site may write with one letter (aust.edu.cn: 安徽理工大学); other words keep an initial per syllable.
const oneLetterPlaces = new Set(["河北", "山西", "辽宁", "吉林", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "广西", "西藏", "宁夏", "新疆"]);

/**
 * The ways one Chinese word may be written in a site name. A place may also be its first syllable
 * whole and the second's initial, as sites tell 湖南, 河南 and 海南 apart (hunnu, henau, hainu): on
 * the 416 sites of the domain list with a register name, 10 more read right and none wrong.
 */
function chineseWordOptions(word: string, extra: string[] = [], oneLetter = false, place = false): string[] | undefined {
  const read = readings(word);
  if (!read) return undefined;
  const initials = read.syllables.map((s) => s[0]).join("");
  const firstWhole = place && read.syllables.length === 2 ? [read.syllables[0]! + read.syllables[1]![0]] : [];
  return [...extra, initials, ...(oneLetter ? [initials[0]!] : []), ...firstWhole, read.syllables.join("")];
}

/**
 * The letters of an ending written before the field it is of: "Shanghai University of Finance and
 * Economics" (sufe, 上海财经大学), "Shanghai Technical Institute of Electronics & Information"
 * (stiei, 上海电子信息职业技术学院).
 */
const endingBeforeField: Record<string, string[]> = {
  大学: ["u"],
  学院: ["c", "i", "u"],
  职业技术学院: ["ti", "vti", "i"],
  职业学院: ["vi", "vc"],
};

/**
 * The name's words in the order of its English name, where that order differs from the Chinese:
 * the place, the ending, then the field (sufe), or for a 大学 the ending, the field and the place
 * last (ustc: University of Science and Technology of China). Read only when no name reads a site
 * name in the Chinese order: on the 416 sites of the domain list with a register name, the two
 * orders together put 9 that one order read right among several schools.
 */
function englishOrderParts(name: string): string[] | undefined {
  const ending = endingOf(name);
  const ofLetters = ending ? endingBeforeField[ending.zh] : undefined;
  if (!ending || !ofLetters) return undefined;
  const parts = stemParts(name.slice(0, -ending.zh.length));
  if (!parts || parts.length < 2) return undefined;
  const field = parts.slice(1).join("");
  const placeLast = ending.zh === "大学" ? `|u${field}${parts[0]}` : "";
  return [`(?:${parts[0]}${group(ofLetters)}${field}${placeLast})`];
}

const descriptorsLongestFirst = Object.keys(descriptorLetters).sort((a, b) => b.length - a.length);

/** A name's stem cut into its place and the words after it, each as the choices of its letters. */
function stemParts(stem: string): string[] | undefined {
  if (stem.length === 0) return undefined;
  const parts: string[] = [];
  let rest = stem;
  const place = Object.keys(placeLetters).find((p) => rest.startsWith(p));
  const placeWord = place ?? (rest.length > 2 ? rest.slice(0, 2) : rest);
  const placeOptions = chineseWordOptions(placeWord, placeLetters[placeWord], oneLetterPlaces.has(placeWord), true);
  if (!placeOptions) return undefined;
  parts.push(group(placeOptions));
  rest = rest.slice(placeWord.length);
  while (rest.length > 0) {
    const known = descriptorsLongestFirst.find((d) => rest.startsWith(d));
    const word = known ?? rest.slice(0, Math.min(2, rest.length));
    const options = chineseWordOptions(word, known ? descriptorLetters[known] : []);
    if (!options) return undefined;
    parts.push(group(options));
    rest = rest.slice(word.length);
  }
  return parts;
}

function chineseParts(name: string): string[] | undefined {
  const ending = endingOf(name);
  const company = ending ? undefined : companyEnding.exec(name)?.[1];
  const stem = ending ? name.slice(0, -ending.zh.length) : company ? name.slice(0, -company.length) : name;
  const parts = stemParts(stem);
  if (!parts) return undefined;
  if (ending) {
    const whole = readings(stem);
    // huanghuai.edu.cn (黄淮学院): the stem in full pinyin may stand alone.
    const alone = whole ? `|${escape(whole.syllables.join(""))}` : "";
    // hndq.edu.cn (湖南电气职业技术学院): a stem of two words or more may stand without its ending.
    const stemAlone = parts.length >= 2 ? `|${parts.join("")}` : "";
    // "University of Jiangsu": ujs.edu.cn writes the ending first.
    const first = ending.zh === "大学" && parts.length === 1 ? `|u${parts[0]}` : "";
    return [`(?:${parts.join("")}${group(ending.letters)}${first}${alone}${stemAlone})`];
  }
  if (company) {
    // A company's site names it by its first words (hndafang.cn: 湖南大方农化股份有限公司); the rest may be left out.
    const tail = parts.slice(2).map((part) => `${part}?`);
    return [...parts.slice(0, 2), ...tail, `${group(company.includes("集团") ? ["group", "jt", "g"] : ["gs"])}?`];
  }
  return parts;
}

function englishParts(name: string): string[] | undefined {
  const words = name
    .replace(/\([^)]*\)/g, " ")
    .split(/[^A-Za-z]+/)
    .filter((w) => w && !englishStop.test(w));
  if (words.length === 0) return undefined;
  const company = words.some((word) => englishLegal.test(word));
  return words.map((word, i) => {
    const lower = word.toLowerCase();
    const syllables = pinyinSyllables(lower);
    const options = [lower, lower[0]!, ...(syllables && syllables.length > 1 ? [syllables.map((s) => s[0]).join("")] : [])];
    // A company's site names it by its first words (fjkj.com.cn: Fujian Kaijing Greentech Material Co., Ltd.).
    return englishLegal.test(word) || (company && i >= 2) ? `${group(options)}?` : group(options);
  });
}

/** Which order of a Chinese name's words a site name is read in (englishOrderParts). */
export type AbbreviationOrder = "chinese" | "english";

const patterns = new Map<string, RegExp | null>();

/** The expression a site name must match to abbreviate `name`; undefined when the name cannot be read. */
export function abbreviationPattern(name: string, order: AbbreviationOrder = "chinese"): RegExp | undefined {
  const key = `${order}:${name}`;
  let pattern = patterns.get(key);
  if (pattern === undefined) {
    const han = /\p{Script=Han}/u.test(name);
    const parts = order === "english" ? (han ? englishOrderParts(name) : undefined) : han ? chineseParts(name) : englishParts(name);
    pattern = parts ? new RegExp(`^${parts.join("")}$`) : null;
    patterns.set(key, pattern);
  }
  return pattern ?? undefined;
}

export function abbreviates(label: string, name: string, order: AbbreviationOrder = "chinese"): boolean {
  return abbreviationPattern(name, order)?.test(label) ?? false;
}

/** The name's stem in pinyin, run together ("宁波大学" → "ningbo"), for matching an English name to it. */
export function stemPinyin(name: string): string | undefined {
  const ending = endingOf(name);
  const stem = ending ? name.slice(0, name.length - ending.zh.length) : name;
  return readings(stem)?.syllables.join("");
}
