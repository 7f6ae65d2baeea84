/**
 * The short Chinese name of a region: its full name without the administrative suffix
 * (西安市 → 西安, 广西壮族自治区 → 广西, 恩施土家族苗族自治州 → 恩施). People write regions
 * this way at least as often as in full, so the resolver accepts both.
 */

// Longest first, so 自治州 is tried before 州-less endings and 新区 before 区.
const suffixes = [
  "群岛的岛礁及其海域",
  "特别行政区",
  "自治区",
  "自治州",
  "自治县",
  "自治旗",
  "地区",
  "特区",
  "新区",
  "群岛",
  "省",
  "市",
  "盟",
  "区",
  "县",
  "旗",
];

// The 55 minority peoples, as they appear in the names of autonomous regions, prefectures and
// counties: "X族", or for a few of them without 族 (伊犁哈萨克自治州, 博尔塔拉蒙古自治州).
const peoples = [
  "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家",
  "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇",
  "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
  "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
  "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
];
// Without 族 only the names of two characters or more are stripped: a lone 水 or 白 at the end
// of a place name is part of the name, not a people.
// 各族 ("all peoples") stands for several in 龙胜各族自治县 and 隆林各族自治县.
const peopleEndings = [...peoples.map((p) => `${p}族`), "各族", ...peoples.filter((p) => p.length >= 2)].sort((a, b) => b.length - a.length);

// Names the suffix rules would cut wrongly: 林区 ends 神农架林区 (a forestry district) but also
// 万柏林区, where 林 belongs to the name.
const irregular: Record<string, string> = { 神农架林区: "神农架" };

/** Removes the trailing names of peoples (苗族, 哈萨克) while at least two characters stay. */
function withoutPeoples(stem: string, autonomous: boolean): string {
  // A county named only after its people (东乡族自治县) keeps the people's name.
  if (stem.endsWith("族") && peoples.includes(stem.slice(0, -1)) && stem.length >= 3) return stem.slice(0, -1);
  let rest = stem;
  for (;;) {
    const ending = peopleEndings.find((p) => rest.endsWith(p) && rest.length - p.length >= 2 && (autonomous || p.endsWith("族")));
    if (!ending) return rest;
    rest = rest.slice(0, -ending.length);
  }
}

/**
 * The name without its suffix, or undefined when there is nothing shorter to say: a name whose
 * stem would be a single character (沙县, 城区, 易县) is only ever written in full.
 */
export function chineseShortName(fullName: string): string | undefined {
  if (irregular[fullName]) return irregular[fullName];
  for (const suffix of suffixes) {
    if (!fullName.endsWith(suffix) || fullName.length - suffix.length < 2) continue;
    // 瀍河回族区 is a district named after its people without being autonomous: strip 族 names always.
    return withoutPeoples(fullName.slice(0, -suffix.length), suffix.startsWith("自治"));
  }
  return undefined;
}

/**
 * The forms an autonomous unit goes by in lists and addresses: its short name with the kind of unit
 * kept (临夏回族自治州 → 临夏州, 长阳土家族自治县 → 长阳县, 阿拉善左旗 stays as it is). The
 * ministry's register writes 所在地 this way ("临夏州").
 */
export function chineseCustomaryForms(fullName: string): string[] {
  const kinds: Record<string, string> = { 自治州: "州", 自治县: "县", 自治旗: "旗" };
  for (const [suffix, kind] of Object.entries(kinds)) {
    if (!fullName.endsWith(suffix)) continue;
    const short = chineseShortName(fullName);
    return short ? [`${short}${kind}`] : [];
  }
  return [];
}
