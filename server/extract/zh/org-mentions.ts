import type { OrganizationRole } from "../types.ts";
import { isRegisterInstitution } from "../site/index.ts";
import { definedShortForms, startHoldingShortForm } from "./defined-short-forms.ts";
import { nameStart } from "./name-boundary.ts";
import { ministries, suffixEndingAt, type OrgSuffix } from "./org-suffixes.ts";
import { isCommonWordName, leadingRegionRun, regionNameAt } from "./region-names.ts";
import { isUnitName } from "./subunits.ts";

/** One place in the text where an organisation is named by a name with a type suffix. */
export interface OrgMention {
  name: string;
  start: number;
  end: number;
  role: OrganizationRole;
  /** The leading place names of the name (陕西, 宝鸡市, 四川省南充市南部县), "" when none. */
  regionPrefix: string;
  /**
   * "full" for a name that stands for itself; "short" for a bare brand with 公司/集团 and no
   * place (秦越公司, 恒泰集团), which is only kept when it resolves to a full name.
   */
  kind: "full" | "short";
  /** Absent for a brand named in a counted list (listed-brands.ts). */
  suffix?: OrgSuffix;
}

interface Candidate {
  start: number;
  end: number;
  suffix: OrgSuffix;
}

const isHan = (ch: string) => /\p{Script=Han}/u.test(ch);
const countHan = (text: string) => [...text].filter(isHan).length;

// A name starting with these refers back (该公司, 我校, 其公司) or counts (两所大学, 三家公司).
const referenceStart = /^[该本我贵其此这那各每全]/;
const countStart = /^([两双三四五六七八九十百千几数多首一]|\d)+[所家个位名户座]/;
// Stems of 公司/集团 that name a kind of company, not a company.
const genericCompanyStems = new Set([
  "合作", "子", "分", "总", "母", "上市", "科技", "国有", "民营", "外资", "合资", "独资", "控股", "投资", "相关", "有关", "其他", "其它", "集团", "企业",
  "这家", "一家", "多家", "中外", "股份", "有限", "责任", "全资子", "控股子", "参股", "平台", "运营", "物流", "建筑", "贸易", "咨询", "管理", "技术", "工程",
]);
// Kinds of schools: 综合大学 (a comprehensive university), 重点大学, 民办高校.
const genericSchoolStems = new Set(["综合", "综合性", "重点", "一流", "双一流", "世界一流", "地方", "民办", "公办", "本科", "应用型", "研究型", "兄弟", "友好", "知名", "著名", "国内外", "海外", "国外", "各", "各大", "高职", "职业"]);
// Agreement objects that end in 学院: 数控智造现代产业学院, 行业学院, 产教融合学院.
const agreementObjectStem = /(产业|行业|产教融合)$/;

/** All suffix-ended names in text[from, to), nested and overlapping readings resolved. */
export function findOrgMentions(text: string, from: number, to: number): OrgMention[] {
  const candidates: Candidate[] = [];
  for (let end = from + 2; end <= to; end++) {
    const suffix = suffixEndingAt(text, end) ?? ministrySuffix(text, end);
    if (!suffix || end - suffix.text.length < from) continue;
    const read = nameStart(text, end - suffix.text.length, end, from);
    if (read === undefined) continue;
    const nameEnd = end + campusQualifier(text, end, to, suffix);
    let start = Math.min(read, ...definedShortForms(text).map((short) => startHoldingShortForm(text, read, nameEnd, short, from)));
    // 原同济大学校长: "former" before a school the register knows is not part of its name.
    if (text[start] === "原" && startsRegisterName(text, start + 1, nameEnd)) start++;
    start = afterPersonAfterTitle(text, start, nameEnd, from);
    candidates.push({ start, end: nameEnd, suffix });
  }
  const chosen = resolveNesting(text, candidates).flatMap((candidate) => groupBeforeCompany(text, candidate));
  const mentions: OrgMention[] = [];
  for (const candidate of chosen) {
    const mention = validate(text, candidate) ?? sharedPlace(text, candidate, mentions.at(-1));
    if (mention) mentions.push(mention);
  }
  return mentions;
}

// People's titles: a name after one is a person's, and the organisation begins after it.
const personTitle = /(院长|校长|书记|主任|董事长|总经理|经理|处长|部长|局长|厅长|主席|总裁|总监|助理|教授|博士|老师|代表|秘书长|会长|理事长)$/;

