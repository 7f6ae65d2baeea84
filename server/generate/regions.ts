import { chineseShortName, loadRegionTable, type RegionRecord } from "../regions/index.ts";

/**
 * The places a synthetic organisation can sit in: the 31 mainland provinces of GB/T 2260, their
 * prefectures and counties, with weights that say how much education
 * and industry each holds. The weights are rough and only shape the synthetic data: provinces by
 * their number of higher-education institutions and by their economy (eastern provinces heavier),
 * and within a province the capital and a few large cities heavier.
 */

export type ProvinceType = "province" | "municipality" | "autonomous_region";

export interface Province {
  code: string;
  /** The two-digit prefix its prefectures and counties share. */
  prefix: string;
  nameZh: string;
  shortZh: string;
  /** English short name (Shaanxi) and full name (Shaanxi Province). */
  name: string;
  fullName: string;
  type: ProvinceType;
  institutionWeight: number;
  enterpriseWeight: number;
  lat: number;
  lon: number;
  prefectures: Prefecture[];
}

export interface Prefecture {
  /** For a municipality (Beijing, Tianjin, Shanghai, Chongqing) the province itself. */
  code: string;
  nameZh: string;
  shortZh: string;
  name: string;
  /** How English names it: Nanchong City, Liangshan Prefecture, Xing'an League, Beijing Municipality. */
  unit: "City" | "Prefecture" | "League" | "Municipality";
  province: Province;
  isCapital: boolean;
  institutionWeight: number;
  enterpriseWeight: number;
  counties: County[];
}

export interface County {
  code: string;
  nameZh: string;
  shortZh: string;
  name: string;
  unit: "County" | "District" | "City" | "Banner" | "New Area";
  prefecture: Prefecture;
  /** Whether the name stands on its own in an organisation's name (城区, 郊区 do not). */
  nameable: boolean;
}

interface ProvinceFacts {
  shortZh: string;
  /** English name (the regions table's is used; this one documents the row). */
  name: string;
  type: ProvinceType;
  /** Roughly its number of higher-education institutions. */
  heis: number;
  /** Roughly its GDP in trillion yuan. */
  gdp: number;
  lat: number;
  lon: number;
}

