import { nameKeys } from "../text/index.ts";
import type { Random } from "../random.ts";
import type { County, Prefecture, Province } from "./regions.ts";

/**
 * Bilingual names for synthetic organisations, built from real place names and the words such
 * names are made of: 南充智造科技有限公司 / Nanchong Zhizao Technology Co. Ltd.,
 * 宝鸡职业技术学院 / Baoji Vocational and Technical College. The place names are real; the
 * organisations are not (the dataset's source says so).
 */

export interface BilingualName {
  nameZh: string;
  name: string;
}

/** Brand characters of enterprise names, with their pinyin. No character reads two ways here. */
const brandChars = (
  "智zhi 造zao 华hua 鑫xin 瑞rui 恒heng 达da 宏hong 泰tai 信xin 诚cheng 联lian 创chuang 新xin 源yuan 科ke " +
  "通tong 安an 康kang 博bo 远yuan 天tian 金jin 德de 正zheng 海hai 云yun 峰feng 立li 航hang 润run 晟sheng " +
  "弘hong 睿rui 鼎ding 拓tuo 启qi 蓝lan 腾teng 凯kai 磊lei 嘉jia 锦jin 亿yi 益yi 丰feng 裕yu 隆long " +
  "昊hao 宇yu 卓zhuo 越yue 驰chi 星xing 辰chen 晨chen 光guang 明ming 佳jia 汇hui 融rong 众zhong 诺nuo 奥ao " +
  "坤kun 乾qian 元yuan 祥xiang 振zhen 兴xing 旭xu 昌chang 骏jun 威wei 力li 芯xin 微wei 精jing 维wei 优you " +
  "尚shang 瀚han 沃wo 晶jing 煜yu 阔kuo 铭ming 航hang 朗lang 鸿hong 盈ying 捷jie 百bai 开kai 致zhi 远yuan"
)
  .split(" ")
  .map((entry) => ({ zh: entry.charAt(0), en: entry.slice(1) }))
  .filter((entry, i, all) => all.findIndex((other) => other.zh === entry.zh) === i);

/** Pairs that are the names of well-known real companies. */
const realBrands = new Set(["华为", "海尔", "格力", "联想", "华润", "华电", "中信", "海信", "恒瑞", "大华", "隆基", "通威", "天合", "阳光", "金风", "远景", "明阳", "宁德", "恒力", "海天", "创维", "康佳", "华星", "京东", "天马", "立讯", "欣旺", "德赛", "伟创", "长城", "汇川", "华天", "通富", "长电", "晶科", "正泰", "德力", "华友", "华鲁", "万华", "博世", "安道", "瑞声", "信维", "光迅", "中兴", "紫光", "浪潮", "海康", "科大", "宇通", "三一", "中联", "天能", "超威", "华夏", "光明", "海航", "东航", "国航", "南航", "鸿海", "富士"]);

export function brand(random: Random, length = 2): BilingualName {
  for (;;) {
    const chars = Array.from({ length }, () => random.pick(brandChars));
    const zh = chars.map((c) => c.zh).join("");
    if (new Set(zh).size < length || realBrands.has(zh.slice(0, 2))) continue;
    const en = chars.map((c, i) => (i > 0 && /^[aoe]/.test(c.en) ? `'${c.en}` : c.en)).join("");
    return { nameZh: zh, name: en.charAt(0).toUpperCase() + en.slice(1) };
  }
}

/** What an enterprise without an industry chain says it does. */
export const genericWords: [string, string][] = [
  ["科技", "Technology"], ["实业", "Industrial"], ["机械", "Machinery"], ["电子", "Electronics"], ["信息技术", "Information Technology"],
  ["建设工程", "Construction Engineering"], ["智能装备", "Intelligent Equipment"], ["新材料", "New Materials"], ["能源", "Energy"],
  ["工程技术", "Engineering Technology"], ["贸易", "Trading"], ["物流", "Logistics"], ["环境工程", "Environmental Engineering"],
  ["电气", "Electric"], ["精密制造", "Precision Manufacturing"], ["网络科技", "Network Technology"], ["商贸", "Commerce"], ["食品", "Food"],
  ["医药", "Pharmaceutical"], ["农业科技", "Agricultural Technology"], ["文化传媒", "Culture and Media"], ["检测技术", "Testing Technology"],
  ["汽车服务", "Automotive Services"], ["酒店管理", "Hotel Management"], ["建筑设计", "Architectural Design"], ["电力工程", "Power Engineering"],
];

