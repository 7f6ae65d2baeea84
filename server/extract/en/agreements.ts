import type { AgreementContext, AgreementDraft } from "./agreement-draft.ts";
import { partiesOnly, partnerMentions, principalInstitution, resolveRole, salientPair } from "./agreement-parties.ts";
import { agreementTitle } from "./agreement-title.ts";
import { assertedPart, findAgreementTypes, hasDoneMarker } from "./agreement-wording.ts";
import { findDates } from "./dates.ts";
import { findFigures } from "./figures.ts";
import { countedMembers } from "./counted-members.ts";
import { findMentions } from "./mentions.ts";
import type { OrgEntry } from "./organizations.ts";
import { findReferences, type Reference } from "./references.ts";
import type { Sentence } from "./sentences.ts";
import { settle, splitBilateral } from "./settle-agreements.ts";

export type { AgreementContext, AgreementDraft } from "./agreement-draft.ts";

const unique = <T>(xs: T[]) => [...new Set(xs)];
const tally = /\b(?:so\s+far|to\s+date|in\s+total|a\s+total\s+of|since\s+(?:19|20)\d{2}|(?:has|have)\s+(?:\w+\s+)?(?:established|set\s+up|signed|built|launched|opened))\b/i;

/**
 * Agreements an article states. A sentence states one when, before any hope, plan or reference
 * back (see assertedPart), it names a type of agreement and says it was done (signed, unveiled,
 * launched, established …). Its parties are the organisations the sentence names or refers to
 * ("our company", "the university", "the two sides"); with several types in one sentence, each
 * type takes the subject's parties and those named in its own stretch ("signed a strategic
 * cooperation agreement with A and a talent training agreement with B"). When no institution is a
 * party and fewer than two parties are named, the article's own institution is (an inference, at
 * lower confidence). The date is the sentence's, else the date of the event the article reports
 * ("At the same ceremony …"); "Recently" gives none.
 */