/**
 * 副院长王化中和中通客车控股有限公司: a person named after a title, then 和 or 与, comes before the
 * organisation (中和 reads as part of a name elsewhere). Returns where the organisation starts.
 */
function afterPersonAfterTitle(text: string, start: number, end: number, from: number): number {
  if (!personTitle.test(text.slice(Math.max(from, start - 4), start))) return start;
  const person = /^[\p{Script=Han}]{2,3}?[和与及同]/u.exec(text.slice(start, end));
  return person && end - (start + person[0].length) >= 4 ? start + person[0].length : start;
}

/** True when a school the register knows is named from `start`, ending by `end`. */
function startsRegisterName(text: string, start: number, end: number): boolean {
  for (let stop = start + 4; stop <= Math.min(end, start + 24); stop++) if (isRegisterInstitution(text.slice(start, stop))) return true;
  return false;
}

/**
 * 陕西省教育厅、科技厅 and 县教育局、农业农村局: departments listed after one named with its place
 * (or level) share that place. Only a department, only directly after the one before.
 */
function sharedPlace(text: string, candidate: Candidate, before: OrgMention | undefined): OrgMention | undefined {
  if (!before || before.role !== "government" || candidate.suffix.role !== "government") return undefined;
  if (candidate.start !== before.end + 1 || !"、和及".includes(text[before.end]!)) return undefined;
  if (!/^(厅|局|委员会|卫健委|发改委|经信委|工信委|教委|科委)$/.test(candidate.suffix.text)) return undefined;
  const department = text.slice(candidate.start, candidate.end);
  if (leadingRegionRun(department).prefix !== "" || countHan(department) < 3 || /党|团委|政协|人大|纪委/.test(department)) return undefined;
  const place = before.regionPrefix || (before.kind === "short" ? /^[省市县区]/.exec(before.name)?.[0] : undefined);
  if (!place) return undefined;
  const name = place + department;
  return { name, start: candidate.start, end: candidate.end, role: "government", regionPrefix: before.regionPrefix, kind: before.regionPrefix ? "full" : "short", suffix: candidate.suffix };
}

/**
 * 长安集团河北长安汽车有限公司: a group written before its company, the company's name opening with
 * its place, is two organisations: the group and the company. Only a company with a legal form
 * and words of its own after the place.
 */
function groupBeforeCompany(text: string, candidate: Candidate): Candidate[] {
  if (candidate.suffix.role !== "enterprise" || candidate.suffix.strength !== "legal") return [candidate];
  const name = text.slice(candidate.start, candidate.end);
  const stemEnd = name.length - candidate.suffix.text.length;
  for (let at = name.indexOf("集团"); at >= 2; at = name.indexOf("集团", at + 1)) {
    const company = name.slice(at + 2);
    const { prefix } = leadingRegionRun(company);
    if (prefix === "" || countHan(name.slice(at + 2 + prefix.length, stemEnd)) < 2) continue;
    const group = suffixEndingAt(text, candidate.start + at + 2);
    if (!group || group.role !== "enterprise") continue;
    return [
      { start: candidate.start, end: candidate.start + at + 2, suffix: group },
      { start: candidate.start + at + 2, end: candidate.end, suffix: candidate.suffix },
    ];
  }
  return [candidate];
}

/**
 * 中国石油大学（华东）: a university's campus in brackets belongs to its name; so does the second
 * name of two merged institutions, 齐鲁工业大学（山东省科学院）, one body with one name. Returns its length.
 */
function campusQualifier(text: string, end: number, to: number, suffix: OrgSuffix): number {
  if (suffix.role !== "institution") return 0;
  const after = text.slice(end, to);
  const merged = /^[（(][\p{Script=Han}]{2,12}(科学院|研究院|大学|学院)[）)]/u.exec(after);
  if (merged) return merged[0].length;
  const match = /^[（(]([\p{Script=Han}]{2,4})[）)]/u.exec(after);
  if (!match) return 0;
  const inner = match[1]!;
  const isCampus = /^(华东|华北|华南|华中|西南|西北|东北|本部)$/.test(inner) || regionNameAt(inner, 0)?.name === inner;
  return isCampus ? match[0].length : 0;
}