/** A place as organisation names use it: 南充 / Nanchong. */
export interface Place {
  zh: string;
  en: string;
}

export const placeOf = {
  province: (p: Province): Place => ({ zh: p.shortZh, en: p.name }),
  prefecture: (p: Prefecture): Place => ({ zh: p.shortZh, en: p.name }),
  county: (c: County): Place => ({ zh: c.shortZh, en: c.name }),
};

/**
 * Names handed out so far. Ingest takes two organisations whose name, Chinese name or alias share
 * a name key (nameKey: case, spacing, punctuation and legal suffixes aside) for one and merges
 * them, so every key of every synthetic organisation is kept unique here: 南充智造科技有限公司
 * and 南充智造科技股份有限公司 could not both exist, nor two aliases 南充智造.
 */
export class NameRegistry {
  private readonly taken = new Set<string>();

  /** Takes all of `names` if none of their keys is taken yet; says whether it did. */
  claim(...names: (BilingualName | string)[]): boolean {
    const keys: string[] = [];
    // One name at a time, so that a clash is found before the other keys are worked out.
    for (const name of names) {
      for (const key of nameKeys(typeof name === "string" ? [name] : [name.nameZh, name.name])) {
        if (this.taken.has(key)) return false;
        keys.push(key);
      }
    }
    for (const key of keys) this.taken.add(key);
    return true;
  }
}

export type EnterpriseKind = "private" | "soe" | "foreign";

export interface EnterpriseNaming {
  kind: EnterpriseKind;
  /** A large enterprise: a group, often named after its province. */
  large: boolean;
  place: Place;
  province: Province;
  word: [string, string];
}

/** 南充智造科技有限公司 / Nanchong Zhizao Technology Co. Ltd., with 南充智造 as its short name. */
export function enterpriseName(random: Random, naming: EnterpriseNaming, registry: NameRegistry): BilingualName & { alias: BilingualName } {
  const [wordZh, wordEn] = naming.word;
  for (let attempt = 0; ; attempt++) {
    const b = brand(random, attempt < 40 ? 2 : 3);
    let result: BilingualName;
    let alias: BilingualName;
    if (naming.kind === "foreign") {
      result = { nameZh: `${b.nameZh}（${naming.province.shortZh}）${wordZh}有限公司`, name: `${b.name} (${naming.province.name}) ${wordEn} Co. Ltd.` };
      alias = b;
    } else if (naming.large) {
      const place = random.chance(0.5) ? placeOf.province(naming.province) : naming.place;
      result = { nameZh: `${place.zh}${b.nameZh}${wordZh}集团有限公司`, name: `${place.en} ${b.name} ${wordEn} Group Co. Ltd.` };
      alias = { nameZh: `${b.nameZh}集团`, name: `${b.name} Group` };
    } else {
      const stock = random.chance(0.15);
      result = { nameZh: `${naming.place.zh}${b.nameZh}${wordZh}${stock ? "股份有限公司" : "有限公司"}`, name: `${naming.place.en} ${b.name} ${wordEn} Co. Ltd.` };
      alias = { nameZh: `${naming.place.zh}${b.nameZh}`, name: `${naming.place.en} ${b.name}` };
    }
    // The short name first: it is the one most likely taken.
    if (registry.claim(alias, result)) return { ...result, alias };
  }
}

export type InstitutionKind = "university" | "vocational_college" | "research_institute";

