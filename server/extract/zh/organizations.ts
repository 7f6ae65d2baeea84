import { nameKey } from "../../text/index.ts";
import type { OrganizationRole } from "../types.ts";
import { findListedBrands } from "./listed-brands.ts";
import { findOrgMentions, type OrgMention } from "./org-mentions.ts";
import { findReferences } from "./references.ts";
import { findSigningPlaces } from "./signing-places.ts";
import { findBrandPartners } from "./brand-partners.ts";
import { leadingRegionRun } from "./region-names.ts";
import type { Sentence } from "./sentences.ts";
import { findShortForms, isShortFormOf } from "./short-forms.ts";
import { isRegisterInstitution } from "../site/index.ts";

/**
 * The organisations of an article: names found by their suffixes, merged when one is a short
 * form of another (秦越公司 → 陕西秦越智能装备有限公司), short forms found in running text
 * (哈石油, 恒力数控), and the references (我校, 该公司, 学校) resolved to one of them or to the
 * writer. Every place one is named or referred to is kept, for the agreements.
 */
export interface OrgEntity {
  name: string;
  role: OrganizationRole;
  aliases: Set<string>;
  /** "short" for a bare brand (华为公司) no full name was found for. */
  kind: "full" | "short";
  /** Times named (by name or short form). */
  named: number;
  /** True when the entity is the writer and was only referred to (我校), never named in the body. */
  writerOnly: boolean;
}

export interface PlacedMention {
  entity: OrgEntity;
  start: number;
  end: number;
  kind: "name" | "alias" | "reference";
  sentence: Sentence;
}

export interface Organizations {
  entities: OrgEntity[];
  mentions: PlacedMention[];
}

function sameOrganization(name: string, other: string): boolean {
  if (name === other || nameKey(name) === nameKey(other)) return true;
  // 秦岭铝业股份有限公司 written once with its province and once without.
  if (other.endsWith(name) && leadingRegionRun(other).prefix === other.slice(0, other.length - name.length)) return true;
  return false;
}

export function buildOrganizations(text: string, sentences: Sentence[], writer: { name: string; role: OrganizationRole } | undefined): Organizations {
  const raw = new Map<Sentence, OrgMention[]>();
  for (const sentence of sentences) {
    const named = findOrgMentions(text, sentence.start, sentence.end);
    const brands = findListedBrands(text, sentence.start, sentence.end, named);
    const places = findSigningPlaces(text, sentence.start, sentence.end, [...named, ...brands]);
    const partners = findBrandPartners(text, sentence.start, sentence.end, [...named, ...brands, ...places]);
    raw.set(sentence, [...named, ...brands, ...places, ...partners].sort((a, b) => a.start - b.start));
  }
  dropBuiltColleges(text, raw);

  // Entities from names, longest first, so shorter names can become their aliases.
  const names = new Map<string, OrgMention>();
  for (const list of raw.values()) for (const m of list) if (!names.has(m.name)) names.set(m.name, m);
  const entities: OrgEntity[] = [];
  const entityOf = new Map<string, OrgEntity>();
  const ordered = [...names.values()].sort((a, b) => b.name.length - a.name.length || Number(a.kind === "short") - Number(b.kind === "short"));
  for (const mention of ordered) {
    const home =
      entities.find((e) => sameOrganization(mention.name, e.name)) ?? entities.find((e) => isShortFormOf(mention.name, e.name)) ?? onlyOne(entities.filter((e) => isLevelFormOf(mention.name, e.name)));
    if (home) {
      if (mention.name !== home.name) home.aliases.add(mention.name);
      entityOf.set(mention.name, home);
      continue;
    }
    const entity: OrgEntity = { name: mention.name, role: mention.role, aliases: new Set(), kind: mention.kind, named: 0, writerOnly: false };
    entities.push(entity);
    entityOf.set(mention.name, entity);
  }
  placeLevelGovernments(entities, entityOf, [...names.values()]);
  foldUnits(entities, entityOf, writer);
  // 驻马店市黄淮学院 is the writer 黄淮学院 with its city written before it: the writer's own name stands.
  if (writer) {
    for (const entity of entities) {
      if (entity.name !== writer.name && entity.name.endsWith(writer.name) && leadingRegionRun(entity.name).prefix === entity.name.slice(0, -writer.name.length)) {
        entity.aliases.add(entity.name);
        entity.name = writer.name;
      }
    }
  }
  // A bare brand no full name explains is kept only when its own words are long enough to be a name.
  // 经发集团, 万豪集团: two characters before 集团 are a group's brand; before 公司 they are too often a word.
  const kept = entities.filter((e) => e.kind === "full" || e.name.replace(/(公司|集团)$/, "").length >= (e.name.endsWith("集团") ? 2 : 3));

  const mentions: PlacedMention[] = [];
  const fullNames = kept.map((e) => e.name);
  for (const sentence of sentences) {
    const taken: [number, number][] = [];
    for (const m of raw.get(sentence) ?? []) {
      const entity = entityOf.get(m.name);
      if (!entity || !kept.includes(entity)) continue;
      mentions.push({ entity, start: m.start, end: m.end, kind: m.name === entity.name ? "name" : "alias", sentence });
      taken.push([m.start, m.end]);
    }
    for (const short of findShortForms(text, sentence.start, sentence.end, fullNames, taken)) {
      const entity = kept.find((e) => e.name === short.full)!;
      entity.aliases.add(short.text);
      mentions.push({ entity, start: short.start, end: short.end, kind: "alias", sentence });
      taken.push([short.start, short.end]);
    }
  }
  for (const m of mentions) m.entity.named++;
  mentions.sort((a, b) => a.start - b.start);

  resolveReferences(text, sentences, kept, mentions, writer);
  mentions.sort((a, b) => a.start - b.start);
  // In the order the article first names or refers to them.
  const order = [...new Set(mentions.map((m) => m.entity))];
  return { entities: order, mentions };
}

