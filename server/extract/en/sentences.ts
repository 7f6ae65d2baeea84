import { isBoilerplateLine, isBoilerplateSentence, isMetaLine } from "./boilerplate.ts";
import { normaliseEnglish } from "./normalise.ts";

export type SentenceKind = "title" | "meta" | "body" | "boilerplate";

export interface Sentence {
  /** As it stands in the text. */
  text: string;
  /** Offset of text in the article (UTF-16 code units). */
  offset: number;
  /** normaliseEnglish(text): what wordings and names are matched on. */
  norm: string;
  /** Index of its line among the non-empty lines: sentences of one line form a paragraph. */
  paragraph: number;
  kind: SentenceKind;
}

/**
 * Abbreviations after which a full stop does not end a sentence. "Sdn.", "Pte." and "Pty." are the
 * first halves of legal forms ("Sdn. Bhd.", "Pte. Ltd.", "Pty. Ltd."): a name never ends on them.
 */
const noBreakAfter = new Set(
  "co no nos mr mrs ms dr prof st jr sr vs etc jan feb mar apr jun jul aug sep sept oct nov dec approx dept univ govt corp sdn pte pty e.g i.e".split(" "),
);

/**
 * Splits text into sentences with their offsets. A line break always ends a sentence; inside a
 * line, . ! ? end one when a capital, a quote or a digit follows, with or without a space, because
 * pasted releases run sentences together ("reception.During", "talents.Schools"). Full stops of
 * abbreviations ("Co., Ltd.", "Nov. 8", "No. 1") and of initials do not. A short line without
 * final punctuation (a title, a header) stays whole.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = -1;
  let seenBody = false;
  for (const line of logicalLines(text)) {
    const raw = text.slice(line.start, line.end);
    if (raw.trim() === "") continue;
    paragraph++;
    const lineOffset = line.start;
    const kind: SentenceKind = isBoilerplateLine(raw) ? "boilerplate" : isMetaLine(raw) ? "meta" : "body";
    const pieces = kind === "body" && !isTitleLike(raw) ? splitLine(raw) : [[0, raw.length] as [number, number]];
    for (const [start, end] of pieces) {
      const piece = raw.slice(start, end);
      const lead = piece.length - piece.trimStart().length;
      const trimmed = piece.trim();
      if (trimmed === "") continue;
      let sentenceKind: SentenceKind = kind === "body" && isBoilerplateSentence(trimmed) ? "boilerplate" : kind;
      if (sentenceKind === "body" && !seenBody && isTitleLike(raw)) sentenceKind = "title";
      sentences.push({ text: trimmed, offset: lineOffset + start + lead, norm: normaliseEnglish(trimmed), paragraph, kind: sentenceKind });
    }
    if (kind === "body") seenBody = true;
  }
  return sentences;
}

/**
 * Lines as the page meant them: a line that stops mid-sentence (it ends with "and", "of", "with" or a
 * comma, or the next line goes on in lower case) is joined to the next, as pages saved from the web
 * break sentences where their layout did.
 */
function logicalLines(text: string): { start: number; end: number }[] {
  const lines = [...text.matchAll(/[^\r\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = lines[i]!.start;
    let end = lines[i]!.end;
    while (i + 1 < lines.length) {
      const current = text.slice(start, end).trimEnd();
      const next = text.slice(lines[i + 1]!.start, lines[i + 1]!.end).trimStart();
      const unfinished = /(?:,|\b(?:and|of|with|the|for|to|in|by|at|from|between|on|a|an))$/i.test(current) || (/[\p{L},]$/u.test(current) && /^\p{Ll}/u.test(next));
      if (!unfinished || next === "" || isBoilerplateLine(next) || isMetaLine(next)) break;
      i++;
      end = lines[i]!.end;
    }
    out.push({ start, end });
  }
  return out;
}

/** A title or header: short, and not ending as a sentence does. */
function isTitleLike(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length <= 220 && !/[.!?。"”'’)]$/.test(trimmed);
}

function splitLine(line: string): [number, number][] {
  const pieces: [number, number][] = [];
  let start = 0;
  const boundary = /[.!?]+(?=["”’']?\s*["“‘(]?[\p{Lu}\p{N}])/gu;
  for (let match = boundary.exec(line); match; match = boundary.exec(line)) {
    const end = match.index + match[0].length;
    if (match[0] === "." && !endsSentence(line, match.index)) continue;
    // "… Sdn. Bhd. (PROTON) have …": a short form defined after a name's final stop goes on with its sentence.
    if (match[0] === "." && /^\s*\(\p{Lu}[\p{Lu}\p{N}&-]{1,15}\)/u.test(line.slice(end))) continue;
    // Closing quote after the stop belongs to this sentence.
    let cut = end;
    while (cut < line.length && /["”’']/.test(line[cut]!)) cut++;
    pieces.push([start, cut]);
    start = cut;
  }
  if (start < line.length) pieces.push([start, line.length]);
  return pieces;
}

/** Whether the full stop at `dot` ends a sentence. */
function endsSentence(line: string, dot: number): boolean {
  // Only the word before the dot matters; the whole line before it made "A. A. A. …" quadratic.
  const before = line.slice(Math.max(0, dot - 100), dot);
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? "";
  if (word === "") return !/\d$/.test(before) || !/^\.\d/.test(line.slice(dot));
  const bare = word.replace(/\.$/, "").toLowerCase();
  if (noBreakAfter.has(bare)) return false;
  // An initial ("J. Smith") or a dotted abbreviation ("U.S.").
  if (/^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return false;
  // A decimal number or a web address: "2.5 million", "chinadaily.com.cn".
  if (/^\d/.test(line.slice(dot + 1))) return !/\d$/.test(before);
  return true;
}
