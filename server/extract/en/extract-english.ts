import type { ArticleText, Evidence, ExtractedAgreement, ExtractedArticle, ExtractedOrganization, OrganizationRole } from "../types.ts";
import { findAgreements } from "./agreements.ts";
import { findIndustryChains } from "./chains.ts";
import { anyFullYear, datelineDate } from "./dates.ts";
import { dateFromUrl, filedByFromUrl } from "../url-date.ts";
import { abbreviates } from "../site/index.ts";
import { normaliseEnglish } from "./normalise.ts";
import { collectOrganizations, mergeKey, type OrgEntry } from "./organizations.ts";
import { findListedNames } from "./listed-names.ts";
import { findMentions } from "./mentions.ts";
import { isDistinctiveWord } from "./org-names.ts";
import { isPlaceName, PlaceReader } from "./places.ts";
import { splitSentences, type Sentence } from "./sentences.ts";
import { endsWithLegalForm } from "./tokens.ts";
import { isShortFormOf, resolveShortForms } from "./short-forms.ts";
import { findWriter } from "./writer.ts";

/**
 * Reads an English press release: the organisations it names (by the grammar of their names,
 * with short forms and the writer's "our company" resolved), the agreements it states (type,
 * parties, date, figures), the industry chains and the places it names. Works from the text
 * alone; every fact quotes the sentence that states it.
 */
