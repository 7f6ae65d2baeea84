// Names arrive from press releases in both scripts and in mixed widths
// (full-width Ｌａｔｉｎ, ideographic spaces) and with typographic
// apostrophes (Xi’an). Matching works on a normalised form so a user can
// type the name the plain way and still find it.

const APOSTROPHES = /[\u2018\u2019\u02bc`\u00b4]/g;

export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').replace(APOSTROPHES, "'").toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

/** The words of a filter; every one must appear for a name to match. */
export function searchTerms(query: string): string[] {
  const normalized = normalizeForSearch(query);
  return normalized === '' ? [] : normalized.split(' ');
}

export function matchesAllTerms(haystacks: readonly string[], terms: readonly string[]): boolean {
  return terms.every((term) => haystacks.some((haystack) => haystack.includes(term)));
}
