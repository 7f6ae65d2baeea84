import type { OrganizationRole } from "../types.ts";
import {
  corporateHeads,
  institutionHeads,
  distinctiveCommonWords,
  facilityWords,
  genericNameWords,
  governmentCommittees,
  headlineVerbs,
  headRole,
  personTitles,
  placeSuffixWords,
  pluralGovernmentHeads,
  sentenceOpeners,
  subUnitHeads,
} from "./org-lexicon.ts";
import { findAgreementTypes } from "./agreement-wording.ts";
import { numberWords } from "./figures.ts";
import { isCountryName } from "./country-names.ts";
import { isPersonName, isPinyin } from "./person-names.ts";
import { isPlaceName } from "./places.ts";
import { isCapitalised, tokenize, type Token } from "./tokens.ts";

/** An organisation name found in a sentence by the grammar of names. */
export interface NameCandidate {
  /** The name as written (normalised spacing and hyphens), without a leading "the" or possessive. */
  name: string;
  role: OrganizationRole;
  /** Where it stands in the normalised sentence. */
  start: number;
  end: number;
  /** Ends with a legal form ("Co., Ltd.", "Inc."). */
  legalSuffix: boolean;
  /** Has a word that tells it apart from any other organisation of its kind: a place, a brand, pinyin, a direction. */
  distinctive: boolean;
  /** A unit named by its head and field only ("School of Mechanical Engineering"). */
  subUnit: boolean;
  /** A head word alone ("the Group", "the University"): a reference, not a name. */
  bareHead: boolean;
  /** The words as written, when the name was completed from context ("Prefecture Bureau of Education"). */
  written?: string;
}

const connectors = new Set(["of", "and", "&", "for"]);
const keptPossessives = new Set(["People's", "Children's", "Women's", "Workers'"]);

/** A capitalised run in a sentence: the words a name may be made of. */
export interface Span {
  tokens: Token[];
}

/** Capitalised runs: capitalised words and legal suffixes, joined by of/and/&/for and (Parenthesised) words. */
export function capitalisedSpans(tokens: Token[]): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    if (!isCapitalised(first) && first.kind !== "suffix") {
      i++;
      continue;
    }
    const span: Token[] = [first];
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j]!;
      const next = tokens[j + 1];
      // "Kelantan Polytechnic's School of Mechanical Engineering": the name ends at its possessive; what follows is its own.
      if (isCapitalised(t) && /'s$/.test(t.text) && !keptPossessives.has(t.text) && headRole(bare(t.text)) !== undefined) {
        span.push({ ...t, text: bare(t.text), end: t.end - 2 });
        j++;
        break;
      }
      if (isCapitalised(t) || t.kind === "suffix") {
        span.push(t);
        j++;
      } else if (t.kind !== "punct" && connectors.has(t.text) || t.text === "&") {
        if (!(isCapitalised(next) || next?.kind === "suffix")) break;
        span.push(t);
        j++;
      } else if (t.text === "." && tokens[j - 1]?.text === "No" && /^\d+$/.test(next?.text ?? "")) {
        // "China Railway No. 8 Engineering Group": a number belongs to the name.
        span.push(t, next!);
        j += 2;
      } else if (t.text === "(") {
        let k = j + 1;
        while (k < tokens.length && isCapitalised(tokens[k])) k++;
        const after = tokens[k + 1];
        if (k === j + 1 || tokens[k]?.text !== ")" || !(isCapitalised(after) || after?.kind === "suffix")) break;
        for (let m = j; m <= k; m++) span.push(tokens[m]!);
        j = k + 1;
      } else break;
    }
    spans.push({ tokens: span });
    i = j;
  }
  return spans;
}

const bare = (word: string) => word.replace(/'s$/i, "").replace(/'$/, "");

/** Whether a word of a name tells the organisation apart (see NameCandidate.distinctive). */
export function isDistinctiveWord(word: string): boolean {
  const parts = bare(word).toLowerCase().split(/[-&]/).filter(Boolean);
  return parts.some((part) => distinctiveCommonWords.has(part) || (!genericNameWords.has(part) && !/^\d+$/.test(part) && part.length > 1));
}

