import type { OrganizationRole } from "../types.ts";
import type { AgreementContext } from "./agreement-draft.ts";
import { findMentions } from "./mentions.ts";
import { isDistinctiveWord } from "./org-names.ts";
import type { OrgEntry } from "./organizations.ts";
import { isPersonName } from "./person-names.ts";
import type { Sentence } from "./sentences.ts";

/**
 * One ceremony, several agreements: "signed MoUs with nine companies. The companies are A, B and
 * C", "… with the eight enterprises: A, B, C", "Five companies took part in the signing:" and a
 * bulleted list. A counted group in a signing sentence announces a list; each organisation the
 * list names signed its own agreement with the host.
 */

const numberWords: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, twenty: 20 };
const groupNouns = String.raw`(?:companies|enterprises|firms|corporations|employers|universities|colleges|schools|institutions|polytechnics|partners|organi[sz]ations|agencies|units|bodies|stakeholders|establishments|entities|industries|providers)`;
const countedGroup = new RegExp(
  String.raw`\b(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty|several|a\s+number\s+of|(?:more\s+than|over|nearly|about|some)\s+\d{1,3})\s+(?:[\w-]+\s+){0,2}?${groupNouns}\b`,
  "i",
);
/** Where a list starts inside a sentence: after a colon, or after "including", "such as", "namely". */
const listStart = /:\s*|\b(?:including|such\s+as|namely|among\s+them|which\s+(?:are|were|include|included))\b[:,]?\s*/i;
/** A sentence that opens a list of the group just counted: "The companies are …", "They include …". */
const listSentence = new RegExp(
  String.raw`^(?:the\s+(?:[\w-]+\s+){0,2}${groupNouns}|they|these|those|the\s+(?:signatories|partners|parties))\s+(?:are|were|include|included|comprise|comprised|being)\b|^(?:they|these|the\s+\w+)\s+(?:\w+\s+)?(?:such\s+as|including|include)\b|^(?:including|such\s+as|namely|among\s+them)\b|\b${groupNouns}\s+(?:such\s+as|including|like|include|includes|included)\b`,
  "i",
);
const bullet = /^\s*(?:[•·▪●◦■□◆►✓*–—-]|\(?\d{1,2}[.)、]|\(?[a-z][.)])\s+/u;

/** How many the counted group says there are; undefined for "several", "more than 10". */
export function countOf(text: string): { count?: number; end: number } | undefined {
  const m = countedGroup.exec(text);
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  const count = /^\d+$/.test(word) ? Number(word) : numberWords[word];
  return { ...(count !== undefined ? { count } : {}), end: m.index + m[0].length };
}

/** A listed name the lexicon did not read: a school by its head word, else a company. */
function roleOfName(name: string): OrganizationRole {
  return /\b(?:University|College|Polytechnic|Institute|Academy|School|Universiti|Politeknik)\b/.test(name) ? "institution" : "enterprise";
}

/** Whether a list item that names no known organisation reads like a name: one by its place in the list. */
function isListItemName(name: string, ctx: AgreementContext): boolean {
  const words = name.split(/\s+/);
  if (words.length === 0 || words.length > 10 || !/^[A-Z]/.test(name) || !words.every((w) => /^[A-Z0-9&(]/.test(w) || /^(?:of|and|for|the|de|du)$/.test(w))) return false;
  return !ctx.isPlace(name) && !isPersonName(words) && words.some(isDistinctiveWord);
}

/**
 * The organisations a list names: those known, and between them any item that reads like a name
 * ("…, Sabah Islamic Religious Council, …"): in a list of a counted group every item is one.
 */
function listedOrgs(list: string, ctx: AgreementContext, sentence: Sentence): OrgEntry[] {
  const mentions = findMentions(list, ctx.orgs);
  const found: { org: OrgEntry; index: number }[] = mentions.map((m) => ({ org: m.org, index: m.index }));
  let from = 0;
  for (const gap of [...mentions.map((m) => [m.index, m.end] as const), [list.length, list.length] as const]) {
    const between = list.slice(from, gap[0]);
    let offset = from;
    for (const piece of between.split(/(\s*(?:,|;|\band\b)\s*)/)) {
      const name = piece.replace(/^(?:the|and)\s+/i, "").replace(/[.;,]\s*$/, "").trim();
      if (name.split(/\s+/).length >= 2 && isListItemName(name, ctx)) found.push({ org: ctx.addPartner(name, sentence, roleOfName(name)), index: offset });
      offset += piece.length;
    }
    from = gap[1];
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.org);
}

/** The organisations of the bulleted lines that open `sentences`, one item a line. */
function bulletedOrgs(sentences: readonly Sentence[], ctx: AgreementContext): OrgEntry[] {
  const listed: OrgEntry[] = [];
  for (const item of sentences) {
    if (!bullet.test(item.norm)) break;
    const named = findMentions(item.norm, ctx.orgs).map((m) => m.org);
    const name = item.norm.replace(bullet, "").replace(/[.;,]\s*$/, "").trim();
    if (named.length > 0) listed.push(...named);
    else if (isListItemName(name, ctx)) listed.push(ctx.addPartner(name, item, roleOfName(name)));
  }
  return listed;
}

/**
 * The organisations listed as the counted group of sentence `i` (whose asserted part is
 * `asserted`): in the sentence itself after a colon or "including"; else in the bulleted lines
 * that follow it; else in the next sentence or two when they open with "The companies are",
 * "They include", "such as".
 * Empty when the sentence counts no group or no list follows.
 */
export function countedMembers(ctx: AgreementContext, i: number, asserted: string): { members: OrgEntry[]; count?: number } {
  const counted = countOf(asserted);
  if (!counted) return { members: [] };
  const distinct = (orgs: OrgEntry[]) => [...new Set(orgs)];
  const answer = (members: OrgEntry[]) => ({ members, ...(counted.count !== undefined ? { count: counted.count } : {}) });

  const rest = asserted.slice(counted.end);
  const start = listStart.exec(rest);
  if (start) {
    const inSentence = distinct(listedOrgs(rest.slice(start.index + start[0].length), ctx, ctx.sentences[i]!));
    if (inSentence.length >= 2) return answer(inSentence);
  }

  const following = ctx.sentences.slice(i + 1);
  if (following[0] && bullet.test(following[0].norm)) return answer(distinct(bulletedOrgs(following, ctx)));

  for (const next of following.slice(0, 2)) {
    const opening = listSentence.exec(next.norm.trim());
    if (!opening) continue;
    return answer(distinct(listedOrgs(next.norm.trim().slice(opening.index + opening[0].length), ctx, next)));
  }
  // "Representatives from 15 host training establishments attended the signing: A, B, …", or "Three
  // companies took part:" over bulleted lines: the group counted again, then listed.
  for (const [k, next] of following.slice(0, 3).entries()) {
    const again = countOf(next.norm);
    const colon = again ? next.norm.indexOf(":", again.end) : -1;
    if (colon === -1) continue;
    const listed = distinct(listedOrgs(next.norm.slice(colon + 1), ctx, next));
    if (listed.length >= 2) return answer(listed);
    const after = following.slice(k + 1);
    if (after[0] && bullet.test(after[0].norm)) return answer(distinct(bulletedOrgs(after, ctx)));
  }
  return { members: [] };
}
