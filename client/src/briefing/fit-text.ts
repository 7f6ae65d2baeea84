/**
 * Text cut to fit a width, for SVG text (which never wraps): whole words in English, characters in
 * Chinese, with an ellipsis when anything is left out; nothing is ever cut in the middle of a word.
 * `measure` gives a string's width; by default an estimate from the font size (a CJK character is
 * about one em, other characters about 0.6 em), which errs on the wide side.
 */
export function fitText(text: string, maxWidth: number, fontSize: number, measure: (s: string) => number = estimateWidth(fontSize)): string {
  if (measure(text) <= maxWidth) return text;
  const ellipsis = '…';
  // Words, or characters where the text has no spaces (Chinese).
  const cjk = /[\u3000-\u9fff\uff00-\uffef]/.test(text);
  const pieces = cjk ? [...text] : text.split(/(?<=\s)/);
  let kept = '';
  for (const piece of pieces) {
    const next = kept + piece;
    if (measure(next.trimEnd() + ellipsis) > maxWidth) break;
    kept = next;
  }
  // Trailing spaces and punctuation before the ellipsis read badly: "regions, …".
  kept = kept.trimEnd().replace(/[\s,;:，、；：（(]+$/u, '');
  return kept === '' ? ellipsis : `${kept}${ellipsis}`;
}

export function estimateWidth(fontSize: number): (s: string) => number {
  return (s) => [...s].reduce((sum, ch) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.6) * fontSize, 0);
}
