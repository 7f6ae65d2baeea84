import type { ArticleText, OrganizationRole } from "../types.ts";
import { findOrganizationNames } from "./org-names.ts";
import type { OrgEntry } from "./organizations.ts";
import { findReferences, firstPersonRole } from "./references.ts";
import type { Sentence } from "./sentences.ts";
import { isPersonName } from "./person-names.ts";
import { facilityWords, genericNameWords, sentenceOpeners } from "./org-lexicon.ts";
import { abbreviates, siteLabel, siteOwner } from "../site/index.ts";

export interface Writer {
  name: string;
  role: OrganizationRole;
  /** Where the text names it, when it does. */
  evidence?: Sentence;
  /** How sure the reading is. */
  confidence: number;
  /** Not among the organisations named in full: found only as the writer. */
  extra: boolean;
  /** Short forms the text uses for it: the site's own acronym ("XJTU" on xjtu.edu.cn). */
  aliases?: string[];
}

const sourceField = /(?:^|\s|\|)(?:source|publisher|from|issued by|release unit|published by|author unit|organi[sz]er)\s*[:：]\s*(.+?)(?=\s{2,}|\s+(?:date|time|release time|updated|views?|clicks?|author|editor)\s*[:：]|\s*\||$)/i;

/**
 * The writer's own organisation ("our company", "the school"): the one ArticleText.writer gives;
 * else the organisation a source or publisher line names; else, when the text refers to "our
 * university" or "the college" without naming it, the school whose site the page's address is
 * (server/extract/site); else, when the text speaks in the first person, the only organisation of that kind in the title (or in the article); else the name an
 * order class or scholarship carries ("Songwon Runtong targeted class"), which is the company
 * that sponsors it.
 */
export function findWriter(article: ArticleText, sentences: Sentence[], orgs: OrgEntry[], isKnownForm: (text: string) => boolean): Writer | undefined {
  if (article.writer) {
    const match = orgs.find((org) => org.forms.includes(article.writer!.name) || org.name === article.writer!.name);
    return { name: match?.name ?? article.writer.name, role: article.writer.role, ...(match ? { evidence: match.evidence } : {}), confidence: 0.9, extra: !match };
  }
  for (const sentence of sentences) {
    if (sentence.kind !== "meta") continue;
    const field = sourceField.exec(sentence.norm)?.[1];
    if (!field) continue;
    const named = findOrganizationNames(field).find((c) => c.distinctive && !c.subUnit && !c.bareHead);
    if (!named) continue;
    const match = orgs.find((org) => org.forms.includes(named.name) || org.aliases.includes(named.name));
    return { name: match?.name ?? named.name, role: match?.role ?? named.role, evidence: sentence, confidence: 0.85, extra: !match };
  }
  const body = sentences.filter((s) => s.kind === "body" || s.kind === "title");
  const owner = siteOwner(article.url, "", orgs);
  // xjtu.edu.cn writing "XJTU signs …": the site's name in capitals is the writer's acronym.
  // … or any capitals that abbreviate the owner's name ("HUST" on hrbust.edu.cn for Harbin University of Science and Technology).
  const label = siteLabel(article.url)?.label.toUpperCase();
  const capitals = [...new Set(body.flatMap((s) => s.norm.match(/\b[A-Z]{2,8}\b/g) ?? []))];
  const acronym =
    (label && label.length >= 2 && capitals.includes(label) ? label : undefined) ??
    (owner?.nameEn ? capitals.find((c) => c.length >= 3 && abbreviates(c.toLowerCase(), owner.nameEn!)) : undefined);
  if (owner?.nameEn && (acronym || body.some((s) => findReferences(s.norm).some((r) => r.kind === "role" && r.role === owner.role)))) {
    const match = orgs.find((org) => org.role === owner.role && (org.name === owner.nameEn || org.forms.includes(owner.nameEn!)));
    return {
      name: match?.name ?? owner.nameEn,
      role: owner.role,
      ...(match ? { evidence: match.evidence } : {}),
      confidence: 0.7,
      extra: !match,
      ...(acronym ? { aliases: [acronym] } : {}),
    };
  }
  const role = body.map((s) => firstPersonRole(s.norm)).find(Boolean);
  if (!role) return undefined;
  const ofRole = orgs.filter((org) => org.role === role && org.source === "name");
  const inTitle = ofRole.filter((org) => org.evidence.kind === "title" || org.forms.some((form) => body.some((s) => s.kind === "title" && s.norm.includes(form))));
  const chosen = inTitle.length === 1 ? inTitle[0] : ofRole.length === 1 ? ofRole[0] : undefined;
  if (chosen) return { name: chosen.name, role, evidence: chosen.evidence, confidence: 0.7, extra: false };
  if (role !== "enterprise") return undefined;
  for (const sentence of body) {
    const sponsor = sponsorName(sentence.norm, isKnownForm);
    if (sponsor) return { name: sponsor, role, evidence: sentence, confidence: 0.5, extra: true };
  }
  return undefined;
}

/** "Songwon Runtong targeted class", "Songwon Runtong special scholarship": the sponsor's name, if no known organisation. */
export function sponsorName(norm: string, isKnownForm: (text: string) => boolean): string | undefined {
  const pattern = /\b((?:[A-Z][\p{L}'-]*\s+){0,3}[A-Z][\p{L}'-]*)\s+(?:special\s+)?(?:targeted\s+class|order\s+class|scholarship|apprenticeship\s+class)\b/gu;
  for (const m of norm.matchAll(pattern)) {
    const words = m[1]!.split(/\s+/);
    while (words.length > 0 && sentenceOpeners.has(words[0]!)) words.shift();
    if (words.length === 0 || isPersonName(words)) continue;
    if (words.every((w) => genericNameWords.has(w.toLowerCase()) || facilityWords.has(w))) continue;
    const name = words.join(" ");
    if (!isKnownForm(name)) return name;
  }
  return undefined;
}
