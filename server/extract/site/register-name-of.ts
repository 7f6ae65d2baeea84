import { pinyin } from "pinyin-pro";
import { chineseShortName, latinKey, latinWords, loadRegionTable } from "../../regions/index.ts";

/**
 * The register's Chinese name for a school's English name, where the English is a reading of the
 * Chinese word by word: "Ningbo University of Technology" is 宁波工程学院 only if every
 * character of it is accounted for, so it is not. Each English word must stand for a run of the
 * Chinese name and each character must be stood for:
 * - a place or a proper name as its pinyin (Ningbo 宁波, Jiaotong 交通, Renmin 人民) or as the
 *   region table's English name (Harbin 哈尔滨, Inner Mongolia 内蒙古);
 * - a word of a kind or a field by the Chinese it translates (Normal 师范, Forestry 林业,
 *   University 大学, Polytechnic 职业技术学院), wherever the English puts it ("University of
 *   Jinan" is 济南大学).
 * A reading that takes more words as phrases wins ("Changzhou Institute of Technology" is
 * 常州工学院, not 常州工业职业技术学院 word by word). Only a name that one register name reads
 * best is returned: an English name two schools could bear, or one whose Chinese is not a
 * word-by-word reading (Harbin Institute of Technology is 哈尔滨工业大学), gets none.
 * Cost: for each of the register's ~3,200 names, a search over its characters that tries each
 * English word at each place, about 12 ms per English name (each name's pinyin read once); it runs
 * only when data/reference/make-university-domains.ts builds the table, never while reading an article.
 */

