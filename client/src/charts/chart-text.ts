import { rgb } from 'd3';

// Text fitting and ink for the hand-drawn charts (coverage, map). The charts are pure functions
// that also run under jsdom, which lays nothing out, so widths are estimated from the characters
// rather than measured: a Chinese character is about one em wide, a Latin letter a little over
// half an em.

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const NARROW = /[ .,:;'’!|il1()[\]\-–]/u;
const BROAD = /[mwMW@%]/u;

/** Estimated width in pixels of `text` set at `fontSize` pixels in a sans-serif face. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    if (WIDE.test(char)) ems += 1;
    else if (NARROW.test(char)) ems += 0.32;
    else if (BROAD.test(char)) ems += 0.9;
    else if (char >= 'A' && char <= 'Z') ems += 0.68;
    else ems += 0.6;
  }
  return ems * fontSize;
}

/** `text` cut to fit `maxWidth`, with an ellipsis when anything was cut. */
export function truncateText(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && estimateTextWidth(`${chars.join('')}…`, fontSize) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * `text` broken into lines of at most `maxWidth`, at spaces for Latin text and between any two
 * characters for Chinese; at most `maxLines`, the last one ellipsised when the text runs on.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const tokens = text.split(/(\s+)/u).flatMap((token) => (WIDE.test(token) ? [...token] : [token]));
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (/^\s+$/u.test(token)) {
      if (line !== '') line += ' ';
      continue;
    }
    const candidate = line + token;
    if (line === '' || estimateTextWidth(candidate.trimEnd(), fontSize) <= maxWidth) {
      line = candidate;
    } else {
      lines.push(line.trimEnd());
      line = token;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  const fitted = lines.map((l) => truncateText(l, maxWidth, fontSize));
  if (fitted.length <= maxLines) return fitted;
  const kept = fitted.slice(0, maxLines);
  kept[maxLines - 1] = truncateText(`${kept[maxLines - 1] ?? ''}…`, maxWidth, fontSize).replace(/……$/u, '…');
  return kept;
}

/** WCAG relative luminance of a CSS colour (0 black … 1 white). */
export function relativeLuminance(colour: string): number {
  const { r, g, b } = rgb(colour);
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Near-black or white, whichever contrasts more with the colour `fill`. */
export function inkOn(fill: string): string {
  // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05): equal at L ≈ 0.179.
  return relativeLuminance(fill) > 0.179 ? '#1b1f24' : '#ffffff';
}
