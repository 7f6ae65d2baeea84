import type { TextLine } from "./text-lines.ts";

/** A sentence of the article body, with its offset in the text and the line (paragraph) it is in. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the body line the sentence belongs to: sentences of one paragraph share it. */
  paragraph: number;
  /** Index among all body sentences. */
  index: number;
}

const sentenceEnd = /[。！？；!?;]+[”’」』）)]*/g;

/**
 * Splits the body lines into sentences at 。！？； (and their ASCII forms) and at line ends;
 * a closing quote or bracket right after the stop stays with its sentence. Leading and trailing
 * blanks are trimmed, so the quote is the sentence as it stands and the offset points at its
 * first character.
 */
export function splitSentences(text: string, lines: TextLine[]): Sentence[] {
  const sentences: Sentence[] = [];
  lines.forEach((line, paragraph) => {
    if (line.boilerplate) return;
    let from = line.start;
    const pieces: [number, number][] = [];
    sentenceEnd.lastIndex = 0;
    for (let match = sentenceEnd.exec(line.text); match; match = sentenceEnd.exec(line.text)) {
      const end = line.start + match.index + match[0].length;
      pieces.push([from, end]);
      from = end;
    }
    if (from < line.end) pieces.push([from, line.end]);
    for (const [rawStart, rawEnd] of pieces) {
      let start = rawStart;
      let end = rawEnd;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end > start) sentences.push({ text: text.slice(start, end), start, end, paragraph, index: sentences.length });
    }
  });
  return sentences;
}