const provinceFacts: Record<string, ProvinceFacts> = {
  "11": { shortZh: "北京", name: "Beijing", type: "municipality", heis: 92, gdp: 4.4, lat: 39.9, lon: 116.4 },
  "12": { shortZh: "天津", name: "Tianjin", type: "municipality", heis: 56, gdp: 1.7, lat: 39.13, lon: 117.2 },
  "13": { shortZh: "河北", name: "Hebei", type: "province", heis: 125, gdp: 4.4, lat: 38.04, lon: 114.51 },
  "14": { shortZh: "山西", name: "Shanxi", type: "province", heis: 82, gdp: 2.6, lat: 37.87, lon: 112.55 },
  "15": { shortZh: "内蒙古", name: "Inner Mongolia", type: "autonomous_region", heis: 54, gdp: 2.5, lat: 40.84, lon: 111.75 },
  "21": { shortZh: "辽宁", name: "Liaoning", type: "province", heis: 114, gdp: 3.0, lat: 41.8, lon: 123.43 },
  "22": { shortZh: "吉林", name: "Jilin", type: "province", heis: 66, gdp: 1.35, lat: 43.82, lon: 125.32 },
  "23": { shortZh: "黑龙江", name: "Heilongjiang", type: "province", heis: 78, gdp: 1.6, lat: 45.8, lon: 126.53 },
  "31": { shortZh: "上海", name: "Shanghai", type: "municipality", heis: 64, gdp: 4.7, lat: 31.23, lon: 121.47 },
  "32": { shortZh: "江苏", name: "Jiangsu", type: "province", heis: 168, gdp: 12.8, lat: 32.06, lon: 118.8 },
  "33": { shortZh: "浙江", name: "Zhejiang", type: "province", heis: 109, gdp: 8.3, lat: 30.27, lon: 120.15 },
  "34": { shortZh: "安徽", name: "Anhui", type: "province", heis: 121, gdp: 4.7, lat: 31.82, lon: 117.23 },
  "35": { shortZh: "福建", name: "Fujian", type: "province", heis: 89, gdp: 5.4, lat: 26.07, lon: 119.3 },
  "36": { shortZh: "江西", name: "Jiangxi", type: "province", heis: 107, gdp: 3.2, lat: 28.68, lon: 115.86 },
  "37": { shortZh: "山东", name: "Shandong", type: "province", heis: 153, gdp: 9.2, lat: 36.65, lon: 117.12 },
  "41": { shortZh: "河南", name: "Henan", type: "province", heis: 168, gdp: 6.1, lat: 34.75, lon: 113.62 },
  "42": { shortZh: "湖北", name: "Hubei", type: "province", heis: 132, gdp: 5.6, lat: 30.59, lon: 114.31 },
  "43": { shortZh: "湖南", name: "Hunan", type: "province", heis: 137, gdp: 5.0, lat: 28.23, lon: 112.94 },
  "44": { shortZh: "广东", name: "Guangdong", type: "province", heis: 160, gdp: 13.6, lat: 23.13, lon: 113.26 },
  "45": { shortZh: "广西", name: "Guangxi", type: "autonomous_region", heis: 85, gdp: 2.7, lat: 22.82, lon: 108.37 },
  "46": { shortZh: "海南", name: "Hainan", type: "province", heis: 21, gdp: 0.75, lat: 20.04, lon: 110.34 },
  "50": { shortZh: "重庆", name: "Chongqing", type: "municipality", heis: 70, gdp: 3.0, lat: 29.56, lon: 106.55 },
  "51": { shortZh: "四川", name: "Sichuan", type: "province", heis: 137, gdp: 6.0, lat: 30.66, lon: 104.07 },
  "52": { shortZh: "贵州", name: "Guizhou", type: "province", heis: 75, gdp: 2.1, lat: 26.65, lon: 106.63 },
  "53": { shortZh: "云南", name: "Yunnan", type: "province", heis: 82, gdp: 3.0, lat: 25.04, lon: 102.71 },
  "54": { shortZh: "西藏", name: "Xizang", type: "autonomous_region", heis: 7, gdp: 0.24, lat: 29.65, lon: 91.13 },
  "61": { shortZh: "陕西", name: "Shaanxi", type: "province", heis: 97, gdp: 3.4, lat: 34.34, lon: 108.94 },
  "62": { shortZh: "甘肃", name: "Gansu", type: "province", heis: 49, gdp: 1.2, lat: 36.06, lon: 103.83 },
  "63": { shortZh: "青海", name: "Qinghai", type: "province", heis: 12, gdp: 0.38, lat: 36.62, lon: 101.78 },
  "64": { shortZh: "宁夏", name: "Ningxia", type: "autonomous_region", heis: 20, gdp: 0.53, lat: 38.49, lon: 106.23 },
  "65": { shortZh: "新疆", name: "Xinjiang", type: "autonomous_region", heis: 56, gdp: 1.9, lat: 43.83, lon: 87.62 },
};

const autonomousRegionNames: Record<string, string> = {
  "15": "Inner Mongolia Autonomous Region",
  "45": "Guangxi Zhuang Autonomous Region",
  "54": "Tibet Autonomous Region",
  "64": "Ningxia Hui Autonomous Region",
  "65": "Xinjiang Uygur Autonomous Region",
};

/** Large non-capital cities, heavier than their size in counties says (industry, then education). */
const bigCities: Record<string, number> = {
  "440300": 4, "320500": 3, "370200": 2.5, "210200": 2.5, "330200": 2.5, "350200": 2, "320200": 2,
  "441900": 2.5, "440600": 2, "350500": 1.8, "330300": 1.6, "130200": 1.6, "370600": 1.6, "320400": 1.8,
  "320600": 1.6, "420500": 1.4, "430200": 1.4, "610400": 1.3, "410300": 1.5, "340200": 1.5, "450200": 1.5,
  "330700": 1.3, "150200": 1.4, "150600": 1.5, "510700": 1.5, "520300": 1.4, "442000": 1.6, "220200": 1.2,
};

/** Share of a province's weight its capital holds. */
const capitalShare = { institutions: 0.5, enterprises: 0.3 };

const unnameable = new Set(["城区", "矿区", "郊区", "东区", "西区", "新区"]);

function unitOfPrefecture(nameZh: string): Prefecture["unit"] {
  if (nameZh.endsWith("自治州") || nameZh.endsWith("地区")) return "Prefecture";
  if (nameZh.endsWith("盟")) return "League";
  return "City";
}

function unitOfCounty(nameZh: string): County["unit"] {
  if (nameZh.endsWith("新区") && nameZh.length > 3) return "New Area";
  const last = nameZh.slice(-1);
  return last === "区" ? "District" : last === "市" ? "City" : last === "旗" ? "Banner" : "County";
}

let cached: Province[] | undefined;