export const isGenericWord = (token: Token | undefined): boolean =>
  token !== undefined && token.kind === "word" && !isDistinctiveWord(token.text) && !distinctiveCommonWords.has(token.text.toLowerCase());

const isHead = (t: Token | undefined) => t !== undefined && (t.kind === "suffix" || (t.kind === "word" && headRole(t.text) !== undefined));
const isWord = (t: Token | undefined, text: string) => t !== undefined && t.kind !== "punct" && t.text === text;

/**
 * Organisation names in one normalised sentence. Each name is found from its head: a legal suffix
 * ("Co., Ltd." — an enterprise, taking every capitalised word before it), or a head word
 * (University, College, Institute, Group, Government, Bureau, Department …) with the words
 * before it and an "of …" tail ("People's Government of Ziyang County", "Department of Industry
 * and Information Technology"). "and" stays inside a name only between common words ("Iron and
 * Steel", "Vocational and Technical"); headline verbs, titles of people and what agreements set
 * up end a name. Coordinated heads are spread over their list ("Provincial Departments of
 * Education and of Science and Technology" names two departments).
 */
export function findOrganizationNames(norm: string): NameCandidate[] {
  const tokens = tokenize(norm);
  const found: NameCandidate[] = [...coordinatedNames(norm, tokens)];
  for (const span of capitalisedSpans(tokens)) found.push(...namesInSpan(norm, span.tokens));
  return found.sort((a, b) => a.start - b.start);
}

