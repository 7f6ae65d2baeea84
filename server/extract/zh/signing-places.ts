import type { OrgMention } from "./org-mentions.ts";
import { leadingRegionRun } from "./region-names.ts";

/**
 * Places that sign: 学校与赣江新区签署…, 与东昌府区签订…, 永济市与学校共建…. A place that signs or
 * builds acts through its government: a zone's management committee (赣江新区管委会), a city's,
 * county's or district's people's government (东昌府区人民政府), when the article names that body.
 * Only a place written directly between 与/和/同 (or the clause's start) and a signing verb: a
 * place anywhere else is where something is, not who agreed.
 */

// A place's own characters: no conjunction (食品科学与工程学院与青县经济开发区 holds one place, not two; 和 and 同 are in 和田 and 大同).
const own = String.raw`(?:(?![与及在])\p{Script=Han})`;
const zone = String.raw`${own}{2,10}?(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|开发区|新区|工业园区|产业园区|园区|示范区|保税区|自贸区|试验区|合作区)`;
const place = String.raw`${own}{1,12}?[省市县区州盟旗]`;
const signs = String.raw`(?:签署|签订|签约|共建|合作共建|共同建设|联合共建|共同签署|正式签署|举行|达成|开展)`;
/** "与X签署", the place after a conjunction; "，X与学校签署", the place opening its clause. */
const afterConjunction = new RegExp(String.raw`[与和同](${zone}|${place})(?=${signs})`, "gu");
const openingClause = new RegExp(String.raw`(?:^|[，,。；;：:\s])(${zone}|${place})(?=[与和同][^，,。；;]{2,30}?${signs})`, "gu");
const zoneShape = new RegExp(`^${zone}$`, "u");

/**
 * The body a signing place stands for, as the article writes it somewhere (赣江新区管委会,
 * 东昌府区人民政府, 宝鸡市政府), or undefined when the words are not a place or the article never
 * names its body: a place is not an organisation, so the body must be one the article names.
 * A zone's committee written only as 管委会 (赣江新区党工委副书记、管委会主任) is that zone's.
 */
export function governmentOfPlace(name: string, text: string): Pick<OrgMention, "name" | "regionPrefix"> | undefined {
  const { prefix } = leadingRegionRun(`${name}人民政府`);
  const written = (...bodies: string[]) => bodies.find((body) => text.includes(body));
  if (zoneShape.test(name) && prefix !== name) {
    const body = written(`${name}管理委员会`, `${name}管委会`) ?? (/管委会|管理委员会/.test(text) ? `${name}管委会` : undefined);
    return body ? { name: body, regionPrefix: prefix } : undefined;
  }
  // The whole of it must be place names: 宝鸡市 signs, 宝鸡钛谷园区 is a zone, 学校所在区 is no place.
  if (prefix !== name || !/[市县区州盟旗]$/.test(name)) return undefined;
  const body = written(`${name}人民政府`, `${name}政府`);
  return body ? { name: body, regionPrefix: prefix } : undefined;
}

/** Places that sign in text[from, to), outside the spans of `named`, as government mentions. */
export function findSigningPlaces(text: string, from: number, to: number, named: readonly OrgMention[]): OrgMention[] {
  const sentence = text.slice(from, to);
  const found: OrgMention[] = [];
  for (const pattern of [afterConjunction, openingClause]) {
    for (const m of sentence.matchAll(pattern)) {
      const words = m[1]!;
      const start = from + m.index + m[0].length - words.length;
      const end = start + words.length;
      if (named.some((n) => start < n.end && end > n.start) || found.some((f) => f.start === start)) continue;
      const body = governmentOfPlace(words, text);
      if (body) found.push({ ...body, start, end, role: "government", kind: "full" });
    }
  }
  return found;
}