/**
 * The 31 mainland provinces in code order, each with its prefectures and counties, from the
 * project's regions table (server/regions), so every code is one the ingest knows and every
 * English place name is the one its Region node carries. County-level cities directly under a
 * province (仙桃, 石河子) are left out: they belong to no prefecture to weigh them by.
 */
export function loadProvinces(): Province[] {
  if (cached) return cached;
  const table = loadRegionTable();
  const children = new Map<string, RegionRecord[]>();
  for (const region of table) {
    if (!region.parentCode) continue;
    let list = children.get(region.parentCode);
    if (!list) children.set(region.parentCode, (list = []));
    list.push(region);
  }
  const short = (r: RegionRecord) => chineseShortName(r.nameZh) ?? r.nameZh;
  const result: Province[] = [];
  for (const raw of table) {
    const facts = raw.level === "province" ? provinceFacts[raw.code.slice(0, 2)] : undefined;
    if (!facts) continue; // prefectures and counties, and Taiwan, Hong Kong and Macao (no subdivisions here)
    const province: Province = {
      code: raw.code,
      prefix: raw.code.slice(0, 2),
      nameZh: raw.nameZh,
      shortZh: facts.shortZh,
      name: raw.name,
      fullName: facts.type === "municipality" ? `${raw.name} Municipality` : (autonomousRegionNames[raw.code.slice(0, 2)] ?? `${raw.name} Province`),
      type: facts.type,
      institutionWeight: facts.heis,
      enterpriseWeight: facts.gdp ** 1.1,
      lat: facts.lat,
      lon: facts.lon,
      prefectures: [],
    };
    const makeCounties = (prefecture: Prefecture, regions: RegionRecord[]) =>
      regions
        .filter((r) => r.level === "county")
        .map((r): County => ({ code: r.code, nameZh: r.nameZh, shortZh: short(r), name: r.name, unit: unitOfCounty(r.nameZh), prefecture, nameable: !unnameable.has(r.nameZh) }));
    const below = children.get(raw.code) ?? [];
    if (facts.type === "municipality") {
      const prefecture: Prefecture = {
        code: raw.code,
        nameZh: raw.nameZh,
        shortZh: facts.shortZh,
        name: raw.name,
        unit: "Municipality",
        province,
        isCapital: true,
        institutionWeight: 1,
        enterpriseWeight: 1,
        counties: [],
      };
      prefecture.counties = makeCounties(prefecture, below);
      province.prefectures.push(prefecture);
    } else {
      for (const city of below.filter((r) => r.level === "prefecture")) {
        const prefecture: Prefecture = {
          code: city.code,
          nameZh: city.nameZh,
          shortZh: short(city),
          name: city.name,
          unit: unitOfPrefecture(city.nameZh),
          province,
          isCapital: city.code.slice(2, 4) === "01",
          institutionWeight: 0,
          enterpriseWeight: 0,
          counties: [],
        };
        prefecture.counties = makeCounties(prefecture, children.get(city.code) ?? []);
        province.prefectures.push(prefecture);
      }
      weighPrefectures(province.prefectures);
    }
    result.push(province);
  }
  cached = result;
  return result;
}

function weighPrefectures(prefectures: Prefecture[]): void {
  const others = prefectures.filter((p) => !p.isCapital);
  for (const p of others) {
    const size = Math.max(3, p.counties.length) ** 0.8;
    const boost = bigCities[p.code] ?? 1;
    p.institutionWeight = size * Math.sqrt(boost);
    p.enterpriseWeight = size * boost;
  }
  const capital = prefectures.find((p) => p.isCapital);
  if (!capital) return;
  const sum = (key: "institutionWeight" | "enterpriseWeight") => others.reduce((total, p) => total + p[key], 0) || 1;
  capital.institutionWeight = (sum("institutionWeight") * capitalShare.institutions) / (1 - capitalShare.institutions);
  capital.enterpriseWeight = (sum("enterpriseWeight") * capitalShare.enterprises) / (1 - capitalShare.enterprises);
}

export function findProvince(provinces: readonly Province[], query: string): Province | undefined {
  const q = query.trim().toLowerCase();
  return provinces.find(
    (p) => p.code === q || p.prefix === q || p.nameZh === query.trim() || p.shortZh === query.trim() || p.name.toLowerCase() === q || p.fullName.toLowerCase() === q,
  );
}

/** Great-circle distance between two provinces' capitals, in kilometres. */
export function distanceKm(a: Province, b: Province): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Province of a six-digit region code. */
export function provinceCodeOf(regionCode: string): string {
  return `${regionCode.slice(0, 2)}0000`;
}