function namesInSpan(norm: string, items: Token[]): NameCandidate[] {
  const found: NameCandidate[] = [];
  const covered = new Array<boolean>(items.length).fill(false);
  // Enterprises with a legal suffix first: they may hold head words ("… Institute Co., Ltd.").
  items.forEach((t, i) => {
    if (t.kind !== "suffix") return;
    const start = modifiersStart(items, i, covered, "enterprise", true, norm);
    if (start === i) return;
    for (let k = start; k <= i; k++) covered[k] = true;
    found.push(candidate(norm, items, start, i, i, i, "enterprise", true));
  });
  for (let h = 0; h < items.length; h++) {
    const corporate = !covered[h] && corporateHeads.has(items[h]!.text) && brandBefore(items, h);
    if (corporate) {
      const start = modifiersStart(items, h, covered, "enterprise");
      if (start < h) {
        found.push(candidate(norm, items, start, h, h, h, "enterprise", false));
        for (let k = start; k <= h; k++) covered[k] = true;
      }
      continue;
    }
    if (covered[h] || !isHead(items[h]) || items[h]!.kind === "suffix") continue;
    let last = h;
    while (last + 1 < items.length && !covered[last + 1] && isHead(items[last + 1]) && items[last + 1]!.kind !== "suffix") last++;
    // "Singapore Polytechnic School of Electrical and Electronic Engineering": a school, faculty or
    // department of a named institution is part of it; the institution is the name.
    if (last > h && subUnitHeads.has(items[last]!.text) && items[last + 1]?.text === "of" && ownerHeads.has(items[last - 1]!.text)) {
      const unitEnd = tailEnd(items, last, covered);
      const owner = last - 1;
      const start = modifiersStart(items, h, covered, "institution");
      if (owner > start || items[owner]!.text !== "University") {
        found.push(candidate(norm, items, start, h, owner, owner, "institution", false));
        for (let k = start; k <= unitEnd; k++) covered[k] = true;
        h = unitEnd;
        continue;
      }
    }
    // "UP Diliman (UPD) College of Engineering": a school written after a body's short form in
    // brackets is that body's unit, whatever the words before the brackets are.
    if (h === last && subUnitHeads.has(items[h]!.text) && items[h + 1]?.text === "of" && items[h - 1]?.text === ")" && items[h - 3]?.text === "(" && /^[A-Z]{2,6}$/.test(items[h - 2]!.text)) {
      const unitEnd = tailEnd(items, h, covered);
      for (let k = modifiersStart(items, h - 3, covered, "institution"); k <= unitEnd; k++) covered[k] = true;
      found.push({ ...candidate(norm, items, h, h, h, unitEnd, "institution", false), subUnit: true, distinctive: false });
      h = unitEnd;
      continue;
    }
    const role = headRole(items[last]!.text)!;
    const start = modifiersStart(items, h, covered, role);
    const end = cutAtAgreement(norm, items, last, tailEnd(items, last, covered));
    const name = candidate(norm, items, start, h, last, end, role, false);
    if (role === "government" && items[last]!.text === "Committee" && !governmentCommittees.test(norm.slice(items[start]!.start, items[last]!.end))) {
      h = last;
      continue;
    }
    if (isIndustryCollege(items, h, role) || namesAnAgreement(name.name) || jointlySetUp(norm, items[end]!.end, role)) {
      h = end;
      continue;
    }
    // "Career Development Department", "Production and Technology Department": a department named by
    // its work alone is a unit of whatever body it serves. A government's department names its place
    // ("Shaanxi Provincial Education Department") or its field after "of".
    if (role === "government" && items[last]!.text === "Department" && end === last && !items.slice(start, last).some((t) => isPlaceName(t.text) || governmentLevelWords.has(t.text))) {
      for (let k = start; k <= end; k++) covered[k] = true;
      h = end;
      continue;
    }
    // "Chemical Engineering Department of SPA", "XJTU Council", "Dong A University Council": a
    // department or council of an institution is its unit, not a government body.
    const ofInstitution = (t: Token) => institutionHeads.has(t.text.replace(/['’]s$/, "")) || /^[A-Z]{2,6}(?:['’]s)?$/.test(t.text);
    if (
      role === "government" &&
      ((items[last]!.text === "Department" && end > last && ofInstitution(items[end]!)) || (items[last]!.text === "Council" && items.slice(start, last).some(ofInstitution)))
    ) {
      found.push({ ...name, role: "institution", subUnit: true, distinctive: false });
      for (let k = start; k <= end; k++) covered[k] = true;
      h = end;
      continue;
    }
    found.push(name);
    for (let k = start; k <= end; k++) covered[k] = true;
    h = end;
  }
  return found;
}

/** "Zebra Technologies": a trade word closes a name only after a brand, never after "of", "and" or a number ("Eight Enterprises"). */
function brandBefore(items: Token[], head: number): boolean {
  const before = items[head - 1];
  const word = before?.text.toLowerCase() ?? "";
  return before !== undefined && isCapitalised(before) && !connectors.has(before.text) && numberWords[word] === undefined && !/^(?:several|many|some|\d+)$/.test(word);
}

/** "The College of Integrated Circuit (IC) jointly set up by A and B": what the agreement sets up, not a party. */
function jointlySetUp(norm: string, end: number, role: OrganizationRole): boolean {
  return role === "institution" && /^\s*(?:\([^)]{1,20}\)\s*)?,?\s*(?:which\s+(?:was|is)\s+|was\s+|is\s+)?(?:jointly\s+)?(?:set\s+up|established|built|founded|co-founded|co-built)\s+(?:jointly\s+)?by\b/i.test(norm.slice(end));
}

/** "Heavy Truck Intelligent Technology Joint Research Institute": the name of what an agreement sets up. */
function namesAnAgreement(name: string): boolean {
  return findAgreementTypes(name).some((t) => t.end === name.length && t.type !== "other");
}

/** "Modern Industry College", "Industry-Education College": what an agreement sets up, not an institution. */
function isIndustryCollege(items: Token[], head: number, role: OrganizationRole): boolean {
  if (role !== "institution" || !/^(?:College|School)$/.test(items[head]!.text)) return false;
  const before = items[head - 1]?.text.toLowerCase() ?? "";
  return /^(?:industry|industrial|industry-education|industry-academia|industry-university|industrial-education)$/.test(before);
}