/** English words and phrases and the Chinese each may stand for; a phrase is read as one piece (see piecesOf). */
const translations: [string, string[]][] = [
  ["science and technology", ["科学技术", "科技", "理工"]],
  ["posts and telecommunications", ["邮电"]],
  ["political science and law", ["政法"]],
  ["finance and economics", ["财经"]],
  ["economics and business", ["经济贸易", "经贸"]],
  ["economics and trade", ["经济贸易", "经贸"]],
  ["international business and economics", ["对外经济贸易"]],
  ["traditional chinese medicine", ["中医药", "中医"]],
  ["chinese medicine", ["中医药", "中医"]],
  ["foreign studies", ["外国语"]],
  ["foreign languages", ["外国语"]],
  ["international studies", ["外国语"]],
  ["foreign trade", ["对外贸易", "外贸"]],
  ["light industry", ["轻工业", "轻工"]],
  ["electric power", ["电力"]],
  ["water resources", ["水利"]],
  ["hydroelectric power", ["水电"]],
  ["physical education", ["体育"]],
  ["fine arts", ["美术"]],
  ["fine art", ["美术"]],
  ["animal husbandry", ["畜牧"]],
  ["civil engineering", ["建筑", "土木"]],
  ["east china", ["华东"]],
  ["south china", ["华南"]],
  ["north china", ["华北"]],
  ["central china", ["华中"]],
  ["central south", ["中南"]],
  ["south central", ["中南"]],
  ["inner mongolia", ["内蒙古"]],
  ["three gorges", ["三峡"]],
  // Chinese schools call a 学院 a "University" as often as not (Zhaoqing University, 肇庆学院), and
  // leave "Vocational" out of a 职业技术学院's name: these readings make an English name fit more
  // schools, so that one two schools could bear gets neither.
  ["university", ["大学", "学院"]],
  ["college", ["学院", "高等专科学校", "专科学校", "职业技术学院", "职业学院"]],
  ["institute", ["学院", "职业技术学院", "职业学院"]],
  ["institute of technology", ["工学院", "理工学院"]],
  ["academy of sciences", ["科学院"]],
  ["academy of social sciences", ["社会科学院"]],
  ["arts and science", ["文理"]],
  ["arts and sciences", ["文理"]],
  ["industry and trade", ["工贸"]],
  ["industry and commerce", ["工商"]],
  ["agriculture and forestry", ["农林"]],
  ["information technology", ["信息", "信息技术"]],
  ["civil aviation", ["民用航空", "民航"]],
  ["sci tech", ["理工", "科技"]],
  ["academy", ["学院"]],
  ["school", ["学校", "学院"]],
  ["polytechnic", ["职业技术学院", "职业学院", "职业技术大学", "职业技术", "理工", "工业", "技术"]],
  ["vocational", ["职业技术", "职业"]],
  ["technical", ["技术", "工程技术"]],
  ["technology", ["理工", "工业", "科技", "技术"]],
  ["engineering", ["工程"]],
  ["science", ["科学", "科技"]],
  ["sciences", ["科学"]],
  ["normal", ["师范"]],
  ["teachers", ["师范"]],
  ["medical", ["医科", "医学", "医"]],
  ["medicine", ["医学", "医"]],
  ["pharmaceutical", ["药科", "药"]],
  ["agricultural", ["农业", "农"]],
  ["agriculture", ["农业", "农"]],
  ["forestry", ["林业", "林"]],
  ["petroleum", ["石油"]],
  ["finance", ["财经", "金融"]],
  ["financial", ["财经", "金融"]],
  ["economics", ["经济"]],
  ["economic", ["经济"]],
  ["business", ["商业", "工商", "商"]],
  ["commerce", ["商业", "商"]],
  ["commercial", ["商业", "商"]],
  ["trade", ["贸易"]],
  ["jiaotong", ["交通"]],
  ["communications", ["交通"]],
  ["communication", ["传媒", "交通"]],
  ["maritime", ["海事"]],
  ["ocean", ["海洋"]],
  ["industry", ["工业"]],
  ["industrial", ["工业"]],
  ["arts", ["艺术", "文理"]],
  ["art", ["艺术"]],
  ["music", ["音乐"]],
  ["sport", ["体育"]],
  ["sports", ["体育"]],
  ["mining", ["矿业"]],
  ["geosciences", ["地质"]],
  ["geoscience", ["地质"]],
  ["architecture", ["建筑"]],
  ["aeronautics", ["航空"]],
  ["aeronautical", ["航空"]],
  ["aviation", ["航空"]],
  ["astronautics", ["航天"]],
  ["nationalities", ["民族"]],
  ["minzu", ["民族"]],
  ["chemical", ["化工"]],
  ["textile", ["纺织"]],
  ["information", ["信息"]],
  ["electronic", ["电子"]],
  ["electronics", ["电子"]],
  ["international", ["国际"]],
  ["health", ["卫生", "健康"]],
  ["nursing", ["护理"]],
  ["tourism", ["旅游"]],
  ["law", ["政法", "法"]],
  ["police", ["警察", "警官"]],
  ["audit", ["审计"]],
  ["design", ["设计"]],
  ["media", ["传媒"]],
  ["construction", ["建设", "建筑"]],
  ["railway", ["铁道", "铁路"]],
  ["transportation", ["交通"]],
  ["surveying and mapping", ["测绘"]],
  ["meteorology", ["气象"]],
  ["china", ["中国"]],
  ["capital", ["首都"]],
  ["central", ["中央"]],
  ["northeast", ["东北"]],
  ["northeastern", ["东北"]],
  ["northwest", ["西北"]],
  ["northwestern", ["西北"]],
  ["southwest", ["西南"]],
  ["southwestern", ["西南"]],
  ["southeast", ["东南"]],
  ["north", ["北方"]],
  ["northern", ["北方"]],
  ["south", ["南方"]],
  ["southern", ["南方"]],
  ["chinese", ["中国", "中华"]],
  ["first", ["第一"]],
  ["second", ["第二"]],
  ["union", ["联合"]],
  ["energy", ["能源"]],
  ["forest", ["林业", "林"]],
  ["flight", ["飞行"]],
  ["modern", ["现代"]],
  ["city", ["城市"]],
  ["tech", ["工业", "理工", "科技"]],
  // Names known in English by older spellings.
  ["peking", ["北京"]],
  ["tsinghua", ["清华"]],
  ["soochow", ["苏州"]],
  ["hohai", ["河海"]],
  ["sun yat sen", ["中山"]],
];

const translationOf = new Map(translations);

/** Words that stand for nothing in the Chinese name. */
const linking = new Set(["of", "and", "the", "for", "at", "in"]);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .split(/[^a-z]+/)
    .filter((w) => w !== "");
}

