import type { AgreementContext } from "./agreement-draft.ts";
import type { Mention } from "./mentions.ts";
import { headRole } from "./org-lexicon.ts";
import { isDistinctiveWord } from "./org-names.ts";
import type { OrgEntry } from "./organizations.ts";
import { isPersonName } from "./person-names.ts";
import type { Reference } from "./references.ts";
import type { Sentence } from "./sentences.ts";

/**
 * Who the parties of a signing sentence are: which organisations it names only as witnesses or
 * objects, what "the university" or "the two sides" stands for, which institution the article is
 * about, and partners named by a single brand word.
 */

const witnessPhrase = /\b(?:witnessed\s+by|in\s+the\s+presence\s+of|under\s+the\s+witness\s+of|attended\s+by|under\s+the\s+guidance\s+of|guided\s+by|supervised\s+by|overseen\s+by)\b/gi;
const guidingRole = /^\s+as\s+(?:its|the|their)\s+(?:guiding|supervising|directing|competent|supporting)\s+(?:unit|department|body|authority)\b/i;
const buildsObject = /\b(?:build|builds|built|construct|constructs|constructed|establish|establishes|established|set\s+up|found|upgrade|co-build|co-builds|launch|launches|launched|inaugurate|inaugurates|inaugurated|unveil|unveils|unveiled)\s+(?:the\s+|a\s+|an\s+|(?:its|their)\s+(?:new\s+)?)?$/i;
// "the Norland Academy, an industry college jointly established with …": a name the words after it say was set up.
const setUpApposition = /^,\s+(?:an?|the)\s+(?:new\s+)?(?:[\w-]+\s+){0,4}?(?:college|academy|institute|school|laboratory|lab|centre|center|base|workstation)\s+(?:jointly\s+|newly\s+)?(?:established|built|set\s+up|founded|launched|co-founded|co-built|created)\b/i;

/**
 * Organisations a signing sentence names that are not its parties: those that witness or guide
 * it ("Witnessed by …, the Henan Provincial Department of Education, A and B signed …") and an
 * institution the agreement builds ("signed an agreement to jointly build Kunming Southwest
 * Forestry University", "launched the Norland Academy", "the Norland Academy, an industry college
 * jointly established with …").
 */
