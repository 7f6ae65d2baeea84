/** Legal-form words at the end of an English company name: "Co., Ltd.", "Company Limited", "Inc." … */
const englishLegalSuffix = /\s*,?\s*(co\.?\s*,?\s*ltd\.?|co\.?\s*,?\s*limited|company\s+limited|limited\s+company|ltd\.?|limited|inc\.?|incorporated|corp\.?|corporation|llc|plc)\s*$/i;
/** …and of a Chinese one: 有限公司, 有限责任公司, 股份有限公司. "集团" stays: a group is not its subsidiary. */
const chineseLegalSuffix = /(股份有限公司|有限责任公司|有限公司|股份公司)$/;

/**
 * The key two spellings of one organisation's name share: case, width, spacing, punctuation,
 * apostrophes (Xi'an/Xian), "&"/"and", a leading "the" and legal suffixes do not count.
 * Keys shorter than two characters are not used for matching (see nameKeys).
 */
export function nameKey(name: string): string {
  let text = name.normalize("NFKC").trim().replace(/[’'`]/g, "").replace(/&/g, " and ");
  for (let previous = ""; previous !== text; ) {
    previous = text;
    text = text.replace(englishLegalSuffix, "").replace(chineseLegalSuffix, "").trim();
  }
  return text
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Every key an organisation can be found by: its name, Chinese name and aliases. */
export function nameKeys(names: (string | undefined)[]): string[] {
  return [...new Set(names.filter((n): n is string => Boolean(n)).map(nameKey).filter((key) => key.length >= 2))];
}