let placeNames: Map<string, Set<string>> | undefined;

/** The region table's English names (without "City", "County"…) and the Chinese short names they stand for. */
function placesByEnglish(): Map<string, Set<string>> {
  if (placeNames) return placeNames;
  placeNames = new Map();
  for (const region of loadRegionTable()) {
    const key = latinKey(latinWords(region.name));
    const short = chineseShortName(region.nameZh) ?? region.nameZh;
    if (!placeNames.has(key)) placeNames.set(key, new Set());
    placeNames.get(key)!.add(short);
  }
  return placeNames;
}

interface Piece {
  /** Indexes of the English words it uses. */
  uses: number;
  chinese: string[];
}

/** Every way a run of the English words can stand for Chinese: phrases, single words, and runs of words read as places. */
function piecesOf(english: string[]): Piece[] {
  const pieces: Piece[] = [];
  const places = placesByEnglish();
  for (let start = 0; start < english.length; start++) {
    for (let end = start + 1; end <= Math.min(english.length, start + 4); end++) {
      const phrase = english.slice(start, end).join(" ");
      const mask = ((1 << (end - start)) - 1) << start;
      const translated = translationOf.get(phrase);
      if (translated) pieces.push({ uses: mask, chinese: translated });
      const place = places.get(latinKey(english.slice(start, end)));
      if (place) pieces.push({ uses: mask, chinese: [...place] });
    }
  }
  return pieces;
}

const syllablesOf = new Map<string, string[]>();

/** The pinyin of each character, read once per register name however many English names are tried on it. */
function syllables(name: string): string[] {
  let read = syllablesOf.get(name);
  if (!read) {
    read = pinyin(name, { toneType: "none", type: "array" }).map((s) => s.replace(/ü|v/g, "u").toLowerCase());
    syllablesOf.set(name, read);
  }
  return read;
}

const bits = (mask: number) => mask.toString(2).replace(/0/g, "").length;

/**
 * How well the English words, each used once, account for every character of `name`: the most
 * words any such reading reads as phrases ("institute of technology" 工学院 rather than word by
 * word), or -1 when none accounts for it.
 */
function reading(name: string, english: string[], pieces: Piece[]): number {
  const readings = syllables(name);
  const needed = english.reduce((mask, word, i) => (linking.has(word) ? mask : mask | (1 << i)), 0);
  const memo = new Map<string, number>();
  const search = (at: number, used: number): number => {
    if (at === name.length) return (used & needed) === needed ? 0 : -1;
    const key = `${at}:${used}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let best = -1;
    for (const piece of pieces) {
      if (used & piece.uses) continue;
      const phrase = bits(piece.uses) > 1 ? bits(piece.uses) : 0;
      for (const chinese of piece.chinese) {
        if (!name.startsWith(chinese, at)) continue;
        const rest = search(at + chinese.length, used | piece.uses);
        if (rest >= 0) best = Math.max(best, rest + phrase);
      }
    }
    // A word read as the pinyin of the characters (宁波 ningbo, 人民 renmin).
    for (let i = 0; i < english.length; i++) {
      if (used & (1 << i) || linking.has(english[i]!)) continue;
      let joined = "";
      for (let end = at; end < Math.min(name.length, at + 4); end++) {
        joined += readings[end];
        if (joined === english[i]) best = Math.max(best, search(end + 1, used | (1 << i)));
        if (!english[i]!.startsWith(joined)) break;
      }
    }
    memo.set(key, best);
    return best;
  };
  return search(0, 0);
}

/** The one register name that the English name reads word by word, or undefined. */
export function registerNameOf(nameEn: string, registerNames: readonly string[]): string | undefined {
  const english = words(nameEn);
  if (english.length === 0 || english.length > 12) return undefined;
  const pieces = piecesOf(english);
  let best = 0;
  let found: string[] = [];
  for (const name of registerNames) {
    const score = reading(name, english, pieces);
    if (score < best) continue;
    if (score > best) {
      best = score;
      found = [];
    }
    found.push(name);
  }
  return found.length === 1 ? found[0] : undefined;
}
