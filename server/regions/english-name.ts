import { pinyin } from "pinyin-pro";
import { chineseShortName } from "./chinese-short-name.ts";
import { customaryEnglishNames, placeNameCharacterReadings, placeNameReadings } from "./customary-english-names.ts";

/**
 * Pinyin written as an English place name: syllables run together, the first letter capital,
 * and an apostrophe before a syllable that starts with a, o or e so that it can't be read as
 * part of the syllable before it (西安 Xi'an, not Xian; 延安 Yan'an). ü is written u, as
 * English-language sources usually do, which keeps every name plain ASCII (吕梁 Luliang).
 */
export function pinyinPlaceName(chinese: string): string {
  const chars = [...chinese];
  const syllables = pinyin(chinese, { toneType: "none", type: "array" }).map((s, i) => (placeNameCharacterReadings[chars[i]!] ?? s).replace(/ü/g, "u").replace(/v/g, "u"));
  const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join("");
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/**
 * The English name of a region, without a suffix word: the customary name where there is one
 * (Inner Mongolia, Harbin), otherwise the pinyin of the short Chinese name (西安市 → Xi'an,
 * 营山县 → Yingshan), or of the full name when the short one would be a single character
 * (沙县 → Shaxian).
 */
export function englishName(code: string, fullNameZh: string): string {
  const customary = customaryEnglishNames[code];
  if (customary) return customary.name;
  const base = chineseShortName(fullNameZh) ?? fullNameZh;
  return placeNameReadings[base] ?? pinyinPlaceName(base);
}

/** Other English spellings that should find the region (Xizang, Macau, Ha'erbin). */
export function englishAliases(code: string): string[] {
  return customaryEnglishNames[code]?.aliases ?? [];
}
