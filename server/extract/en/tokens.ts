/** A word, a legal-form suffix ("Co., Ltd."), or one punctuation character, with its place in the string. */
export interface Token {
  text: string;
  start: number;
  end: number;
  kind: "word" | "suffix" | "punct";
}

// Legal-form suffixes are one token, so that their full stops and commas do not break a name.
// Indian and British companies end in "Limited" or "Private Limited", Vietnamese ones in "Joint Stock Company".
const suffix = String.raw`(?:Co|CO)\s*\.?\s*,?\s*(?:Ltd|LTD)\b\.?|(?:Co|CO)\s*\.?\s*,?\s*(?:Limited|LIMITED)\b|Company\s+Limited\b|(?:Private|Pvt\.?)\s+(?:Limited|Ltd\b\.?)|Limited\b|Joint\s+Stock\s+Company\b|JSC\b|LLP\b|(?:Co|CO)\b(?!-)\.?|(?:Ltd|LTD)\b\.?|Inc\b\.?|Corp\b\.?|LLC\b|PLC\b|Sdn\.\s*Bhd\b\.?|Sdn\s+Bhd\b|Bhd\b|Berhad\b|Pte\.?\s*Ltd\b\.?|Pty\.?\s*Ltd\b\.?|Tbk\b\.?|GmbH\b|AG\b(?=\s|$|[,.;])`;
const word = String.raw`[\p{L}\p{N}]+(?:'[\p{L}]+)*(?:(?:-|&)[\p{L}\p{N}]+(?:'[\p{L}]+)*)*'?`;
const tokenPattern = new RegExp(String.raw`(?<suffix>\b(?:${suffix}))|(?<word>${word})|(?<punct>\S)`, "gu");

/** Tokens of normalised text (see normaliseEnglish): spaced hyphens are already joined. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    const kind = match.groups?.suffix ? "suffix" : match.groups?.word ? "word" : "punct";
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length, kind });
  }
  return tokens;
}

export const isCapitalised = (token: Token | undefined): boolean => token !== undefined && token.kind === "word" && /^[\p{Lu}]/u.test(token.text);

/** True when a name ends with a legal form ("… Co., Ltd.", "… Sdn Bhd", "… Limited"). */
export const endsWithLegalForm = (name: string): boolean => tokenize(name).at(-1)?.kind === "suffix";