export function extractEnglish(article: ArticleText): Omit<ExtractedArticle, "article"> {
  const sentences = withTitle(article, splitSentences(article.text));
  const content = sentences.filter((s) => s.kind === "body" || s.kind === "title");
  const publishedOn = article.publishedOn ?? datelineDate(article.text) ?? dateFromUrl(article.url);
  const filedBy = publishedOn ? undefined : filedByFromUrl(article.url);
  const fallbackYear = publishedOn || filedBy ? undefined : anyFullYear(content.map((s) => s.norm).join("\n"));
  const places = new PlaceReader(content.map((s) => s.norm));

  const { orgs, weak } = collectOrganizations(sentences);
  resolveShortForms(sentences, orgs, weak, isPlaceName);
  for (const sentence of content) {
    const named = findMentions(sentence.norm, orgs);
    for (const listed of findListedNames(sentence.norm, isPlaceName)) {
      if (named.some((m) => listed.index >= m.index && listed.index < m.end)) continue;
      if (orgs.some((org) => mergeKey(org.name) === mergeKey(listed.name) || org.aliases.includes(listed.name) || isShortFormOf(listed.name, org, isPlaceName))) continue;
      orgs.push({ name: listed.name, role: listed.role, aliases: [], forms: [listed.name], evidence: sentence, confidence: 0.6, source: "name" });
    }
  }

  const isKnownForm = (text: string) => orgs.some((org) => org.forms.includes(text) || org.aliases.includes(text) || isShortFormOf(text, org, isPlaceName));
  const found = findWriter(article, sentences, orgs, isKnownForm);
  let writer: OrgEntry | undefined;
  if (found) {
    writer = orgs.find((org) => org.name === found.name || mergeKey(org.name) === mergeKey(found.name));
    if (writer) {
      for (const alias of found.aliases ?? []) if (!writer.aliases.includes(alias)) writer.aliases.push(alias);
    } else {
      writer = {
        name: found.name,
        role: found.role,
        aliases: [...(found.aliases ?? [])],
        forms: [found.name],
        evidence: found.evidence ?? firstPersonSentence(content) ?? content[0] ?? sentences[0] ?? { text: "", offset: 0, norm: "", paragraph: 0, kind: "body" },
        confidence: found.confidence,
        source: "writer",
      };
      orgs.push(writer);
      // Named only in the source line: its short forms in the text are still its.
      resolveShortForms(sentences, orgs, weak, isPlaceName);
    }
  }

  // "SZTU's College of New Materials", "Chemical Engineering Department of SPA": a unit of an institution the
  // article names by that acronym is the institution.
  for (const unit of [...orgs]) {
    if (unit.role !== "institution") continue;
    const acronym = /^([A-Z]{2,8})(?:'s)?\s+(?:College|School|Institute|Department|Faculty)\b/.exec(unit.name)?.[1] ?? /\b(?:Department|School|College|Faculty)\s+of\s+([A-Z]{2,8})$/.exec(unit.name)?.[1];
    const parent = acronym
      ? orgs.find((org) => org !== unit && org.role === "institution" && (org.aliases.includes(acronym) || abbreviates(acronym.toLowerCase(), org.name)))
      : undefined;
    if (!parent) continue;
    parent.forms.push(unit.name, ...unit.forms.filter((f) => f !== unit.name));
    if (!parent.aliases.includes(acronym!)) parent.aliases.push(acronym!);
    orgs.splice(orgs.indexOf(unit), 1);
  }

  // "Conch Group" beside "Anhui Conch Group Company Limited": a shorter name, without a legal form, that
  // is a short form of one other organisation of its kind is that organisation.
  for (const short of [...orgs]) {
    if (short.source !== "name" || endsWithLegalForm(short.name)) continue;
    const longer = orgs.filter((org) => org !== short && org.role === short.role && org.name.length > short.name.length && isShortFormOf(short.name, org, isPlaceName));
    if (longer.length !== 1) continue;
    const [home] = longer as [OrgEntry];
    for (const form of [short.name, ...short.forms, ...short.aliases]) if (!home.aliases.includes(form) && form !== home.name) home.aliases.push(form);
    home.forms.push(...short.forms.filter((f) => !home.forms.includes(f)));
    if (writer === short) writer = home;
    orgs.splice(orgs.indexOf(short), 1);
  }

  // A unit of an unnamed institution ("School of Mechanical Engineering") is the institution
  // the article knows; where the institution is named, its units stand for it.
  let units = weak.filter((w) => w.kind === "unit");
  if (!orgs.some((org) => org.role === "institution")) {
    for (const unit of units) {
      const known = orgs.find((org) => org.name === unit.name);
      if (!known) orgs.push({ name: unit.name, role: "institution", aliases: [], forms: [unit.name], evidence: sentences[unit.sentence]!, confidence: 0.6, source: "unit" });
    }
    units = [];
  }

  const addPartner = (name: string, sentence: Sentence, role: OrganizationRole = "enterprise"): OrgEntry => {
    const known = orgs.find((org) => org.name === name);
    if (known) return known;
    const entry: OrgEntry = { name, role, aliases: [], forms: [name], evidence: sentence, confidence: 0.6, source: "partner" };
    orgs.push(entry);
    return entry;
  };
  const drafts = findAgreements({
    sentences,
    orgs,
    ...(writer ? { writer } : {}),
    units,
    ...(publishedOn ? { publishedOn } : {}),
    ...(filedBy ? { filedBy } : {}),
    ...(fallbackYear ? { fallbackYear } : {}),
    isPlace: isPlaceName,
    addPartner,
  });

  const parties = new Set(drafts.flatMap((d) => d.parties));
  const organizations: ExtractedOrganization[] = orgs
    .filter((org) => org.source !== "partner" || parties.has(org))
    .map((org) => {
      const region = places.regionOfName(org.name);
      return {
        name: org.name,
        role: org.role,
        aliases: reportedAliases(org),
        ...(region ? { province: region.province, regionCode: region.regionCode } : {}),
        evidence: evidence(org.evidence),
        confidence: org.confidence,
      };
    });

  const agreements: ExtractedAgreement[] = drafts.map((d) => ({
    type: d.type,
    parties: d.parties.map((p) => p.name),
    ...(d.date ? { date: d.date } : {}),
    ...(d.title ? { title: d.title } : {}),
    figures: d.figures,
    evidence: evidence(d.evidence),
    confidence: d.confidence,
  }));

  const industryChains: ExtractedArticle["industryChains"] = [];
  const placeList: ExtractedArticle["places"] = [];
  for (const sentence of content) {
    for (const chain of findIndustryChains(sentence.norm)) {
      if (!industryChains.some((c) => c.name.toLowerCase() === chain.name.toLowerCase())) industryChains.push({ name: chain.name, evidence: evidence(sentence) });
    }
    for (const place of places.places(sentence.norm)) if (!placeList.some((p) => p.code === place.code)) placeList.push({ name: place.name, code: place.code });
  }

  return { organizations, agreements, industryChains, places: placeList };
}

/**
 * The other forms an organisation goes by, for the graph's aliases: written variants and short
 * forms that tell it apart ("AMBITION", "Shaanxi Department of …"). Generic forms ("University of
 * Technology", "Prefecture Bureau of Education") only mean it within this article, and would
 * join unrelated organisations if they were aliases.
 */
function reportedAliases(org: OrgEntry): string[] {
  const distinctive = (form: string) => form.split(/\s+/).some((word) => isDistinctiveWord(word) && !isPlaceName(word));
  // Units folded into their institution ("SZTU College of …") are its mentions, not other names of it.
  const unit = (form: string) => org.role === "institution" && /\b(?:College|School|Department|Faculty)\b/.test(form) && !/\b(?:College|School)\b/.test(org.name);
  return [...new Set([...org.forms.filter((form) => !unit(form)), ...org.aliases.filter(distinctive)])].filter((form) => form !== org.name);
}

function evidence(sentence: Sentence): Evidence {
  return { quote: sentence.text, offset: sentence.offset };
}

function firstPersonSentence(sentences: Sentence[]): Sentence | undefined {
  return sentences.find((s) => /\bour\s+(?:company|enterprise|group|school|college|university|institute)\b/i.test(s.norm));
}

/**
 * A title the reader took out of the text still states facts ("The company and Harbin Institute
 * of Petroleum jointly build an internship base"); it is read first, quoted as it stands, at
 * offset 0.
 */
function withTitle(article: ArticleText, sentences: Sentence[]): Sentence[] {
  const title = article.title?.trim();
  if (!title || article.text.includes(title)) return sentences;
  const norm = normaliseEnglish(title);
  const titleSentence: Sentence = { text: title, offset: 0, norm, paragraph: -1, kind: "title" };
  return [titleSentence, ...sentences.map((s) => (s.kind === "title" ? { ...s, kind: "body" as const } : s))];
}