// 合作共建“德丰建筑学院”, 双方将成立“中通学院”: the college is what the parties build, not one of them.
const buildingVerbs = "共建|成立|组建|筹建|设立|建设|建立|新建|打造|创办|合办";
const buildsBefore = new RegExp(`(${buildingVerbs})\\s*[“"「『]?$`, "u");
const builtQuoted = new RegExp(`(?:${buildingVerbs})\\s*[“"「『]([^”"」』]{2,20}学院)[”"」』]`, "gu");

/**
 * Drops colleges the article says are being built (an industry college named after its company),
 * wherever it names them, with their short forms (德丰学院 for 德丰建筑学院). A register name
 * (a real school) is never dropped.
 */
function dropBuiltColleges(text: string, raw: Map<Sentence, OrgMention[]>): void {
  const built = new Set<string>();
  for (const [sentence, list] of raw) {
    // A quoted name need not have been read as a name itself (德丰建筑学院 reads as a school of 德丰).
    for (const quoted of text.slice(sentence.start, sentence.end).matchAll(builtQuoted)) if (!isRegisterInstitution(quoted[1]!)) built.add(quoted[1]!);
    for (const m of list) {
      if (m.role === "institution" && m.regionPrefix === "" && !isRegisterInstitution(m.name) && buildsBefore.test(text.slice(sentence.start, m.start))) built.add(m.name);
    }
  }
  if (built.size === 0) return;
  const isBuilt = (name: string) => built.has(name) || [...built].some((b) => isShortFormOf(name, b));
  for (const [sentence, list] of raw) raw.set(sentence, list.filter((m) => m.role !== "institution" || !isBuilt(m.name)));
}

/**
 * 市政府 in an article whose names hold one city (聊城市技师学院, 聊城市教育局) is that city's
 * government; with no city, or two, it stays as written.
 */
function placeLevelGovernments(entities: OrgEntity[], entityOf: Map<string, OrgEntity>, mentions: OrgMention[]): void {
  for (const entity of [...entities]) {
    const level = /^([省市县区])(?:人民)?政府$/u.exec(entity.name)?.[1];
    if (entity.kind !== "short" || !level) continue;
    const places = new Set(mentions.flatMap((m) => leadingRegionRun(m.name).parts.map((p) => p.name)).filter((place) => place.length > 1 && place.endsWith(level)));
    const place = onlyOne([...places]);
    if (!place) continue;
    const full = place + entity.name.slice(1);
    // 金台区政府 for 金台区人民政府 is a short form (isShortFormOf).
    const existing = entities.find((e) => e !== entity && (sameOrganization(full, e.name) || isShortFormOf(full, e.name)));
    if (existing) {
      existing.aliases.add(entity.name);
      for (const [name, e] of entityOf) if (e === entity) entityOf.set(name, existing);
      entities.splice(entities.indexOf(entity), 1);
    } else {
      entity.aliases.add(entity.name);
      entity.name = full;
      entity.kind = "full";
    }
  }
}

/** A school (大学, 学院, 学校), as against the hospitals and institutes that are institutions too. */
export const isSchoolName = (name: string): boolean => /(大学|学院|学校)$/.test(name);

/** 市政府 in an article naming two cities' governments is neither of them. */
const onlyOne = <T>(list: T[]): T | undefined => (list.length === 1 ? list[0] : undefined);

