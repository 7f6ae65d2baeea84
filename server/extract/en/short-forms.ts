import type { OrgEntry, WeakName } from "./organizations.ts";
import { facilityWords, headlineVerbs, headRole, personTitles, sentenceOpeners } from "./org-lexicon.ts";
import { findMentions } from "./mentions.ts";
import { isDistinctiveWord } from "./org-names.ts";
import { isPersonName } from "./person-names.ts";
import type { Sentence } from "./sentences.ts";
import { isCapitalised, tokenize } from "./tokens.ts";

/**
 * Short forms of organisations named in full elsewhere in the article: "AMBITION" for "AMBITION
 * (Sichuan) Oil & Gas Equipment Technology Co., Ltd.", "Hanjiang Smart Grid", "Longmen Steel"
 * (words of the name, in order, starting with a distinctive one), "the University of Technology"
 * (the end of the name, head included), "XAUT" / "CQUT" (initials, pinyin syllables counted one
 * by one). A short form that fits several organisations is left alone.
 */
export function resolveShortForms(sentences: Sentence[], orgs: OrgEntry[], weak: WeakName[], isPlace: (word: string) => boolean): void {
  const known = new Set(orgs.flatMap((org) => [org.name, ...org.forms]));
  const seen = new Set<string>();
  const tryForm = (form: string) => {
    if (seen.has(form) || known.has(form)) return;
    seen.add(form);
    const matches = orgs.filter((org) => isShortFormOf(form, org, isPlace));
    const contiguous = matches.filter((org) => contiguousIn(words(form), words(core(org.name))));
    const chosen = matches.length === 1 ? matches[0] : contiguous.length === 1 ? contiguous[0] : undefined;
    if (chosen && !chosen.aliases.includes(form)) chosen.aliases.push(form);
  };
  for (const w of weak) if (w.kind === "generic") tryForm(w.name);
  sentences.forEach((sentence) => {
    if (sentence.kind !== "body" && sentence.kind !== "title") return;
    const named = findMentions(sentence.norm, orgs).map((m): [number, number] => [m.index, m.end]);
    for (const run of capitalisedRuns(sentence.norm, named)) tryForm(run);
  });
}

/**
 * Runs of capitalised words ("Zhongzhou Heavy Machinery", "AMBITION"), joined by "of" and "&",
 * without openers, titles, what follows a name, or the full names already known (`skip`).
 */
