/**
 * A Lucene query for the name_search full-text index, built from what a user typed. The text
 * reaches Neo4j as a parameter, so it cannot change the Cypher; but Lucene has a syntax of its
 * own (AND, *, quotes, field:value), so every word is escaped and only we add operators.
 *
 * - Han text becomes a phrase: the CJK analyzer indexes it as overlapping bigrams, and a phrase
 *   keeps them in order (石油学院 finds 哈尔滨石油学院, not every name with 学院).
 * - Other words match whole (boosted) or as a prefix, so "chong" finds Chongqing while typing.
 *   Wildcard terms skip the analyzer, so they are lower-cased here as the index is.
 * - All words must match.
 */
export function luceneQuery(text: string): string | null {
  const tokens = text.normalize("NFKC").match(/\p{Script=Han}+|[\p{L}\p{N}]+/gu) ?? [];
  const clauses = tokens.slice(0, 16).map((token) => {
    if (/^\p{Script=Han}+$/u.test(token)) return `"${token}"`;
    const word = escapeLucene(token.toLowerCase());
    return `(${word}^2 OR ${word}*)`;
  });
  return clauses.length === 0 ? null : clauses.join(" AND ");
}

/** Backslash before every character Lucene's classic query parser treats as syntax. */
export function escapeLucene(word: string): string {
  return word.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, "\\$&");
}