export function findAgreements(ctx: AgreementContext): AgreementDraft[] {
  const drafts: AgreementDraft[] = [];
  const lastSeen = new Map<OrgEntry, number>();
  const counts = new Map<OrgEntry, number>();
  let eventDate: string | undefined;
  let lastParties: OrgEntry[] = [];
  let previousNamed: OrgEntry[] = [];
  const agreementSentences = new Set<number>();

  ctx.sentences.forEach((sentence) => {
    if (sentence.kind !== "body" && sentence.kind !== "title") return;
    for (const m of findMentions(sentence.norm, ctx.orgs)) counts.set(m.org, (counts.get(m.org) ?? 0) + 1);
  });
  const principal = principalInstitution(ctx, counts);

  ctx.sentences.forEach((sentence, i) => {
    if (sentence.kind !== "body" && sentence.kind !== "title") return;
    const dates = findDates(sentence.norm, ctx);
    const asserted = assertedPart(sentence.norm);
    const wordings = findAgreementTypes(asserted);
    const signing = wordings.length > 0 && hasDoneMarker(asserted);
    // In a signing sentence, a counted list first: its items may be names the lexicon does not know, added here.
    const { members, count } = signing ? countedMembers(ctx, i, asserted) : { members: [], count: undefined };
    const allMentions = signing ? findMentions(asserted, ctx.orgs) : [];
    // "Yunnan Light Industry College" names a school, not an industry college; "Director of the Key
    // Laboratory of …" is a person's title, not a lab set up.
    const types = wordings.filter((t) => !allMentions.some((m) => t.index >= m.index && t.end <= m.end) && !inPersonsTitle(asserted, t.index));
    const found: AgreementDraft[] = [];
    if (signing && types.length > 0) {
      const mentions = partiesOnly(asserted, allMentions);
      const nonParties = new Set(allMentions.filter((m) => !mentions.includes(m)).map((m) => m.org));
      const partners = partnerMentions(asserted, mentions, ctx, sentence);
      const references = findReferences(asserted).filter((r) => !allMentions.some((m) => r.index < m.end && r.end > m.index));
      const units = ctx.units.filter((u) => u.sentence === i && u.end <= asserted.length && !mentions.some((m) => u.start < m.end && u.end > m.index));
      const ownDate = sentenceDate(asserted, ctx);
      const date = ownDate ? ownDate.date : /\brecently\b/i.test(sentence.norm) ? undefined : eventDate;
      const subject = (x: { index: number }) => x.index < types[0]!.index;
      const stretches = types.map((t, k): [number, number] => [t.index, types[k + 1]?.index ?? asserted.length]);
      const named = [...mentions, ...partners];
      const holdsParty = ([a, b]: [number, number]) =>
        named.some((m) => m.index >= a && m.index < b) || references.some((r) => r.kind === "role" && r.index >= a && r.index < b);
      types.forEach((t, k) => {
        // Each type takes the subject's parties and those of its own stretch; a stretch without
        // any ("… signed an agreement with B to build an internship base") shares its neighbour's.
        let range = stretches[k]!;
        if (types.length > 1 && !holdsParty(range)) {
          const before = stretches.slice(0, k).reverse().find(holdsParty);
          const after = stretches.slice(k + 1).find(holdsParty);
          range = before ?? after ?? range;
        }
        const take = <T extends { index: number }>(xs: T[]) => (types.length === 1 ? xs : xs.filter((x) => subject(x) || (x.index >= range[0] && x.index < range[1])));
        let parties = unique(take(named).map((m) => m.org));
        let viaReference = false;
        let inferred = take(partners).length > 0;
        for (const ref of take(references)) {
          if (ref.kind !== "role") continue;
          const org = resolveRole(ref, parties, ctx, lastSeen, principal);
          if (org && !parties.includes(org) && !nonParties.has(org)) {
            parties.push(org);
            viaReference = true;
          }
        }
        // "the School of Modern Agriculture" stands for its institution.
        if (take(units.map((u) => ({ index: u.start }))).length > 0) {
          const owner = parties.find((p) => p.role === "institution") ?? principal;
          if (owner && !parties.includes(owner)) {
            parties.push(owner);
            viaReference = true;
          }
        }
        const pairs = take(references).filter((r): r is Extract<Reference, { kind: "parties" }> => r.kind === "parties");
        if (pairs.length > 0 && parties.length < Math.max(2, pairs[0]!.count)) {
          const fill = lastParties.length > 0 ? lastParties : salientPair(ctx, lastSeen, principal);
          parties = unique([...parties, ...fill]);
          viaReference = true;
        }
        // "… a symposium between A and B was held. At the symposium, an agreement was signed.": a signing that names
        // nobody was made by those the sentence before brought together.
        if (parties.length === 0 && previousNamed.length >= 2 && /\b(?:was|were|been)\s+(?:\w+\s+)?(?:signed|inked|concluded)\b/i.test(asserted)) {
          parties = [...previousNamed];
          viaReference = true;
        }
        if (parties.length < 2 && principal && !parties.some((p) => p.role === "institution")) {
          parties = [principal, ...parties];
          inferred = true;
        }
        const figures = findFigures(sentence.norm);
        const title = agreementTitle(sentence.norm, t);
        const allNamed = !viaReference && !inferred && parties.length >= 2;
        let confidence = allNamed ? 0.9 : inferred ? 0.65 : 0.8;
        if (t.type === "other") confidence -= 0.1;
        if (parties.length < 2) confidence = Math.min(confidence, 0.6);
        if (sentence.kind === "title") confidence -= 0.1;
        const draft: AgreementDraft = {
          type: t.type,
          parties,
          ...(date ? { date } : {}),
          ...(title ? { title } : {}),
          figures,
          sentence: i,
          evidence: sentence,
          confidence: Math.round(confidence * 100) / 100,
          inferred,
        };
        // "The college has so far set up bases with 30 enterprises": a tally, not an agreement.
        if (parties.length < 2 && tally.test(asserted)) return;
        // "… signed MoUs with nine companies. The companies are A, B and C": one agreement with each
        // (an alliance of the counted members is one agreement that has them all).
        if (members.length >= 2) {
          const signers = parties.filter((p) => !members.includes(p) && !nonParties.has(p));
          if (t.type === "alliance") {
            found.push({ ...draft, parties: unique([...signers, ...members]) });
            return;
          }
          const hub = signers.find((p) => p.role === "institution") ?? signers[0] ?? principal;
          if (hub) {
            // Named host, no inference, and as many listed as counted: as sure as the sentence itself.
            const sure = signers.includes(hub) && !inferred && !viaReference && count === members.length;
            for (const member of members.filter((m) => m !== hub)) {
              found.push({ ...draft, parties: [hub, member], confidence: sure ? draft.confidence : Math.min(draft.confidence, 0.65), inferred: draft.inferred || !sure });
            }
            return;
          }
        }
        found.push(...splitBilateral(draft, t, asserted, principal));
      });
    }
    if (found.length > 0) {
      agreementSentences.add(i);
      drafts.push(...found);
      const full = found.find((d) => d.parties.length >= 2);
      if (full) lastParties = full.parties;
    }
    const mentioned = findMentions(sentence.norm, ctx.orgs);
    for (const m of mentioned) lastSeen.set(m.org, i);
    previousNamed = unique(mentioned.map((m) => m.org));
    if (sentence.kind === "body") {
      // The event's day, not the dateline's: "Lanxi, 5 June 2025 - … signed on 4 June 2025".
      if (dates.length > 0) eventDate = sentenceDate(sentence.norm, ctx)!.date;
      else if (/\brecently\b/i.test(sentence.norm)) eventDate = undefined;
    }
  });
  addFollowingFigures(drafts, ctx.sentences, agreementSentences);
  dateFromFollowingSigning(drafts, ctx);
  // A headline reports the article's event: it happened on the first day the body gives.
  // (A dateline left in the body, "2020-05-09 | BROWSE TIMES:", is when it was published, not when it happened.)
  const firstBodyDate = ctx.sentences
    .filter((s) => s.kind === "body" && !/^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b/.test(s.norm))
    .map((s) => findDates(s.norm, ctx)[0]?.date)
    .find(Boolean);
  for (const draft of drafts) if (draft.evidence.kind === "title" && !draft.date && firstBodyDate) draft.date = firstBodyDate;
  return settle(drafts);
}

