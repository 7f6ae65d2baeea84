import { nameKey } from "../../text/index.ts";
import type { OrganizationRole } from "../types.ts";
import { findOrganizationNames, type NameCandidate } from "./org-names.ts";
import { governmentHeads, regionLevelWords } from "./org-lexicon.ts";
import type { Sentence } from "./sentences.ts";

/** An organisation of one article, as the extractor builds it up. */
export interface OrgEntry {
  /** The fullest form written. */
  name: string;
  role: OrganizationRole;
  /** Shorter forms resolved to it ("AMBITION", "the University of Technology" → "University of Technology"). */
  aliases: string[];
  /** Every full form written (the name, and variants such as "Shaanxi Department of …"). */
  forms: string[];
  /** The sentence that first names it. */
  evidence: Sentence;
  confidence: number;
  /** How it was found. */
  source: "name" | "unit" | "writer" | "partner" | "sponsor";
}

/** A name that is not an organisation by itself: a unit ("School of Pharmacy") or a generic form ("University of Technology"). */
export interface WeakName {
  name: string;
  role: OrganizationRole;
  sentence: number;
  start: number;
  end: number;
  kind: "unit" | "generic" | "bare";
}

/**
 * The key two written forms of one organisation share: nameKey, with region-level words dropped
 * ("Shaanxi Provincial Department of …" = "Shaanxi Department of …"), "People's Government of
 * X" read as "X People's Government", and legal forms written out or short (Limited = Ltd,
 * Corporation = Corp).
 */
