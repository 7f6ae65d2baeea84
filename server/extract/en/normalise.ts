/** The fields English names of schools end with ("of Science and Technology", "of Finance and Economics"). */
const schoolFields =
  "technology|science|sciences|engineering|finance|economics|commerce|arts|medicine|agriculture|forestry|mines|mining|petroleum|" +
  "aeronautics|astronautics|posts|telecommunications|communications|chemical technology|information technology|electronic technology|" +
  "business|law|political science|foreign studies|foreign languages|international studies|physical education|fine arts|education";
const schoolFieldWrittenSmall = new RegExp(`\\b(University|College|Institute|Academy) of ((?:${schoolFields})(?: and (?:${schoolFields}))*)\\b`, "g");

/**
 * The comparable form of English press-release text: what translation and web pages scatter
 * (spaced hyphens "Off - Campus", curly apostrophes and quotes, runs of spaces, non-breaking
 * spaces) brought to one spelling. Names and wordings are matched on this form; quotes and
 * offsets always refer to the original text.
 */
export function normaliseEnglish(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u00a0\u3000\t]/g, " ")
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„]/g, '"')
    // A spaced en or em dash separates ("14 June 2024 – Universiti Malaysia …"); a spaced hyphen is a word broken by translation.
    .replace(/ [–—] /g, ", ")
    // So does a news dateline's hyphen after its place in capitals ("BATANGAS CITY - Lakeshore State University …").
    .replace(/(^|\n)([A-Z][A-Z.' ]{1,40}[A-Z]) - (?=[A-Z])/g, "$1$2, ")
    .replace(/[‐‑‒–]/g, "-")
    .replace(/—/g, " - ")
    .replace(/(?<=\p{L}) ?- ?(?=\p{L})|(?<=\p{N})-(?=[\p{L}\p{N}])|(?<=\p{L})-(?=\p{N})/gu, "-")
    // "People' Government": a translation's dropped s, in the one possessive Chinese bodies' names are made with.
    .replace(/\bPeople' (?=Government|Congress|Hospital|Court|Procuratorate|Bank)/g, "People's ")
    // "Zhangqiu City government", "Macao SAR government": a place's government, its head word written small.
    .replace(/\b(City|Province|County|District|Prefecture|SAR|Municipal|Provincial) government\b/g, "$1 Government")
    // "Hefei University of technology": translation writes a school's field small; the name is "… of Technology".
    .replace(schoolFieldWrittenSmall, (_m, head: string, field: string) => `${head} of ${field.replace(/\b(?!and\b)\p{Ll}/gu, (c) => c.toUpperCase())}`)
    // Pages copied without their markup glue a small word to the name after it ("with theGeneral Technology Group").
    .replace(/\b(the|with|and|of|for|from|to|by|at|in|on)(?=[A-Z][a-z])/g, "$1 ")
    .replace(/ {2,}/g, " ")
    .trim();
}