// "The agreement was signed on May 3 by …", "The signing ceremony was held on 4 April": a sentence about the signing just reported.
const signingBack =
  /^(?:The|This|That|Both)\s+(?:[\w-]+\s+){0,3}?(?:agreements?|MoUs?|MoAs?|memorand(?:um|a)(?:\s+of\s+\w+)?|deals?|partnerships?|pacts?|signing(?:\s+ceremony)?|ceremony)\s+(?:was|were|took\s+place)\s*(?:officially\s+|formally\s+|jointly\s+)?(?:signed|inked|sealed|concluded|held|on|at|in)\b/i;

/**
 * "X and Y have inked an agreement to build a lab. The agreement was signed on May 3 by …": an
 * agreement its sentence does not date takes the day of the next sentence, when that sentence is
 * about its signing.
 */
function dateFromFollowingSigning(drafts: AgreementDraft[], ctx: AgreementContext): void {
  for (const draft of drafts) {
    if (draft.date || draft.evidence.kind !== "body") continue;
    const next = ctx.sentences[draft.sentence + 1];
    if (!next || next.kind !== "body" || !signingBack.test(next.norm)) continue;
    const own = sentenceDate(next.norm, ctx);
    if (own) draft.date = own.date;
  }
}

const datelinePrefix = /^[A-Z][A-Za-z .'-]{1,40},\s*([^-–—]{4,30}?)\s*[-–—]\s/;

/**
 * The day a sentence says something happened. "ALOR SETAR, 20 June 2025 - … signed on June 18":
 * a news dateline opening the sentence says when it was filed; a later date of its own wins.
 */
function sentenceDate(text: string, ctx: AgreementContext) {
  const dates = findDates(text, ctx);
  const dateline = datelinePrefix.exec(text);
  // The first date stands inside the dateline (between the place and the dash) when it starts there.
  const inDateline = dateline !== null && dates[0] !== undefined && dates[0].index < dateline[0].length;
  return inDateline ? (dates[1] ?? dates[0]) : dates[0];
}

const titleBefore = /\b(?:Director|Deputy Director|Dean|Head|Chair(?:man|woman)?|President|Secretary|Manager|Chief|Leader|Coordinator)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}$/;

/** Whether the agreement word at `index` is inside a person's title ("Director of the Key Laboratory of …"). */
function inPersonsTitle(text: string, index: number): boolean {
  return titleBefore.test(text.slice(Math.max(0, index - 80), index));
}

/** Figures in the sentences that follow an agreement in its paragraph ("Under the agreement, … 50 students"). */
function addFollowingFigures(drafts: AgreementDraft[], sentences: Sentence[], agreementSentences: Set<number>): void {
  for (const draft of drafts) {
    for (let j = draft.sentence + 1; j < sentences.length; j++) {
      const next = sentences[j]!;
      if (next.paragraph !== draft.evidence.paragraph || agreementSentences.has(j)) break;
      const more = findFigures(next.norm);
      for (const key of ["students", "positions", "enterprises"] as const) if (draft.figures[key] === undefined && more[key] !== undefined) draft.figures[key] = more[key];
    }
  }
}