const departmentShortNames: [string, string][] = [
  ["人社局", "人力资源和社会保障局"],
  ["工信局", "工业和信息化局"],
  ["经信局", "经济和信息化局"],
  ["科技局", "科学技术局"],
  ["发改委", "发展和改革委员会"],
  ["住建局", "住房和城乡建设局"],
  ["文旅局", "文化和旅游局"],
  ["教体局", "教育体育局"],
];

/** 市人社局 after 宝鸡市人力资源和社会保障局: the same department, named by its level. */
function isLevelFormOf(short: string, full: string): boolean {
  const level = /^([省市县区])(.+)$/.exec(short);
  if (!level || !full.includes(level[1]!)) return false;
  const department = level[2]!;
  const expanded = departmentShortNames.find(([abbreviation]) => abbreviation === department)?.[1] ?? department;
  return full.endsWith(expanded) || full.endsWith(department);
}

/**
 * 医学院, 轨道交通学院, 园艺园林学院: a school of a university written without its university is a
 * unit of the writer (the school whose site it is), or else of the one university the article
 * names; its mentions are that institution's. A register name (黄淮学院) is a school of its own.
 */
function foldUnits(entities: OrgEntity[], entityOf: Map<string, OrgEntity>, writer: { name: string; role: OrganizationRole } | undefined) {
  const isUnit = (e: OrgEntity) =>
    e.role === "institution" &&
    e.kind === "full" &&
    /(学院|系)$/.test(e.name) &&
    // 泰岱工程职业学院 is a school of its own, whatever the register says.
    !/(职业|职业技术|师范|技师|工程技术|理工|科技)学院$|大学/.test(e.name) &&
    leadingRegionRun(e.name).prefix === "" &&
    !isRegisterInstitution(e.name) &&
    e.name !== writer?.name;
  const units = entities.filter(isUnit);
  if (units.length === 0) return;
  let home = writer?.role === "institution" ? entities.find((e) => sameOrganization(writer.name, e.name)) : undefined;
  if (!home && writer?.role === "institution") {
    home = { name: writer.name, role: "institution", aliases: new Set(), kind: "full", named: 0, writerOnly: true };
    entities.push(home);
  }
  if (!home) {
    const universities = entities.filter((e) => e.role === "institution" && !isUnit(e) && /大学$/.test(e.name));
    if (universities.length === 1) home = universities[0];
  }
  if (!home) return;
  for (const unit of units) {
    for (const [name, entity] of entityOf) if (entity === unit) entityOf.set(name, home);
    entities.splice(entities.indexOf(unit), 1);
  }
}

function resolveReferences(text: string, sentences: Sentence[], entities: OrgEntity[], mentions: PlacedMention[], writer: { name: string; role: OrganizationRole } | undefined) {
  const named = [...mentions];
  // 我校 and 学校 mean a school: a hospital or institute named before it is not the one (丽水市中心医院, then 杭州医学院).
  const firstOfRole = (role: OrganizationRole) =>
    (role === "institution" ? named.find((m) => m.entity.role === role && isSchoolName(m.entity.name)) : undefined)?.entity ?? named.find((m) => m.entity.role === role)?.entity;
  const lastOfRoleBefore = (role: OrganizationRole, position: number) => named.filter((m) => m.entity.role === role && m.end <= position).at(-1)?.entity;

  let writerEntity: OrgEntity | undefined;
  const writerFor = (role: OrganizationRole): OrgEntity | undefined => {
    if (writer && writer.role === role) {
      if (!writerEntity) {
        writerEntity = entities.find((e) => sameOrganization(writer.name, e.name) || sameOrganization(e.name, writer.name) || isShortFormOf(writer.name, e.name));
        if (!writerEntity) {
          writerEntity = { name: writer.name, role: writer.role, aliases: new Set(), kind: "full", named: 0, writerOnly: true };
          entities.push(writerEntity);
        }
      }
      return writerEntity;
    }
    // No writer of this role is known: the first one of the role the article names.
    return firstOfRole(role);
  };

  for (const sentence of sentences) {
    const taken: [number, number][] = named.filter((m) => m.sentence === sentence).map((m) => [m.start, m.end]);
    for (const reference of findReferences(text, sentence.start, sentence.end, taken)) {
      let entity: OrgEntity | undefined;
      if (reference.kind === "writer") entity = writerFor(reference.role);
      else if (reference.kind === "bare") {
        entity = writer?.role === reference.role ? writerFor(reference.role) : (lastOfRoleBefore(reference.role, reference.start) ?? firstOfRole(reference.role));
      } else entity = lastOfRoleBefore(reference.role, reference.start);
      if (entity) mentions.push({ entity, start: reference.start, end: reference.end, kind: "reference", sentence });
    }
  }
}