function ministrySuffix(text: string, end: number): OrgSuffix | undefined {
  const ministry = ministries.find((name) => end >= name.length && text.slice(end - name.length, end) === name);
  return ministry ? { text: ministry, role: "government", strength: "strong" } : undefined;
}

/**
 * Readings that share a start are one name read to different ends: 宝鸡钼业集团 and
 * 宝鸡钼业集团有限公司. The longest wins, except that a university followed by one of its own
 * schools (包头工业大学化工学院) is the university.
 */
function resolveNesting(text: string, candidates: Candidate[]): Candidate[] {
  const byStart = new Map<number, Candidate[]>();
  for (const candidate of candidates) {
    const list = byStart.get(candidate.start) ?? [];
    list.push(candidate);
    byStart.set(candidate.start, list);
  }
  const chosen: Candidate[] = [];
  for (const group of byStart.values()) {
    group.sort((a, b) => a.end - b.end);
    let current = group[0]!;
    for (const next of group.slice(1)) {
      const tail = text.slice(current.end, next.end);
      const tailStem = tail.slice(0, tail.length - next.suffix.text.length);
      // 材科学院 ends in 科学院 but is 材科 + 学院, a school of materials science.
      const asSchool = next.suffix.text === "科学院" ? isUnitName(tail.slice(0, -2), "学院") : false;
      const isOwnSchool = current.suffix.role === "institution" && next.suffix.role === "institution" && (isUnitName(tailStem, next.suffix.text) || asSchool);
      // 胜利油田技术服务公司钻井技术研究所: a company's own institute (研究院有限公司 would be read on to its legal suffix).
      const isCompanyUnit = current.suffix.role === "enterprise" && next.suffix.role === "institution";
      // 杭州医学院教学医院: a hospital named the school's teaching hospital is what they agreed, not the school's name.
      const isDesignation = current.suffix.role === "institution" && /^(临床)?(教学|实习)医院$/.test(tail);
      if (isOwnSchool || isCompanyUnit || isDesignation) continue;
      current = next;
    }
    chosen.push(current);
  }
  // Drop readings inside a longer chosen one (a name found again from an inner suffix).
  chosen.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const candidate of chosen) {
    const last = kept.at(-1);
    if (last && candidate.start < last.end) continue;
    kept.push(candidate);
  }
  return kept;
}