/** [中文 ending, English pattern with {P} for the place]; `provinceOnly` ones name a province. */
const institutionPatterns: Record<InstitutionKind, { zh: string; en: string; provinceOnly?: boolean }[]> = {
  university: [
    { zh: "大学", en: "{P} University", provinceOnly: true },
    { zh: "学院", en: "{P} University" },
    { zh: "理工大学", en: "{P} University of Technology" },
    { zh: "科技大学", en: "{P} University of Science and Technology" },
    { zh: "工业大学", en: "{P} Polytechnic University" },
    { zh: "师范大学", en: "{P} Normal University" },
    { zh: "师范学院", en: "{P} Normal College" },
    { zh: "文理学院", en: "{P} University of Arts and Sciences" },
    { zh: "工程学院", en: "{P} Institute of Engineering" },
    { zh: "医科大学", en: "{P} Medical University" },
    { zh: "中医药大学", en: "{P} University of Chinese Medicine" },
    { zh: "农业大学", en: "{P} Agricultural University" },
    { zh: "财经大学", en: "{P} University of Finance and Economics" },
    { zh: "交通大学", en: "{P} Jiaotong University" },
    { zh: "工商学院", en: "{P} Technology and Business University" },
    { zh: "科技学院", en: "{P} Institute of Science and Technology" },
  ],
  vocational_college: [
    { zh: "职业技术学院", en: "{P} Vocational and Technical College" },
    { zh: "职业学院", en: "{P} Vocational College" },
    { zh: "工业职业技术学院", en: "{P} Industrial Vocational and Technical College" },
    { zh: "交通职业技术学院", en: "{P} Communications Vocational and Technical College" },
    { zh: "信息职业技术学院", en: "{P} Information Vocational and Technical College" },
    { zh: "电子信息职业技术学院", en: "{P} Electronic Information Vocational and Technical College" },
    { zh: "机电职业技术学院", en: "{P} Mechanical and Electrical Vocational and Technical College" },
    { zh: "建筑职业技术学院", en: "{P} Construction Vocational and Technical College" },
    { zh: "化工职业技术学院", en: "{P} Chemical Vocational and Technical College" },
    { zh: "轨道交通职业学院", en: "{P} Rail Transit Vocational College" },
    { zh: "财经职业学院", en: "{P} Finance and Economics Vocational College" },
    { zh: "医学高等专科学校", en: "{P} Medical College" },
    { zh: "农业职业技术学院", en: "{P} Agricultural Vocational and Technical College" },
    { zh: "工程职业技术学院", en: "{P} Engineering Vocational and Technical College" },
    { zh: "能源职业技术学院", en: "{P} Energy Vocational and Technical College" },
    { zh: "航空职业技术学院", en: "{P} Aviation Vocational and Technical College" },
    { zh: "职业技术大学", en: "{P} Vocational University", provinceOnly: true },
    { zh: "技师学院", en: "{P} Technician College" },
  ],
  research_institute: [
    { zh: "工业技术研究院", en: "{P} Industrial Technology Research Institute" },
    { zh: "产业技术研究院", en: "{P} Institute of Industrial Technology" },
    { zh: "农业科学院", en: "{P} Academy of Agricultural Sciences", provinceOnly: true },
    { zh: "科学院", en: "{P} Academy of Sciences", provinceOnly: true },
    { zh: "机械研究院", en: "{P} Machinery Research Institute" },
    { zh: "化工研究院", en: "{P} Research Institute of Chemical Industry" },
    { zh: "材料研究院", en: "{P} Institute of Materials Research" },
  ],
};

/**
 * 宝鸡职业技术学院 / Baoji Vocational and Technical College. `places` are tried in order (the
 * province first when the institution may carry its name); the first free name wins.
 */
export function institutionName(random: Random, kind: InstitutionKind, places: { place: Place; isProvince: boolean }[], registry: NameRegistry): BilingualName {
  const patterns = institutionPatterns[kind];
  for (const { place, isProvince } of places) {
    const fitting = patterns.filter((p) => isProvince || !p.provinceOnly);
    for (const pattern of random.shuffle([...fitting])) {
      const name = { nameZh: `${place.zh}${pattern.zh}`, name: pattern.en.replace("{P}", place.en) };
      if (registry.claim(name)) return name;
    }
  }
  // Every pattern of every place is taken: number the campus.
  const { place } = places[0] ?? { place: { zh: "中华", en: "Zhonghua" } };
  for (let n = 2; ; n++) {
    const pattern = random.pick(patterns.filter((p) => !p.provinceOnly));
    const name = { nameZh: `${place.zh}第${n}${pattern.zh}`, name: `${pattern.en.replace("{P}", place.en)} No. ${n}` };
    if (registry.claim(name)) return name;
  }
}

/** SUT for Shaanxi University of Technology. */
export function acronym(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => !["of", "and", "the", "for"].includes(word))
    .map((word) => word.charAt(0).toUpperCase())
    .join("")
    .replace(/[^A-Z]/g, "");
}

export type DepartmentKey = "education" | "industry" | "science" | "hr" | "development" | "commerce" | "agriculture" | "sasac";

