import type { OrganizationRole } from "../types.ts";
import type { OrgMention } from "./org-mentions.ts";
import { isTradeBrand } from "./brand-partners.ts";
import { regionNameAt } from "./region-names.ts";

/**
 * Organisations named by their brand in a counted list: 比亚迪、安飞航空、蓝天航空等10家企业,
 * 与甲科技、乙股份等3家单位. The count and its noun say what each item is, so an item needs no
 * suffix (有限公司, 集团) to be a name. Items that are already names (found by their suffix) are
 * left to those.
 */

// 等10家企业, 等百余家企业, and without a count 等产业链领军企业, 等鲁西新区重点企业: the noun after 等
// says what the items are. Without a count only a leading firm's kind will do: 等方面的企业 lists topics.
const counted =
  /等\s*(?:(?:(?:\d{1,3}|[一二两三四五六七八九十百千]{1,3})[余多]?\s*(?:家|所|个))[^，,。；;：:、与和同]{0,10}?|[\p{Script=Han}]{0,6}?(?:产业链|行业|产业)?(?:领军|龙头|骨干|重点|知名|头部|大型))(企业|公司|单位|机构|院校|学校|高校|医院)/gu;
/** Words that end the text before a list: the first item starts after them. */
const leadIn = /^(?:[^，,。；;：:（(“"《\s]*?(?:与|和|同|及|跟|向|为|由|对|将|包括|其中|如|邀请|联合|携手|以及|分别与|共同与|到|赴|走访|参观|汇聚|吸纳|吸引|涵盖|覆盖))?/u;
const itemShape = /^[\p{Script=Han}A-Za-z0-9·&]{2,12}$/u;
/** An item that is a phrase, not a brand: a count, a title, a generic kind. */
const notABrand = /^(?:相关|有关|其他|其它|多家|部分|知名|重点|骨干|龙头|优质|合作|各类|行业|领军|新兴)|(?:企业|单位|公司|集团|部门|领导|代表|负责人|专家|老师|学生)$|^(?:学校|学院|大学|高校|院校|政府|机构|社会|市场|园区|基地|平台)$/u;

function roleOf(noun: string): OrganizationRole {
  return /院校|学校|高校/.test(noun) ? "institution" : "enterprise";
}

/** The brands that counted lists in text[from, to) name, outside the spans of `named`. */
export function findListedBrands(text: string, from: number, to: number, named: readonly OrgMention[]): OrgMention[] {
  const found: OrgMention[] = [];
  const sentence = text.slice(from, to);
  for (const m of sentence.matchAll(counted)) {
    const listEnd = from + m.index;
    // Walk back over 、-separated items to where the list begins.
    let listStart = listEnd;
    while (listStart > from && !/[，,。；;：:（(）)“”"《》\s]/u.test(text[listStart - 1]!)) listStart--;
    const run = text.slice(listStart, listEnd);
    const parts = run.split("、");
    const lead = leadIn.exec(parts[0]!)![0].length;
    parts[0] = parts[0]!.slice(lead);
    const items: { name: string; start: number }[] = [];
    let at = listStart + lead;
    for (const part of parts) {
      items.push({ name: part, start: at });
      at += part.length + 1;
    }
    const role = roleOf(m[1]!);
    const brands = items.filter(({ name, start }) => {
      if (!itemShape.test(name) || notABrand.test(name)) return false;
      if (named.some((n) => start < n.end && start + name.length > n.start)) return false;
      const place = regionNameAt(name, 0);
      return !(place && place.name.length === name.length);
    });
    // Two items at least: one alone before 等 is as likely a phrase as a brand, unless it is a brand and its trade (禾丰牧业等百余家企业).
    if (brands.length === 0 || (items.length < 2 && !isTradeBrand(brands[0]!.name))) continue;
    for (const { name, start } of brands) found.push({ name, start, end: start + name.length, role, regionPrefix: "", kind: "full" });
  }
  return found;
}