/**
 * "… of Posts and Telemetry", "… of Ocean and Fishery": an English noun closing the name, not
 * the start of another one (pinyin and brand names such as "Huawei" or "Zhongzhou" are not).
 */
function isCommonNoun(word: Token, after: Token | undefined): boolean {
  if (after !== undefined) return false;
  // English nouns of fields and trades end this way; brand names ("Festo", "Siemens") seldom do.
  const englishEnding = /(?:ry|ment|tion|sion|ics|ty|ce|ism|ing|ure|ade|ts|ies|ogy|ship|ness|age|ium|ware|ture)$/;
  return /^[A-Z][a-z]{3,}$/.test(word.text) && englishEnding.test(word.text) && !isPinyin(word.text) && !isPlaceName(word.text);
}

/** "Pump and Valve": English words joined by "and" inside a name; pinyin and places start another name. */
function isEnglishWord(word: Token | undefined): boolean {
  return word !== undefined && /^[A-Z][a-z]{2,}$/.test(word.text) && !isPinyin(word.text) && !isPlaceName(word.text) && !headlineVerbs.has(word.text) && !personTitles.has(word.text);
}

/**
 * "Politeknik Ungku Omar and Hartanah Jaya Sdn Bhd", "Dr. Ana Cruz and Pacific Grid Inc.": the words
 * before "and" are another body's name (a head word among the capitalised words just before) or a
 * person's, not the first words of the company's.
 */