export function mergeKey(name: string): string {
  const canonical = name
    .replace(/^People's Government of (.+)$/i, "$1 People's Government")
    .replace(regionLevelWords, " ")
    // "… Group Company Ltd." and "… Group Company Limited" are one company written twice.
    .replace(/\bLimited\b/gi, "Ltd")
    .replace(/\bCompany(?=\s*,?\s*Ltd\b)/gi, "Co")
    .replace(/\bCorporation\b/gi, "Corp")
    .replace(/\bIncorporated\b/gi, "Inc");
  return nameKey(canonical);
}

export function collectOrganizations(sentences: Sentence[]): { orgs: OrgEntry[]; weak: WeakName[]; candidates: NameCandidate[][] } {
  const byKey = new Map<string, OrgEntry>();
  const weak: WeakName[] = [];
  const candidates: NameCandidate[][] = [];
  const levelPlaces: string[] = [];
  const acronyms = definedAcronyms(sentences);
  sentences.forEach((sentence, index) => {
    if (sentence.kind !== "body" && sentence.kind !== "title") {
      candidates.push([]);
      return;
    }
    const found: NameCandidate[] = [];
    candidates.push(found);
    for (const written of findOrganizationNames(sentence.norm)) {
      const c = completeGovernmentName(withoutOwnerAcronym(written, acronyms), levelPlaces);
      found.push(c);
      if (c.role === "government" && c.distinctive) rememberLevelPlace(c.name, levelPlaces);
      if (c.bareHead || c.subUnit || !c.distinctive) {
        weak.push({ name: c.name, role: c.role, sentence: index, start: c.start, end: c.end, kind: c.bareHead ? "bare" : c.subUnit ? "unit" : "generic" });
        continue;
      }
      const key = mergeKey(c.name);
      if (key.length < 2) continue;
      const known = byKey.get(key);
      if (!known) {
        byKey.set(key, {
          name: c.name,
          role: c.role,
          aliases: c.written ? [c.written] : [],
          forms: [c.name],
          evidence: sentence,
          confidence: sentence.kind === "title" ? 0.8 : 0.9,
          source: "name",
        });
        continue;
      }
      if (!known.forms.includes(c.name)) known.forms.push(c.name);
      if (c.written && !known.aliases.includes(c.written)) known.aliases.push(c.written);
      if (fullness(c.name) > fullness(known.name)) known.name = c.name;
      if (known.evidence.kind === "title" && sentence.kind === "body") {
        known.evidence = sentence;
        known.confidence = 0.9;
      }
    }
  });
  return { orgs: [...byKey.values()], weak, candidates };
}

/**
 * Short forms the article defines in brackets after a name ("Ministry of Higher Education (MOHE)"),
 * each with whether the name it stands for is a government body's.
 */
function definedAcronyms(sentences: Sentence[]): Map<string, { government: boolean }> {
  const found = new Map<string, { government: boolean }>();
  for (const s of sentences) {
    for (const m of s.norm.matchAll(/([^()]{0,80})\(([A-Z]{2,6})\)/g)) {
      // The name it follows, from the last comma: a government body's when a word of it is a government head.
      const defined = m[1]!.split(/[,;]/).at(-1)!.split(/\s+/);
      if (!found.has(m[2]!)) found.set(m[2]!, { government: defined.some((word) => governmentHeads.has(word)) });
    }
  }
  return found;
}

/**
 * "MOHE Department of Polytechnic and Community Colleges", "GCUT School of Electronics": an
 * organisation's defined short form before a department or school says whose it is; it is not a
 * word of the unit's name.
 */
function withoutOwnerAcronym(c: NameCandidate, acronyms: ReadonlyMap<string, { government: boolean }>): NameCandidate {
  // "DOST-Philippine Textile Research Institute": the agency it answers to, joined by a hyphen.
  const agency = /^([A-Z]{2,6})-([A-Z][a-z]+(?:\s+\S+)+)$/.exec(c.name);
  if (agency) return { ...c, name: agency[2]!, start: c.start + agency[1]!.length + 1 };
  const lead = /^([A-Z]{2,6})\s+((?:Department|Bureau|Office|Division|School|College|Faculty)\s+of\s+.+)$/.exec(c.name);
  const owner = lead ? acronyms.get(lead[1]!) : undefined;
  if (!lead || !owner) return c;
  const unit = { ...c, name: lead[2]!, start: c.start + lead[1]!.length + 1 };
  // A ministry's department is a government body of its own; a university's school is its unit.
  return owner.government ? { ...unit, role: "government", distinctive: true, subUnit: false } : { ...unit, distinctive: false, subUnit: true };
}

const levelWord = /\b(Prefecture|Prefectural|Provincial|Province|Municipal|City|County|District)\b/;
const sameLevel = (a: string, b: string) => {
  const group = (w: string) => (/^Prov/.test(w) ? "province" : /^(?:Municipal|City)$/.test(w) ? "city" : /^Prefect/.test(w) ? "prefecture" : w.toLowerCase());
  return group(a) === group(b);
};

/** "Qianxinan Prefecture People's Government" → remembers "Qianxinan Prefecture" for names that follow. */
function rememberLevelPlace(name: string, levelPlaces: string[]): void {
  const m = new RegExp(`^((?:[A-Z][\\p{L}'-]*\\s+){1,3}?)${levelWord.source}`, "u").exec(name.replace(/^People's Government of /, ""));
  if (m) levelPlaces.push(`${m[1]!.trim()} ${m[2]}`);
}

/**
 * "the Prefecture Bureau of Education" after "Qianxinan Prefecture People's Government": a
 * government named by its level alone belongs to the place named before it at that level.
 */
function completeGovernmentName(c: NameCandidate, levelPlaces: string[]): NameCandidate {
  if (c.role !== "government" || c.distinctive) return c;
  const level = new RegExp(`^${levelWord.source}`).exec(c.name)?.[1];
  if (!level) return c;
  const place = [...levelPlaces].reverse().find((p) => sameLevel(p.split(" ").pop()!, level));
  if (!place) return c;
  return { ...c, name: `${place.split(" ").slice(0, -1).join(" ")} ${c.name}`, distinctive: true, written: c.name };
}

/** Longer is fuller; a legal suffix counts in its favour ("… Group Co., Ltd." over "… Group"). */
function fullness(name: string): number {
  return name.replace(/\s+/g, " ").length;
}
