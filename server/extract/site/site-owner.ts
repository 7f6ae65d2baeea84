import { pinyinPlaceName } from "../../regions/index.ts";
import type { OrganizationRole } from "../types.ts";
import { endingOf } from "./institution-endings.ts";
import { registerInstitutions } from "./register-institutions.ts";
import { abbreviates, type AbbreviationOrder } from "./site-abbreviations.ts";
import { siteHost, siteLabel } from "./site-label.ts";
import { domainEntry } from "./university-domains.ts";

/**
 * Whose site a page is, for the articles that only say 我校, 我公司 or "the university":
 * 1. the public list of university domains (hnu.edu.cn → Hunan University, 湖南大学);
 * 2. an organisation the article names whose name the site name abbreviates (hndafang.cn →
 *    湖南大方农化股份有限公司 named in the text);
 * 3. for a school's site (edu.cn, or a school's name written out in full initials elsewhere), the
 *    one register name the site name abbreviates (zzrvtc.edu.cn → 郑州铁路职业技术学院), its words
 *    in the Chinese order, else in the English (sufe.edu.cn → 上海财经大学); of several, the one
 *    the article names, or else the one whose place the article names.
 * Nothing is claimed when the choice is not unique.
 */
export interface SiteOwner {
  name?: string;
  nameZh?: string;
  nameEn?: string;
  role: OrganizationRole;
  how: "domain list" | "named in the article" | "register";
}

/** An English name for a register name: its stem in pinyin and its ending in English (宁波大学 → Ningbo University). */
export function englishNameOf(nameZh: string, siteName?: string): string | undefined {
  const ending = endingOf(nameZh);
  if (!ending) return undefined;
  // 理工大学 is "University of Technology" or "… of Science and Technology"; the site's letters (aust, hrbust) say which.
  const en = ending.zh === "理工大学" && siteName?.endsWith("ust") ? "University of Science and Technology" : ending.en;
  return `${pinyinPlaceName(nameZh.slice(0, nameZh.length - ending.zh.length))} ${en}`;
}

/**
 * `named`: the organisations the article names; `provinces`: the provinces its places lie in
 * (two-digit codes), which settle between schools of the same abbreviation (sxnu: 山西 or 陕西).
 */
export function siteOwner(url: string | undefined, text = "", named: { name: string; role: OrganizationRole }[] = [], provinces: ReadonlySet<string> = new Set()): SiteOwner | undefined {
  if (!url) return undefined;
  const host = siteHost(url);
  const listed = host ? domainEntry(host) : undefined;
  if (listed?.nameZh) return { role: "institution", how: "domain list", nameEn: listed.name, nameZh: listed.nameZh };
  const site = siteLabel(url);
  if (!site) return listed ? { role: "institution", how: "domain list", nameEn: listed.name } : undefined;
  const local = [...new Map(named.filter((org) => org.role !== "government" && abbreviates(site.label, org.name)).map((org) => [org.name, org])).values()];
  if (local.length === 1) {
    const [org] = local;
    const han = /\p{Script=Han}/u.test(org!.name);
    return { role: org!.role, how: "named in the article", name: org!.name, ...(han ? { nameZh: org!.name } : { nameEn: org!.name }) };
  }
  // Outside edu.cn only a long site name is specific enough to stand for a school of the register.
  const fromRegister = site.school || site.label.length >= 5 ? registerNameOfSite(site.label, text, provinces) : undefined;
  if (listed) return { role: "institution", how: "domain list", nameEn: listed.name, ...(fromRegister ? { nameZh: fromRegister } : {}) };
  if (!fromRegister) return undefined;
  const nameEn = englishNameOf(fromRegister, site.label);
  return { role: "institution", how: "register", nameZh: fromRegister, ...(nameEn ? { nameEn } : {}) };
}

function registerNameOfSite(label: string, text: string, provinces: ReadonlySet<string>): string | undefined {
  // The English order of the words (sufe: Shanghai University of Finance and Economics) only where no school reads the Chinese order.
  const inOrder = (order: AbbreviationOrder) => registerInstitutions().filter((school) => abbreviates(label, school.name, order));
  const chineseOrder = inOrder("chinese");
  const candidates = chineseOrder.length > 0 ? chineseOrder : inOrder("english");
  if (candidates.length <= 1) return candidates[0]?.name;
  const named = candidates.filter((school) => text.includes(school.name));
  if (named.length === 1) return named[0]!.name;
  const placed = candidates.filter((school) => text.includes(school.name.slice(0, 2)));
  if (placed.length === 1) return placed[0]!.name;
  const inProvince = candidates.filter((school) => provinces.has(school.province));
  return inProvince.length === 1 ? inProvince[0]!.name : undefined;
}
