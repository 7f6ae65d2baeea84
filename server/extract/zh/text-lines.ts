import { isBoilerplateLine } from "./boilerplate.ts";

/** One line of the article with its offsets in the text. */
export interface TextLine {
  text: string;
  start: number;
  end: number;
  boilerplate: boolean;
}

/** The text's lines (split at \n, \r\n and \r), each marked as article body or boilerplate. */
export function textLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  const pattern = /[^\r\n]*(\r\n|\r|\n|$)/g;
  for (let match = pattern.exec(text); match && match[0] !== ""; match = pattern.exec(text)) {
    const raw = match[0].replace(/[\r\n]+$/, "");
    lines.push({ text: raw, start: match.index, end: match.index + raw.length, boilerplate: isBoilerplateLine(raw) });
    if (pattern.lastIndex >= text.length) break;
  }
  return lines;
}