export function capitalisedRuns(norm: string, skip: [number, number][] = []): string[] {
  const tokens = tokenize(norm).filter((t) => !skip.some(([s, e]) => t.start < e && t.end > s));
  const runs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    while (current.length > 0 && (sentenceOpeners.has(current[0]!) || personTitles.has(current[0]!) || connectorWords.has(current[0]!))) current.shift();
    while (current.length > 0 && connectorWords.has(current[current.length - 1]!)) current.pop();
    // "Titanium Valley Order Class": the name ends where what it sets up begins.
    const cut = current.findIndex((word, i) => i > 0 && (facilityWords.has(word) || headlineVerbs.has(word)));
    if (cut > 0) current = current.slice(0, cut);
    if (current.length > 0 && !isPersonName(current)) runs.push(current.join(" ").replace(/'s$/, ""));
    current = [];
  };
  tokens.forEach((token, i) => {
    const joins = (token.text === "of" || token.text === "&") && current.length > 0 && isCapitalised(tokens[i + 1]) && tokens[i + 1]!.start - token.end <= 1;
    if (isCapitalised(token) || joins) current.push(token.text);
    else flush();
  });
  flush();
  return runs;
}

const connectorWords = new Set(["of", "and", "&", "the", "for"]);
const words = (text: string) =>
  text
    .replace(/[()]/g, " ")
    .split(/\s+/)
    .map((w) => w.replace(/'s$/i, "").toLowerCase())
    .filter((w) => w !== "" && w !== "the");
const core = (name: string) => name.replace(/\s*,?\s*(?:co\.?\s*,?\s*ltd\.?|co\.?,?\s*limited|company limited|ltd\.?|inc\.?|corp\.?|co\.?)\s*$/i, "");

function contiguousIn(part: string[], whole: string[]): boolean {
  for (let i = 0; i + part.length <= whole.length; i++) if (part.every((w, j) => whole[i + j] === w)) return true;
  return false;
}

function inOrder(part: string[], whole: string[]): boolean {
  let j = 0;
  for (const w of whole) if (w === part[j]) j++;
  return j === part.length;
}

export function isShortFormOf(form: string, org: OrgEntry, isPlace: (word: string) => boolean): boolean {
  const formWords = words(form);
  if (formWords.length === 0) return false;
  const nameWords = words(core(org.name));
  // The name without its legal form ("Baiyun Fertiliser" for "Baiyun Fertiliser Co., Ltd.").
  if (formWords.length === nameWords.length && core(org.name) !== org.name) return formWords.every((w, i) => w === nameWords[i]);
  if (formWords.length >= nameWords.length) return false;
  if (isAcronymOf(form, org.name)) return true;
  const first = form.replace(/^the\s+/i, "").split(/\s+/)[0]!;
  if (isPlace(form)) return false;
  // A short form starts with a word that tells the organisation apart: not a place alone, not a common word.
  if (isDistinctiveWord(first) && !isPlace(first)) {
    // One word is the brand: the name's first word after its places ("Baiyun", "Lvyuan"), or capitals ("TIANHE", "BYD").
    if (formWords.length === 1) return nameWords.includes(formWords[0]!) && (/^[A-Z]{2,}$/.test(first) || nameWords.find((w) => !isPlace(w)) === formWords[0]);
    if (contiguousIn(formWords, nameWords)) return true;
    return formWords.length >= 2 && inOrder(formWords, nameWords) && !formWords.some((w) => connectorWords.has(w));
  }
  // "the University of Technology": the tail of the name, from its head on.
  const tail = nameWords.slice(nameWords.length - formWords.length);
  const headFirst = headRole(first) !== undefined;
  return headFirst && formWords.length >= 2 && tail.every((w, i) => w === formWords[i]);
}

/** "XAUT" = Xi'an University of Technology, "CQUT" = Chongqing University of Technology, "HIT". */
export function isAcronymOf(form: string, name: string): boolean {
  if (!/^[A-Z]{2,7}$/.test(form)) return false;
  const nameWords = core(name)
    .replace(/[()]/g, " ")
    .split(/[\s-]+/)
    .filter((w) => w !== "" && !/^(?:of|and|the|for|&)$/i.test(w));
  const options = nameWords.map((w) => {
    const initials = new Set([w[0]!.toUpperCase()]);
    const syllables = pinyinSyllables(w);
    if (syllables.length > 1) initials.add(syllables.map((s) => s[0]!.toUpperCase()).join(""));
    return [...initials];
  });
  const match = (i: number, rest: string): boolean => {
    if (i === options.length) return rest === "";
    return options[i]!.some((o) => rest.startsWith(o) && match(i + 1, rest.slice(o.length)));
  };
  return match(0, form);
}

const syllable = /^(?:(?:[bpmfdtnlgkhjqxzcsryw]|zh|ch|sh)?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|un|uo|a|e|i|o|u)|[nl]ve?)$/;

/** "Chongqing" → chong, qing; "Xi'an" → xi, an. Empty when the word is not pinyin. */
function pinyinSyllables(word: string): string[] {
  const parts = word.toLowerCase().split("'");
  const out: string[] = [];
  for (const part of parts) {
    const split = splitPinyin(part);
    if (!split) return [];
    out.push(...split);
  }
  return out;
}

function splitPinyin(text: string): string[] | undefined {
  if (text === "") return [];
  for (let i = Math.min(6, text.length); i >= 1; i--) {
    const head = text.slice(0, i);
    if (!syllable.test(head)) continue;
    const rest = splitPinyin(text.slice(i));
    if (rest) return [head, ...rest];
  }
  return undefined;
}