function endsAnotherName(items: Token[], index: number, norm: string): boolean {
  const run: string[] = [];
  let k = index;
  for (; k >= Math.max(0, index - 4) && isCapitalised(items[k]); k--) {
    if (isHead(items[k])) return true;
    run.unshift(items[k]!.text);
    if (run.length >= 2 && isPersonName(run)) return true;
  }
  // A title before the words: "Dr. Ana Cruz".
  const first = items[Math.min(index, k + 1)]!;
  return /\b(?:Dr|Prof|Mr|Mrs|Ms|Engr|Atty|Datuk|Dato')\.?\s*$/.test(norm.slice(Math.max(0, first.start - 12), first.start));
}

/** "… University of Applied Sciences and Festo (China) Ltd": the word before "and" ends another name's "of" tail. */
function endsInstitutionTail(items: Token[], index: number): boolean {
  for (let k = index; k > 0; k--) {
    const t = items[k]!;
    if (t.text === "of") return isHead(items[k - 1]);
    if (!isCapitalised(t)) return false;
  }
  return false;
}

/** First index of the words before a head that belong to its name. */
function modifiersStart(items: Token[], head: number, covered: boolean[], role: OrganizationRole, throughHeads = false, norm = ""): number {
  let s = head;
  while (s > 0 && !covered[s - 1]) {
    const t = items[s - 1]!;
    if (/^\d+$/.test(t.text) && items[s - 2]?.text === "." && items[s - 3]?.text === "No") {
      s -= 3;
      continue;
    }
    if (t.kind === "punct" && t.text !== "&") {
      if (t.text === ")" || t.text === "(") {
        s--;
        continue;
      }
      break;
    }
    if (t.kind === "suffix" || (headRole(t.text) && !throughHeads)) break;
    if (connectors.has(t.text)) {
      const before = items[s - 2];
      const after = items[s];
      // "Ria Academy & Consultancy Sdn Bhd": before a legal form, "&" joins a head word into the name.
      if (!before || covered[s - 2] || (isHead(before) && !(throughHeads && t.text === "&"))) break;
      // "Samsung & Vietnam National University": without a legal form, "&" between two names' own
      // words joins two organisations, not the words of one.
      if (t.text === "&" && !throughHeads && isDistinctiveWord(before.text) && isDistinctiveWord(after!.text) && !isGenericWord(before) && !isGenericWord(after)) break;
      if (t.text === "&") {
        s--;
        continue;
      }
      const joined =
        (isGenericWord(before) && isGenericWord(after)) || (isEnglishWord(before) && isEnglishWord(after) && !endsInstitutionTail(items, s - 2) && !endsAnotherName(items, s - 2, norm));
      if (t.text === "and" && joined && !facilityWords.has(before.text)) {
        s--;
        continue;
      }
      if (t.text === "of" && role === "enterprise" && isCapitalised(before) && !personTitles.has(before.text) && !headlineVerbs.has(before.text) && !sentenceOpeners.has(before.text)) {
        s--;
        continue;
      }
      break;
    }
    // "General Manager" is a title; "General Technology Group" a name.
    const title = personTitles.has(t.text) && !(t.text === "General" && !personTitles.has(items[s]!.text));
    // "Da Nang-based Dong A University": where a body is based describes it, it is not its name.
    // "Indira Gandhi Open University", "Beijing Open Source Chip Research Institute": "Open" names, not opens.
    const openInName = t.text === "Open" && /^(?:University|Universiti|Universitas|Polytechnic|College|Source)$/.test(items[s]!.text);
    if ((headlineVerbs.has(t.text) && !openInName) || title || /-based$/i.test(t.text)) break;
    if (role !== "enterprise" && facilityWords.has(t.text)) break;
    s--;
  }
  // Trim what cannot open a name: connectors, parentheses, "The", sentence openers.
  while (s < head && (connectors.has(items[s]!.text) || items[s]!.kind === "punct" || sentenceOpeners.has(items[s]!.text))) s++;
  return s;
}

/** Last index of a head's "of …" tail ("University of Technology", "People's Government of Ziyang County"). */
function tailEnd(items: Token[], last: number, covered: boolean[]): number {
  const end = ofTailEnd(items, last, covered);
  return withoutTrailingPerson(items, last, end);
}

/** Malay and Indonesian names put the head first: "Universiti Malaysia Pahang Al-Sultan Abdullah", "Politeknik Ibrahim Sultan". */
const headFirst = new Set(["Universiti", "Universitas", "Politeknik", "Institut"]);

/** "Ministry of Education Liu Xianli", "School of … Engineering Zhang Yuan": a person named after the body is not part of it. */
function withoutTrailingPerson(items: Token[], last: number, end: number): number {
  for (const size of [2, 3]) {
    if (end - size <= last) continue;
    const words = items.slice(end - size + 1, end + 1);
    if (words.every((t) => t.kind === "word") && isPersonName(words.map((t) => t.text))) return end - size;
  }
  return end;
}

/**
 * Where a field's name ends when the head word at `k`, inside an "of" tail, begins one rather than
 * an organisation's: the capitalised run from it ("Polytechnic and Community College Education")
 * ends on a word that is no head. Undefined when the run names an organisation ("of Xi'an University").
 */
function fieldRunEnd(items: Token[], k: number, covered: boolean[]): number | undefined {
  let lastWord: number | undefined;
  for (let i = k; i < items.length && !covered[i]; i++) {
    const t = items[i]!;
    if (t.text === "and" || t.text === "&") continue;
    if (!isCapitalised(t) || headlineVerbs.has(t.text)) break;
    lastWord = i;
  }
  return lastWord !== undefined && lastWord > k && !isHead(items[lastWord]) ? lastWord : undefined;
}

function ofTailEnd(items: Token[], last: number, covered: boolean[]): number {
  if (headFirst.has(items[last]!.text)) {
    let k = last;
    // "Universiti Teknologi Perdana Vice-Chancellor Prof. …": a person's title ends the name.
    while (k + 1 < items.length && !covered[k + 1] && isCapitalised(items[k + 1]) && !isHead(items[k + 1]) && !headlineVerbs.has(items[k + 1]!.text) && !personTitles.has(items[k + 1]!.text)) k++;
    return k;
  }
  if (!isWord(items[last + 1], "of") && !isWord(items[last + 1], "for")) return last;
  let k = last + 2;
  let end = last;
  while (k < items.length && !covered[k]) {
    const t = items[k]!;
    if (t.kind !== "word" && t.text !== "&") break;
    if (t.text === "of" || t.text === "for") {
      // "Department of Education of Hunan Province": a second "of" may place the body.
      const place = placeAfter(items, k + 1);
      if (t.text === "of" && end > last && place !== undefined) end = place;
      break;
    }
    if (t.text === "and" || t.text === "&") {
      const next = items[k + 1];
      // "Ministry of Skill Development & Entrepreneurship": prose joins two bodies with "and"; "&" is inside a name.
      const ampersand = t.text === "&" && isCapitalised(next);
      if (next && !isHead(next) && !facilityWords.has(next.text) && !headlineVerbs.has(next.text) && (ampersand || isGenericWord(next) || isCommonNoun(next, items[k + 2]))) {
        k++;
        continue;
      }
      break;
    }
    // "Party Committee of Xi'an University": the "of" introduces another organisation; but in
    // "Department of Polytechnic and Community College Education" the heads name the field.
    if (isHead(t)) {
      const fieldEnd = headRole(items[last]!.text) === "government" ? fieldRunEnd(items, k, covered) : undefined;
      if (fieldEnd === undefined) return last;
      end = fieldEnd;
      k = fieldEnd + 1;
      continue;
    }
    // "Ministry of Labor and Vocational Training of Cambodia": training as a field, not a training base.
    const field = t.text === "Training" && !isCapitalised(items[k + 1]) ;
    // "Energy Research Institute of Hefei Comprehensive National Science Center": a centre named
    // after its place, closing the tail, is the body the institute belongs to.
    const placedCentre = /^(?:Center|Centre)$/.test(t.text) && !isCapitalised(items[k + 1]) && items.slice(last + 2, k).some((w) => isPlaceName(w.text));
    if (placedCentre) return k;
    if (headlineVerbs.has(t.text) || (facilityWords.has(t.text) && !field) || personTitles.has(t.text)) break;
    end = k;
    k++;
    // "… Academy of Guangzhou City University of Technology": the place opens another school's name; the tail is not this body's.
    if (placeSuffixWords.has(t.text) && institutionHeads.has(items[k]?.text ?? "")) return last;
    if (placeSuffixWords.has(t.text) && end > last + 2) break;
  }
  return end;
}

/** The last index of "Hunan Province", "Changsha City" or a country ("Cambodia") starting at `start`, if a place stands there. */
function placeAfter(items: Token[], start: number): number | undefined {
  // "… Vocational Training of Cambodia", "… of the Philippines": a country places a body with no suffix word.
  for (let k = Math.min(items.length, start + 3) - 1; k >= start; k--) {
    if (isCountryName(items.slice(start, k + 1).map((t) => t.text).join(" ")) && !isCapitalised(items[k + 1])) return k;
  }
  for (let k = start; k < Math.min(items.length, start + 4); k++) {
    if (!isCapitalised(items[k])) return undefined;
    if (placeSuffixWords.has(items[k]!.text)) return k > start && isPlaceName(items.slice(start, k + 1).map((t) => t.text).join(" ")) ? k : undefined;
  }
  return undefined;
}

/**
 * A tail runs into what the organisation sets up when a quoted base name follows it
 * ("… College of Rail Transit Employment Internship Base"): the name ends before the wording of
 * an agreement type.
 */
function cutAtAgreement(norm: string, items: Token[], last: number, end: number): number {
  for (let k = last + 2; k <= end; k++) {
    const rest = norm.slice(items[k]!.start, items[end]!.end + 40);
    if (findAgreementTypes(rest).some((t) => t.index === 0)) {
      let cut = k - 1;
      while (cut > last && connectors.has(items[cut]!.text)) cut--;
      return cut === last + 1 ? last : cut;
    }
  }
  return end;
}

/** Words that make a department a government's without naming a place ("Provincial Education Department"). */
const governmentLevelWords = new Set(["Provincial", "Municipal", "County", "City", "District", "Prefectural", "National", "State", "Federal", "Regional", "Central"]);

/** Heads an institution's name ends with, before one of its own units. */
const ownerHeads = new Set(["University", "Universiti", "Universitas", "Polytechnic", "Politeknik", "Academy", "Institute"]);

function candidate(norm: string, items: Token[], start: number, head: number, lastHead: number, end: number, role: OrganizationRole, legalSuffix: boolean): NameCandidate {
  const words = items.slice(start, end + 1);
  const name = cleanName(norm.slice(items[start]!.start, items[end]!.end));
  const others = [...items.slice(start, head), ...items.slice(lastHead + 1, end + 1)].filter((t) => t.kind === "word" && !connectors.has(t.text));
  const hasModifiers = head > start;
  const hasTail = end > lastHead;
  // National bodies are one of a kind: "Ministry of Education", "State Administration of …".
  const national = role === "government" && /^(?:Ministry|State|National|General Administration)\b/.test(name);
  // "Semiconductor Manufacturing International Corporation (SMIC)": a name given its own acronym is one of a kind.
  const acronym = others.length >= 2 && /^\s*\(\s*[A-Z][A-Za-z&]{1,9}\s*\)/.test(norm.slice(items[end]!.end));
  const distinctive = national || acronym || others.some((t) => isDistinctiveWord(t.text));
  return {
    name,
    role,
    start: items[start]!.start,
    end: items[end]!.end,
    legalSuffix,
    distinctive: legalSuffix ? words.length > 1 : distinctive,
    subUnit: !legalSuffix && !hasModifiers && hasTail && !distinctive && subUnitHeads.has(items[head]!.text),
    bareHead: !legalSuffix && !hasModifiers && !hasTail,
  };
}

/** Drops possessives ("Shaanxi's") but keeps those names are made with ("People's"). */
export function cleanName(text: string): string {
  return text
    .split(" ")
    .map((word) => (keptPossessives.has(word) ? word : word.replace(/^(.+)'s$/, "$1")))
    .join(" ")
    .replace(/\s+/g, " ")
    .replace(/^the\s+/i, "")
    .trim();
}

/**
 * "Gansu's Provincial Departments of Commerce, Finance, and Natural Resources" → three
 * departments, each with the words before the plural head.
 */
function coordinatedNames(norm: string, tokens: Token[]): NameCandidate[] {
  const found: NameCandidate[] = [];
  tokens.forEach((t, i) => {
    const singular = pluralGovernmentHeads.get(t.text);
    if (!singular || !isWord(tokens[i + 1], "of")) return;
    let s = i;
    while (s > 0 && isCapitalised(tokens[s - 1]) && !sentenceOpeners.has(tokens[s - 1]!.text) && !personTitles.has(tokens[s - 1]!.text) && !headlineVerbs.has(tokens[s - 1]!.text)) s--;
    const prefix = tokens.slice(s, i).map((p) => cleanName(p.text));
    const items: string[] = [];
    let k = i + 2;
    let end = i;
    for (;;) {
      if (!isCapitalised(tokens[k])) break;
      const words = [tokens[k]!.text];
      end = k;
      k++;
      while (isCapitalised(tokens[k]) || ((isWord(tokens[k], "and") || tokens[k]?.text === "&") && isCapitalised(tokens[k + 1]))) {
        words.push(tokens[k]!.text);
        end = k;
        k++;
      }
      items.push(words.join(" "));
      // Separators: ",", ", and", "and of", ", and of".
      let m = k;
      if (tokens[m]?.text === ",") m++;
      if (isWord(tokens[m], "and")) m++;
      if (isWord(tokens[m], "of")) m++;
      if (m === k || !isCapitalised(tokens[m])) break;
      k = m;
    }
    if (items.length === 0) return;
    const start = tokens[s]!.start;
    for (const item of items) {
      const name = [...prefix, singular, "of", item].join(" ");
      const distinctive = prefix.some(isDistinctiveWord);
      found.push({ name, role: "government", start, end: tokens[end]!.end, legalSuffix: false, distinctive, subUnit: false, bareHead: false });
    }
  });
  return found;
}
