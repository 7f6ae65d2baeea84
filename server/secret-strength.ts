/**
 * How guessable a secret is, estimated from the secret itself. HS256 tokens can be attacked offline
 * from one token, so ATLAS_JWT_SECRET must be as hard to guess as a random 128-bit key; its length
 * says little ("password" four times is 32 characters and one word), so the estimate counts what
 * a guesser cannot get for free:
 *
 * - each character is worth the Shannon entropy of the secret's character frequencies (never more
 *   than the log of the number of distinct characters: "aaaa…" is worth nothing, hex at most 4 bits);
 * - only new characters count: a stretch that repeats earlier text (the second "password") counts
 *   as one character, and so does the next step of a run (the "cdef" of "abcdef", the "3456" of
 *   "123456", "aaa").
 *
 * It is an estimate, cautious on purpose: `openssl rand -hex 32` comes out near 240 bits and
 * `openssl rand -base64 32` near 210, while 16 random bytes in hex (32 characters) come out under
 * 128 and a dictionary word is never recognised as one.
 */

/** The least a secret that signs tokens must be worth. */
export const minSecretBits = 128;

/** Repeats shorter than this are left to the frequency estimate. */
const minRepeat = 3;
/** Characters past this are not examined (a longer secret is not weaker for it). */
const examinedChars = 4096;

export function estimateSecretBits(secret: string): number {
  const chars = Array.from(secret).slice(0, examinedChars);
  if (chars.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const char of chars) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bitsPerChar = 0;
  for (const count of counts.values()) {
    const p = count / chars.length;
    bitsPerChar -= p * Math.log2(p);
  }
  return bitsPerChar * newCharacters(chars);
}

/** The characters a guesser must pick: repeats of earlier text and steps of a run count once or not at all. */
function newCharacters(chars: string[]): number {
  const codes = chars.map((char) => char.codePointAt(0)!);
  let count = 0;
  let at = 0;
  while (at < codes.length) {
    const step = at >= 2 ? codes[at]! - codes[at - 1]! : NaN;
    if (Math.abs(step) <= 1 && step === codes[at - 1]! - codes[at - 2]!) {
      at++;
      continue;
    }
    const repeat = longestRepeat(codes, at);
    if (repeat >= minRepeat) {
      count++;
      at += repeat;
      continue;
    }
    count++;
    at++;
  }
  return count;
}

/** The length of the longest stretch starting at `at` that also starts earlier (it may overlap itself, as in "abababab"). */
function longestRepeat(codes: number[], at: number): number {
  let longest = 0;
  for (let from = 0; from < at; from++) {
    let length = 0;
    while (at + length < codes.length && codes[from + length] === codes[at + length]) length++;
    if (length > longest) longest = length;
  }
  return longest;
}

/** Why a secret is refused, or undefined when it is strong enough; `name` is how the reader knows it. */
export function weakSecretProblem(name: string, secret: string): string | undefined {
  const bits = estimateSecretBits(secret);
  if (bits >= minSecretBits) return undefined;
  return `${name} is too easy to guess: about ${Math.floor(bits)} bits by the variety and repetition of its characters, under the ${minSecretBits} a signing key needs (its length alone does not count). Use a random one, such as the output of \`openssl rand -hex 32\`. See SECURITY.md.`;
}
