import type { RegionRecord } from "./region-table.ts";

/**
 * How the resolver reads the text of a `region` value: which script it is in, how Chinese and
 * Latin names are brought to one comparable form, and what an English suffix word says.
 */

export const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

/** Chinese text without spaces and punctuation, which people put anywhere (陕西省 西安市, 陕西·西安). */
export function chineseKey(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]+/gu, "");
}

/** Lower-case Latin words with accents, apostrophes and hyphens gone: "Xī'ān-Shi" → ["xian", "shi"]. */
export function latinWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
}

/**
 * The comparable form of Latin words: run together, with v read as ü (= u), since pinyin has
 * no v and people type Lvliang for 吕梁. So Xi'an, Xian, XI AN and xī ān all give "xian".
 */
export function latinKey(words: string[]): string {
  return words.join("").replace(/v/g, "u");
}

/** What an English suffix word says about the region, as a test on its record. */
type RegionTest = (region: RegionRecord) => boolean;
const endsWith = (...endings: string[]): RegionTest => (region) => endings.some((ending) => region.nameZh.endsWith(ending));

// Longest first: "autonomous county" must be taken whole, not as "county".
const suffixWords: [string[], RegionTest][] = (
  [
    ["special administrative region", endsWith("特别行政区")],
    ["autonomous region", endsWith("自治区")],
    ["autonomous prefecture", endsWith("自治州")],
    ["autonomous county", endsWith("自治县")],
    ["autonomous banner", endsWith("自治旗")],
    ["forestry district", endsWith("林区")],
    ["new area", endsWith("新区")],
    ["new district", endsWith("新区")],
    ["sar", endsWith("特别行政区")],
    ["province", endsWith("省")],
    ["municipality", (r) => r.level === "province" && r.nameZh.endsWith("市")],
    ["city", endsWith("市")],
    ["prefecture", (r) => r.level === "prefecture"],
    ["league", endsWith("盟")],
    ["banner", endsWith("旗")],
    ["county", endsWith("县")],
    ["district", endsWith("区")],
    ["region", endsWith("区")],
    ["islands", endsWith("群岛")],
  ] as [string, RegionTest][]
)
  .map(([phrase, test]): [string[], RegionTest] => [phrase.split(" "), test])
  .sort((a, b) => b[0].length - a[0].length);

// Peoples named in the English names of autonomous units, which the region's own English name
// leaves out: "Guangxi Zhuang Autonomous Region", "Enshi Tujia and Miao Autonomous Prefecture".
const peopleWords = new Set(
  ("zhuang hui uygur uyghur uighur tibetan mongol mongolian miao tujia yi dai bai li korean kazak kazakh kirgiz kyrgyz " +
    "hani lisu naxi jingpo buyei bouyei dong yao she qiang tu salar dongxiang bonan baoan manchu man xibe tajik yugur " +
    "daur evenki ewenki oroqen mulao maonan gelao lahu va wa blang achang pumi nu derung and various nationalities ethnic").split(" "),
);

/**
 * Splits "Xi'an City" into the name words and what the suffix says (a city: 市). Names are
 * stored without suffix words, so the suffix only narrows the choice: "Jilin City" is the
 * prefecture 吉林市, "Jilin Province" the province.
 */
export function splitSuffixWords(words: string[]): { nameWords: string[]; test?: RegionTest } {
  for (const [phrase, test] of suffixWords) {
    if (words.length <= phrase.length) continue;
    const tail = words.slice(-phrase.length);
    if (!tail.every((word, i) => word === phrase[i])) continue;
    const nameWords = words.slice(0, -phrase.length);
    while (phrase[0] === "autonomous" && nameWords.length > 1 && peopleWords.has(nameWords.at(-1)!)) nameWords.pop();
    return { nameWords, test };
  }
  return { nameWords: words };
}

/** Country names that add nothing to a region's name: "Xi'an, Shaanxi, China". */
export const countryNames = new Set(["china", "prc", "peoplesrepublicofchina", "中国", "中华人民共和国"]);