function validate(text: string, candidate: Candidate): OrgMention | undefined {
  const name = text.slice(candidate.start, candidate.end);
  const { suffix } = candidate;
  const stem = name.slice(0, name.length - suffix.text.length);
  const { prefix } = leadingRegionRun(name);
  // 贵州, 本溪, 那曲 and 全椒 are places, not 贵公司, 本公司, 那家 or 全体.
  if ((referenceStart.test(name) && prefix === "") || countStart.test(name)) return undefined;
  const afterRegion = stem.slice(prefix.length);
  const national = /^(国家|国务院|中华人民共和国|中央|中国(?!共产党))/.test(name);
  const role = suffix.role;
  // 省教育厅, 市人社局: a department of the province or city the article is about, named by its level alone.
  const ofItsLevel = role === "government" && /^[省市县区][\p{Script=Han}]{2,8}(厅|局)$/u.test(name) && !/^市场/.test(name);
  if (ofItsLevel) return { name, start: candidate.start, end: candidate.end, role, regionPrefix: "", kind: "short", suffix };
  if (role === "government") {
    const level = levelGovernment(text, candidate, name);
    if (level) return { ...level, start: candidate.start, end: candidate.end, role, suffix };
  }
  // 赣江新区管委会, 苏州工业园区管理委员会: a zone's management committee is named after the zone, a place of its own.
  const zoneCommittee = role === "government" && /(管委会|管理委员会)$/.test(suffix.text) && /^[\p{Script=Han}]{2,8}(新区|开发区|高新区|园区|示范区|保税区|自贸区|试验区|合作区)$/u.test(stem);
  if (suffix.strength === "weak" || role === "government") {
    if (prefix === "" && !national && !ministries.includes(name) && !zoneCommittee) return undefined;
    if (/党|团委|政协|人大|纪委/.test(stem)) return undefined;
    const needs = suffix.text === "厂" ? 2 : suffix.text.endsWith("政府") || suffix.text.length >= 3 ? 0 : 1;
    if (countHan(afterRegion) < needs) return undefined;
    if (!ministries.includes(name) && countHan(stem) < 2) return undefined;
    return { name, start: candidate.start, end: candidate.end, role, regionPrefix: prefix, kind: "full", suffix };
  }
  if (countHan(stem) < 2 && !/[A-Za-z]{2,}/.test(stem)) return undefined;
  if (role === "institution") {
    if (agreementObjectStem.test(stem) || (suffix.text === "学院" && /工匠$/.test(stem))) return undefined;
    // 综合大学, 一流大学, 兄弟院校: a kind of school, not a school.
    if (genericSchoolStems.has(stem)) return undefined;
    // 签约共建“德丰建筑学院”: a college that the parties build is what they agreed, not a party.
    if (/(共建|合作共建|共同建设|联合共建|建办|合办|共办|联办)[“"「]?$/.test(text.slice(Math.max(0, candidate.start - 6), candidate.start))) return undefined;
    // 光伏产业技术研究院 built by a school and a company is what they set up; 江苏省产业技术研究院, named after its region, is an institute.
    if (prefix === "" && suffix.text === "研究院" && /产业(技术)?$/.test(stem)) return undefined;
    if (prefix === "" && isUnitName(stem, suffix.text)) return undefined;
    return { name, start: candidate.start, end: candidate.end, role, regionPrefix: prefix, kind: "full", suffix };
  }
  // 江苏商贸职业教育集团, 滁州职教集团: a vocational education group is an alliance its members set up, not a company.
  if (suffix.text === "集团" && /(职业教育|职教|职业)$/.test(stem)) return undefined;
  // 长安集团, 平安集团: a place whose name is an everyday word, alone before 集团, is the group's brand.
  if (afterRegion === "" && suffix.text === "集团" && isCommonWordName(prefix)) return { name, start: candidate.start, end: candidate.end, role, regionPrefix: "", kind: "short", suffix };
  // Enterprises: 金川集团股份有限公司 is a name; 集团公司, 上市公司, 子公司 are kinds.
  // 兴城市投资集团, 常州城建集团: after a place, even a generic word names the place's own group.
  if (afterRegion === "" || (suffix.strength !== "legal" && genericCompanyStems.has(afterRegion) && !(prefix !== "" && suffix.text === "集团"))) return undefined;
  // 集团股份有限公司 alone: a company's form, no company.
  if (/^(集团|股份|控股)+$/.test(afterRegion) && prefix === "") return undefined;
  const short = suffix.strength !== "legal" && prefix === "" && countHan(stem) <= 4;
  return { name, start: candidate.start, end: candidate.end, role, regionPrefix: prefix, kind: short ? "short" : "full", suffix };
}

const byLevelAlone = /^([省市县区])(人民)?政府$/u;
const committeeThenGovernment = /^(.*?)([省市县区])委([省市县区])(人民)?政府$/u;
const committeeBefore = /([\p{Script=Han}]{2,12}[省市县区])委、$/u;

/** True when the whole of `run` is place names (驻马店市, 四川省南充市). */
const isPlaceRun = (run: string) => run !== "" && leadingRegionRun(`${run}政府`).prefix === run;

/**
 * 市政府 is the government of the place the article is about, named by its level; written after
 * that place's Party committee (驻马店市委、市政府, 潍坊市委市政府) it is that place's government.
 * The committee itself is not an organisation.
 */
function levelGovernment(text: string, candidate: Candidate, name: string): Pick<OrgMention, "name" | "regionPrefix" | "kind"> | undefined {
  const together = committeeThenGovernment.exec(name);
  if (together && together[2] === together[3]) {
    const place = together[1]! + together[2]!;
    const government = name.slice(name.lastIndexOf(together[3]!) + 1);
    if (isPlaceRun(place)) return { name: place + government, regionPrefix: place, kind: "full" };
    if (together[1] === "") return { name: together[3]! + government, regionPrefix: "", kind: "short" };
    return undefined;
  }
  const alone = byLevelAlone.exec(name);
  if (!alone) return undefined;
  const committee = committeeBefore.exec(text.slice(Math.max(0, candidate.start - 14), candidate.start));
  if (committee) {
    const run = committee[1]!;
    for (let i = 0; i < run.length - 1; i++) {
      const place = run.slice(i);
      if (place.endsWith(alone[1]!) && isPlaceRun(place)) return { name: place + name.slice(1), regionPrefix: place, kind: "full" };
    }
  }
  return { name, regionPrefix: "", kind: "short" };
}