/** [中文, English] of a province's department, and of a municipality's. */
const departments: Record<DepartmentKey, { province: [string, string]; municipality: [string, string] }> = {
  education: { province: ["教育厅", "Department of Education"], municipality: ["教育委员会", "Municipal Education Commission"] },
  industry: { province: ["工业和信息化厅", "Department of Industry and Information Technology"], municipality: ["经济和信息化局", "Municipal Bureau of Economy and Information Technology"] },
  science: { province: ["科学技术厅", "Department of Science and Technology"], municipality: ["科学技术委员会", "Municipal Science and Technology Commission"] },
  hr: { province: ["人力资源和社会保障厅", "Department of Human Resources and Social Security"], municipality: ["人力资源和社会保障局", "Municipal Bureau of Human Resources and Social Security"] },
  development: { province: ["发展和改革委员会", "Development and Reform Commission"], municipality: ["发展和改革委员会", "Municipal Development and Reform Commission"] },
  commerce: { province: ["商务厅", "Department of Commerce"], municipality: ["商务委员会", "Municipal Commission of Commerce"] },
  agriculture: { province: ["农业农村厅", "Department of Agriculture and Rural Affairs"], municipality: ["农业农村委员会", "Municipal Agriculture and Rural Affairs Commission"] },
  sasac: { province: ["人民政府国有资产监督管理委员会", "State-owned Assets Supervision and Administration Commission"], municipality: ["人民政府国有资产监督管理委员会", "Municipal State-owned Assets Supervision and Administration Commission"] },
};

/** In the order a dataset takes them: education first. */
export const departmentKeys = Object.keys(departments) as DepartmentKey[];

/** 陕西省教育厅 / Shaanxi Provincial Department of Education; 北京市教育委员会 / Beijing Municipal Education Commission. */
export function departmentName(province: Province, key: DepartmentKey): BilingualName {
  const d = departments[key];
  if (province.type === "municipality") return { nameZh: `${province.nameZh}${d.municipality[0]}`, name: `${province.name} ${d.municipality[1]}` };
  if (province.type === "autonomous_region") return { nameZh: `${province.nameZh}${d.province[0]}`, name: `${d.province[1]} of ${province.fullName}` };
  return { nameZh: `${province.nameZh}${d.province[0]}`, name: `${province.name} Provincial ${d.province[1]}` };
}

export type BureauKey = "education" | "industry" | "hr";

const bureaus: Record<BureauKey, [string, string]> = {
  education: ["教育局", "Education Bureau"],
  industry: ["工业和信息化局", "Bureau of Industry and Information Technology"],
  hr: ["人力资源和社会保障局", "Human Resources and Social Security Bureau"],
};

export const bureauKeys = Object.keys(bureaus) as BureauKey[];

/** 南充市教育局 / Nanchong Municipal Education Bureau; 营山县教育局 / Yingshan County Education Bureau. */
export function bureauName(place: Prefecture | County, key: BureauKey): BilingualName {
  const [zh, en] = bureaus[key];
  const qualifier = place.unit === "City" ? "Municipal" : place.unit;
  return { nameZh: `${place.nameZh}${zh}`, name: `${place.name} ${qualifier} ${en}` };
}

/** 南充市人民政府 / People's Government of Nanchong City; 北京市人民政府 / People's Government of Beijing Municipality. */
export function prefectureGovernmentName(prefecture: Prefecture): BilingualName {
  if (prefecture.unit === "Municipality") return { nameZh: `${prefecture.nameZh}人民政府`, name: `People's Government of ${prefecture.name} Municipality` };
  if (prefecture.nameZh.endsWith("地区")) return { nameZh: `${prefecture.nameZh}行政公署`, name: `Administrative Office of ${prefecture.name} Prefecture` };
  if (prefecture.unit === "League") return { nameZh: `${prefecture.nameZh}行政公署`, name: `Administrative Office of ${prefecture.name} League` };
  return { nameZh: `${prefecture.nameZh}人民政府`, name: `People's Government of ${prefecture.name} ${prefecture.unit}` };
}

/**
 * 营山县人民政府 / People's Government of Yingshan County. Where a county's name recurs (朝阳区
 * is in Beijing and in Changchun), `qualified` names its prefecture too.
 */
export function countyGovernmentName(county: County, qualified = false): BilingualName {
  const prefecture = county.prefecture;
  if (qualified && prefecture.unit !== "Municipality") {
    return { nameZh: `${prefecture.nameZh}${county.nameZh}人民政府`, name: `People's Government of ${county.name} ${county.unit}, ${prefecture.name}` };
  }
  return { nameZh: `${county.nameZh}人民政府`, name: `People's Government of ${county.name} ${county.unit}` };
}
