import { chineseShortName, loadRegionTable, sharedRegionResolver, type RegionRecord } from "../../regions/index.ts";

/**
 * The regions table seen from running Chinese text: which region names (full, 陕西省, or short,
 * 陕西) stand at a position, which run of them starts an organisation's name, and the province a
 * region lies in.
 */

interface RegionNameIndex {
  names: Map<string, RegionRecord[]>;
  maxLength: number;
  byCode: Map<string, RegionRecord>;
}

let index: RegionNameIndex | undefined;

// Short names that are everyday words far more often than places: 来宾 (guests), 阿里 (Alibaba),
// 白银 (silver), 大同 (great harmony), 北海 (a park), 南部 (the south of), 东方 (the east).
const commonWords = new Set(["来宾", "阿里", "白银", "大同", "北海", "南部", "东方", "城关", "城区", "郊区", "矿区", "新区", "高新", "开发", "中心", "长安", "和平", "平安", "永安", "新华", "向阳", "江南", "江北", "河东", "河西", "海西", "海东", "海北", "山南", "铁东", "铁西", "城中", "城东", "城西", "城南", "城北", "白山", "三沙", "普洱", "兴安", "中山"]);

function regionIndex(): RegionNameIndex {
  if (index) return index;
  const names = new Map<string, RegionRecord[]>();
  const byCode = new Map<string, RegionRecord>();
  const add = (name: string | undefined, region: RegionRecord) => {
    if (!name || name.length < 2) return;
    const list = names.get(name);
    if (!list) names.set(name, [region]);
    else if (!list.includes(region)) list.push(region);
  };
  for (const region of loadRegionTable()) {
    byCode.set(region.code, region);
    add(region.nameZh, region);
    add(chineseShortName(region.nameZh), region);
  }
  index = { names, maxLength: Math.max(...[...names.keys()].map((n) => n.length)), byCode };
  return index;
}

/** Every name (full or short) of the table, for callers that protect them inside names. */
export function allRegionNames(): string[] {
  return [...regionIndex().names.keys()];
}

export interface RegionNameMatch {
  name: string;
  regions: RegionRecord[];
}

/** The longest region name starting at `position`, if any. */
export function regionNameAt(text: string, position: number): RegionNameMatch | undefined {
  const { names, maxLength } = regionIndex();
  for (let length = Math.min(maxLength, text.length - position); length >= 2; length--) {
    const name = text.slice(position, position + length);
    const regions = names.get(name);
    if (regions) return { name, regions };
  }
  return undefined;
}

const notLeadingAlone = new Set(["合作", "开发", "高新", "中心", "新区", "城区", "郊区", "矿区", "东方", "平安", "和平"]);

/** True when the short name is a common word and should not be read as a place by itself. */
export function isCommonWordName(name: string): boolean {
  return commonWords.has(name);
}

/**
 * The run of region names an organisation's name starts with: 四川省南充市南部县 in
 * 四川省南充市南部县人民政府, 宝鸡 in 宝鸡恒力数控机床股份有限公司. At least one character must be left after the run, or the name is only a place.
 */
export function leadingRegionRun(name: string): { prefix: string; parts: RegionNameMatch[] } {
  const parts: RegionNameMatch[] = [];
  let position = 0;
  while (position < name.length) {
    const match = regionNameAt(name, position);
    if (!match || position + match.name.length >= name.length) break;
    // 合作委员会, 开发集团: places named like common words do not begin a name by themselves.
    if (position === 0 && notLeadingAlone.has(match.name)) break;
    parts.push(match);
    position += match.name.length;
  }
  return { prefix: name.slice(0, position), parts };
}

export function regionByCode(code: string): RegionRecord | undefined {
  return regionIndex().byCode.get(code);
}

/** The province-level region a region lies in (itself for a province). */
export function provinceOf(code: string): RegionRecord | undefined {
  let region = regionByCode(code);
  while (region?.parentCode) region = regionByCode(region.parentCode);
  return region;
}

/**
 * The region a run of region names means, through the shared resolver (陕西省西安市 → 西安市).
 * When the run is ambiguous but all readings lie in one province, that province.
 */
export function regionOfRun(run: string): RegionRecord | undefined {
  if (run === "") return undefined;
  const resolution = sharedRegionResolver().resolve(run);
  if ("code" in resolution) return regionByCode(resolution.code);
  if (resolution.problem === "ambiguous") {
    const provinces = new Set(resolution.candidates.map((c) => provinceOf(c.code)?.code));
    if (provinces.size === 1) {
      const [code] = provinces;
      return code ? regionByCode(code) : undefined;
    }
  }
  return undefined;
}