export function partiesOnly(text: string, mentions: Mention[]): Mention[] {
  const excluded = new Set<Mention>();
  for (const m of text.matchAll(witnessPhrase)) {
    const after = mentions.filter((x) => x.index >= m.index + m[0].length);
    const first = after[0];
    // "under the guidance of the state's support for …, X has established …": a witness is named
    // right after the phrase, within its own clause; a name past a comma or a quote is the sentence's.
    if (!first || /[,;"]/.test(text.slice(m.index + m[0].length, first.index)) || first.index - (m.index + m[0].length) > 100) continue;
    excluded.add(first);
    // "… of the Municipal Education Bureau and the Municipal Bureau of Commerce": the witnesses go on.
    let previous = first;
    for (const next of after.slice(1)) {
      if (next.org.role !== first.org.role || !/^[\s,]*(?:and\s+)?(?:the\s+)?$/.test(text.slice(previous.end, next.index))) break;
      excluded.add(next);
      previous = next;
    }
  }
  for (const x of mentions) {
    if (x.org.role === "institution" && (buildsObject.test(text.slice(0, x.index)) || setUpApposition.test(text.slice(x.end)))) excluded.add(x);
    // "with the Provincial Big Data Development Administration as its guiding unit"
    if (guidingRole.test(text.slice(x.end))) excluded.add(x);
  }
  return mentions.filter((x) => !excluded.has(x));
}

/** The institution an article is about: the writer's, else the one named most often (first named on a tie). */
export function principalInstitution(ctx: AgreementContext, counts: Map<OrgEntry, number>): OrgEntry | undefined {
  if (ctx.writer?.role === "institution") return ctx.writer;
  const institutions = ctx.orgs.filter((o) => o.role === "institution");
  let best: OrgEntry | undefined;
  for (const org of institutions) if (!best || (counts.get(org) ?? 0) > (counts.get(best) ?? 0)) best = org;
  return best;
}

const hintWords: Record<string, RegExp> = {
  university: /University/,
  college: /College|Polytechnic/,
  institute: /Institute/,
  "research institute": /Research Institute|Institute of .*Research/,
  academy: /Academy/,
  polytechnic: /Polytechnic/,
  group: /Group/,
};

/** What "the university", "our company", "the county government" stands for in a sentence. */
export function resolveRole(ref: Extract<Reference, { kind: "role" }>, named: OrgEntry[], ctx: AgreementContext, lastSeen: Map<OrgEntry, number>, principal: OrgEntry | undefined): OrgEntry | undefined {
  if (ref.firstPerson && ctx.writer) return ctx.writer;
  const hint = ref.hint ? hintWords[ref.hint.toLowerCase()] : undefined;
  const fits = (org: OrgEntry) => org.role === ref.role && (!hint || hint.test(org.name));
  const inSentence = named.find(fits);
  if (inSentence) return inSentence;
  if (ctx.writer && fits(ctx.writer)) return ctx.writer;
  const recent = (test: (org: OrgEntry) => boolean) =>
    [...lastSeen.entries()].filter(([org]) => test(org)).sort((a, b) => b[1] - a[1])[0]?.[0];
  // "the college" for a university, "the company" for a group: the kind word is used loosely.
  return (
    recent(fits) ??
    named.find((org) => org.role === ref.role) ??
    (ctx.writer?.role === ref.role ? ctx.writer : undefined) ??
    recent((org) => org.role === ref.role) ??
    (ref.role === "institution" ? principal : undefined) ??
    ctx.orgs.find((org) => org.role === ref.role)
  );
}

/** "the two sides" with nothing to go on: the article's institution and the organisation last named beside it. */
export function salientPair(ctx: AgreementContext, lastSeen: Map<OrgEntry, number>, principal: OrgEntry | undefined): OrgEntry[] {
  const recent = [...lastSeen.entries()].sort((a, b) => b[1] - a[1]).map(([org]) => org);
  const other = recent.find((org) => org !== principal && org.role !== "institution") ?? recent.find((org) => org !== principal);
  return [principal, other].filter((o): o is OrgEntry => o !== undefined);
}

const partnerPattern = /\b(?:in\s+(?:partnership|cooperation|collaboration)\s+with|partnered\s+with|together\s+with|jointly\s+with|co-(?:built|founded|developed)\s+with|cooperated\s+with)\s+((?:[A-Z][\p{L}&'-]*)(?:\s+[A-Z][\p{L}&'-]*){0,3})/gu;

const capitalisedName = String.raw`[A-Z][\p{L}&'-]*(?:\s+[A-Z][\p{L}&'-]*){0,3}`;
// "signed MoUs with Baiyun Electric, Qinghe Foods and Hanbei Logistics", "the cooperation between A and B":
// the names a signing is made with, listed.
const signedWithList = new RegExp(
  String.raw`\b(?:signed|signs|inked|sealed|concluded|exchanged|entered\s+into|cooperation|partnership|collaboration|agreements?|MoUs?|MoAs?)\b[^.;:]{0,80}?\b(?:with|between)\s+((?:the\s+)?${capitalisedName}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+&\s+)(?:the\s+)?${capitalisedName})*)`,
  "gu",
);
// "Universiti Teknologi Malaysia (UTM) and Petronas signed …": the name joined to a named party before the signing.
const joinedSigner = new RegExp(String.raw`\band\s+(${capitalisedName})\s+(?:have\s+|has\s+)?(?:officially\s+|formally\s+|jointly\s+)?(?:signed|inked|sealed|exchanged)\b`, "gu");
const notAName = /^(?:MoUs?|MOUs?|MoAs?|MOAs?|Memorand\w*|Agreements?|Partners?|The|This|That|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** The role a name the lexicon did not read takes: a zone's or district's is its government's, else a company's. */
const roleOfPartner = (name: string) => (/\b(?:Zone|District|Park)$/.test(name) ? "government" : "enterprise");

/**
 * Organisations the lexicon did not read that a signing sentence names as its partners: by a
 * brand word in a partnership phrase ("developed in partnership with Huawei"), in the list a
 * signing is made with ("signed MoUs with Baiyun Electric, Qinghe Foods and Hanbei Logistics"),
 * or joined to a named party before the signing ("UTM and Petronas signed …"). Such a party is
 * known only from its place in the sentence: its confidence is low, and it is kept only as a party.
 */
export function partnerMentions(text: string, mentions: Mention[], ctx: AgreementContext, sentence: Sentence): Mention[] {
  const found: Mention[] = [];
  const add = (raw: string, index: number) => {
    const name = raw.replace(/'s$/, "").replace(/^the\s+/, "");
    index += raw.length - raw.replace(/^the\s+/, "").length;
    const end = index + name.length;
    if ([...mentions, ...found].some((x) => index < x.end && end > x.index)) return;
    const words = name.split(/\s+/);
    // A head word is the grammar's to read (it declined); capitals alone are a short form it could not tie to its name.
    if (words.some((w) => notAName.test(w) || headRole(w) !== undefined || /-(?:listed|based|owned|funded)$/i.test(w)) || /^[A-Z]{2,}$/.test(name)) return;
    if (ctx.isPlace(name) || isPersonName(words) || !words.some(isDistinctiveWord)) return;
    found.push({ org: ctx.addPartner(name, sentence, roleOfPartner(name)), index, end, via: "name" });
  };
  for (const m of text.matchAll(partnerPattern)) add(m[1]!, m.index + m[0].length - m[1]!.length);
  for (const m of text.matchAll(signedWithList)) {
    let at = m.index + m[0].length - m[1]!.length;
    for (const piece of m[1]!.split(/(\s*,\s*(?:and\s+)?|\s+and\s+|\s+&\s+)/)) {
      if (!/^\s*(?:,|and\b|&)/.test(piece) && piece.trim() !== "") add(piece, at);
      at += piece.length;
    }
  }
  for (const m of text.matchAll(joinedSigner)) {
    const before = text.slice(0, m.index).replace(/\s*\([^)]{1,20}\)\s*$/, "").trimEnd();
    if (mentions.some((x) => x.end >= before.length - 1 && x.end <= before.length + 1)) add(m[1]!, m.index + m[0].indexOf(m[1]!, 3));
  }
  return found.sort((a, b) => a.index - b.index);
}
