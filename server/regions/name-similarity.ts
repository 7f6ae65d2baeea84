/**
 * How alike two names are, from 0 (nothing shared) to 1 (equal), for "did you mean" lists.
 * Latin keys: edit distance against the longer length. Chinese: shared characters and
 * character pairs (Dice), because a mistyped Chinese name usually keeps most of its characters.
 * Both are run against every name of the table for each unknown value, so they avoid work that
 * can't change the answer.
 */

let rowA = new Uint16Array(64);
let rowB = new Uint16Array(64);

/** Levenshtein distance, two reused rows. */
export function editDistance(a: string, b: string): number {
  if (rowA.length <= b.length) {
    rowA = new Uint16Array(b.length + 1);
    rowB = new Uint16Array(b.length + 1);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** 1 - distance / longer length; 0 without computing when the lengths alone rule out `atLeast`. */
export function latinSimilarity(a: string, b: string, atLeast = 0): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (1 - Math.abs(a.length - b.length) / longer < atLeast) return 0;
  return 1 - editDistance(a, b) / longer;
}

/** The characters and character pairs of a Chinese name. */
export function chineseGrams(text: string): Set<string> {
  const chars = [...text];
  return new Set([...chars, ...chars.slice(1).map((c, i) => chars[i]! + c)]);
}

/** Dice coefficient of two gram sets. */
export function chineseSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size + b.size === 0) return 1;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}
