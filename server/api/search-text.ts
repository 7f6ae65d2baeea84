import { storedSearchKey } from "../text/index.ts";

/**
 * What a search looks for, built from what a user typed. Names are stored with a `searchText`
 * (cypher/search-text.cypher): each of a node's names, Chinese name, aliases and code as a key —
 * lower case, with everything but letters and digits taken out — between "|" marks. The typed text
 * is squashed the same way, so spacing, case, apostrophes and full- or half-width punctuation never
 * count: Xi'an, Xian and "Xi an" are one key, as are "西安 理工" and 西安理工.
 *
 * Width is folded (NFKC) here, where people type full-width letters with a Chinese input method;
 * the stored keys are built in Cypher, which has no NFKC, from names as their sources write them.
 */

/** At most this many letters and digits are searched for (the API's default maxSearchTextLength): no name is longer. */
export const maxSearchKeyLength = 200;
/** At most this many words, each a condition on every candidate. */
export const maxSearchTerms = 16;
/** Nodes each text-index lookup of a search takes at most: the best of a text most names hold are found among these. */
export const searchCandidateCap = 500;

/** What was typed as a key: width folded (NFKC), then as a stored key is made (server/text/search-text.ts). */
export function searchKey(text: string): string {
  return storedSearchKey(text.normalize("NFKC"));
}

export interface SearchKeys {
  /** The whole text as one key: what an exact or prefix match is measured against. */
  readonly text: string;
  /**
   * Its words as keys, each of which must be in a match (so "Shaanxi Industry" finds Shaanxi
   * Department of Industry…): those that narrow, two Han characters or three other letters or digits
   * ("of", "an" and "xi" are in too many names to be worth looking up apart); the whole text when none does.
   */
  readonly terms: readonly string[];
  /** The longest word: the one the text index is asked for, as the one most likely to narrow. */
  readonly seek: string;
}

/**
 * The keys a search sends, or null when the text has no letter or digit (or only one, not Han); "too long" when it has more
 * than a name could. Words are split at spaces and punctuation (not apostrophes), and between Han and Latin text.
 */
export function searchKeys(typed: string): SearchKeys | "too long" | null {
  const text = searchKey(typed);
  // One letter or digit narrows nothing and is the one text a trigram index cannot look up quickly
  // (every name holds an "a"); one Han character is a word (西, 华) and is looked up.
  if (text === "" || ([...text].length === 1 && !/\p{Script=Han}/u.test(text))) return null;
  // An apostrophe joins (Xi'an is one word, as the stored key has it); other punctuation parts words.
  const words = typed.normalize("NFKC").replace(/['’‘`]/g, "").match(/\p{Script=Han}+|[\p{L}\p{N}]+/gu) ?? [];
  const keys = [...new Set(words.map(searchKey))].filter((term) => term !== "");
  if ([...text].length > maxSearchKeyLength || keys.length > maxSearchTerms) return "too long";
  const narrowing = keys.filter((term) => [...term].length >= (/^\p{Script=Han}+$/u.test(term) ? 2 : 3));
  const terms = narrowing.length > 0 ? narrowing : [text];
  const seek = terms.reduce((longest, term) => ([...term].length > [...longest].length ? term : longest), terms[0] ?? text);
  return { text, terms, seek };
}
