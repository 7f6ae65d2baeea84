import type { AgreementType } from "../types.ts";

/**
 * How English releases word agreements: the type an agreement sets up, the words that say it was
 * done (signed, unveiled, launched, established …), and the words that make the rest of a
 * sentence a hope, a plan or a reference back ("hoped that", "will", "taking … as an
 * opportunity", "according to the agreement").
 */

export interface TypeMention {
  type: AgreementType;
  index: number;
  end: number;
  text: string;
  /** "agreements", "bases": several agreements of this type. */
  plural: boolean;
}

const cent = String.raw`cent(?:er|re)s?`;
// Most specific first: where two wordings overlap, the earlier in this list wins.
const typeWordings: [AgreementType, RegExp][] = [
  ["professor_workstation", /\b(?:(?:professors?'?|experts?'?|academicians?'?|doctors?'?|doctoral|postdoctoral)\s+(?:innovation\s+)?)?work\s?stations?\b/gi],
  [
    "industry_college",
    // An institute of industrial technology set up by a school with enterprises is run like an industry college.
    /\b(?:modern\s+)?(?:industry|industrial)(?:[- ](?:education|academia|university|education\s+integration))?\s+(?:colleges?|schools?)\b|\b(?:institutes?|academy)\s+of\s+industr(?:ial|y)\s+technology\b|\b(?:college|school)\s+of\s+[A-Z][\w()&\s-]{2,60}?(?=\s*(?:\([^)]{1,20}\)\s*)?,?\s*(?:which\s+(?:was|is)\s+|was\s+|is\s+)?jointly\s+(?:set\s+up|established|built|founded)\s+by\b)|\bindustr(?:ial|y)\s+technology\s+(?:research\s+)?institutes?\b/gi,
  ],
  [
    "joint_lab",
    new RegExp(
      String.raw`\bjoint\s+(?:[\w&-]+\s+){0,2}?(?:lab|labs|laborator(?:y|ies)|r&d\s+${cent}|research\s+${cent}|innovation\s+${cent}|engineering\s+${cent}|technology\s+${cent}|research\s+institutes?)\b|\br&d\s+${cent}\b|\bjoint\s+r&d\b|\bjoint\s+(?:r&d|research\s+and\s+development)\s+(?:bases?|${cent})\b|\bcollaborative\s+innovation\s+${cent}\b|\b(?:key\s+)?laborator(?:y|ies)\b`,
      "gi",
    ),
  ],
  [
    "order_class",
    /\b(?:order(?:-based|-oriented)?|targeted|customi[sz]ed|apprenticeship|directional|co-op|cooperative)\s+(?:training\s+|pilot\s+)?class(?:es)?\b|\bopening\s+ceremony\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:class\s+training|training\s+class)\b|\border(?:-based)?\s+training\b|\border\s+(?:training\s+)?agreements?\b|"[^"]{2,60}\bClass(?:es)?"/gi,
  ],
  [
    "internship_base",
    /\b(?:(?:employment|graduate|student|students'|teaching|practice|practical)\s+(?:and\s+)?)?internships?(?:\s+(?:and|&)\s+(?:employment|practice|training))?\s+(?:training\s+|practice\s+|employment\s+)?bases?\b|\bemployment\s+(?:and\s+internship\s+)?(?:practice\s+)?bases?\b|\binternship\s+(?:memorand(?:um|a)\s+of\s+(?:agreement|understanding)|MoAs?\b|MoUs?\b|agreements?\b|contracts?\b)/gi,
  ],
  [
    "practice_base",
    /\b(?:off-campus\s+)?(?:practical|practice)\s+(?:teaching\s+|training\s+|education\s+)?bases?\b|\b(?:off-campus\s+)?training\s+bases?\b|\bteaching\s+(?:and\s+research\s+)?(?:practice\s+)?bases?\b|\boff-campus\s+(?:teaching\s+)?bases?\b|\b(?:education|experimental|experiment)\s+bases?\b|\bindustry-university-research\s+(?:cooperation\s+)?bases?\b/gi,
  ],
  ["strategic_cooperation", /\bstrategic\s+(?:cooperation|cooperative|partnership|collaboration)(?:\s+(?:framework\s+)?agreements?)?\b|\bstrategic\s+(?:framework\s+)?agreements?\b/gi],
  [
    "talent_training",
    /\btalents?\s+(?:training|cultivation)\s+(?:cooperation\s+)?agreements?\b|\b(?:joint|collaborative|cooperative|co-)\s*(?:talent\s+)?(?:training|cultivation|education)\s+(?:models?|agreements?|programmes?|programs?|mechanisms?)\b|\bjoint(?:ly)?\s+(?:train|cultivate)\w*\b|\btraining\s+models?\b|\bjoint\s+(?:[a-z]+\s+){0,2}training\b/gi,
  ],
  ["alliance", /\b(?:alliances?|consortium|consortia|industry-education\s+(?:integration\s+)?communit(?:y|ies)|innovation\s+communit(?:y|ies)|vocational\s+education\s+groups?)\b/gi],
  [
    "other",
    /\b(?:school-enterprise|university-enterprise|school-local|university-local|university-government|school-government|government-school|cooperation|cooperative|framework|partnership|collaboration|joint\s+construction|co-construction)\s+agreements?\b|\b(?:school-enterprise|university-enterprise|school-local|university-local|university-government|school-government|government-school|cooperation|cooperative|partnership|collaboration)\s+(?:agreement\s+)?signing\s+ceremon(?:y|ies)\b|\b(?:cooperative|cooperation|partnership|collaboration)\s+deals?\b|\bmemorand(?:um|a)\s+of\s+(?:understanding|agreement|cooperation|collaboration)\b|\bMoUs?\b|\bMoAs?\b|\bcertificates?\s+of\s+(?:collaboration|cooperation|partnership)\b|\b(?:signed|signing|sign|inked)\s+(?:of\s+)?(?:an?\s+|the\s+)?(?:(?:new|formal|official|three-year|two-year|five-year|multi-year|long-term|\d+-year)\s+)?agreements?\b|\bagreements?\s+(?:on|with|between)\b|\bsigning\s+ceremony\s+(?:of|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:cooperation|partnership|collaboration)\s+(?:between|of|with)\b|\b(?:sealed|forged|formali[sz]ed|struck|inked|entered\s+into)\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:partnerships?|pacts?|deals?)\b/gi,
  ],
];

// "employment base agreements with …" is one mention of a base, not a base and an agreement.
const withAgreementWord: [AgreementType, RegExp][] = typeWordings.map(([type, wording]) => [
  type,
  type === "other" ? wording : new RegExp(`(?:${wording.source})(?:\\s+(?:cooperation\\s+|framework\\s+|construction\\s+|training\\s+)?agreements?)?`, wording.flags),
]);

/** Types that only count with the word "agreement" or a signing in the sentence. */
const needsAgreementWord = new Set<AgreementType>(["talent_training"]);

/** "internship bases", "cooperation agreements", "memoranda of understanding", "MoUs": several agreements, not one. */
function isPluralMention(text: string): boolean {
  return /(?:bases|agreements|classes|colleges|workstations|laboratories|labs|centers|centres|contracts)$/i.test(text) || /\b(?:memoranda|memorandums|MoUs|MOUs|MoAs|MOAs|letters\s+of\s+intent)\b/i.test(text);
}

/**
 * The types a sentence names, in order. A bare "cooperation agreement" is kept beside a specific
 * type: it may be a second agreement with another party; where it only wraps the specific one,
 * the agreements' settling drops it.
 */
export function findAgreementTypes(text: string): TypeMention[] {
  const found: TypeMention[] = [];
  const hasAgreementWord = /\bagreements?\b|\bsign(?:ed|ings?|s)?\b|\bMoUs?\b/i.test(text);
  for (const [type, re] of withAgreementWord) {
    if (needsAgreementWord.has(type) && !hasAgreementWord) continue;
    for (const m of text.matchAll(re)) {
      const index = m.index;
      const end = index + m[0].length;
      if (found.some((f) => index < f.end && end > f.index)) continue;
      found.push({ type, index, end, text: m[0], plural: isPluralMention(m[0]) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const doneMarker =
  /\b(?:signed|signs?|signings?|inked|sealed|forged|formali[sz]ed|struck|entered\s+into|exchanged|exchange\s+ceremon(?:y|ies)|announced\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:partnership|agreement|collaboration|MoU|alliance|cooperation)|unveil(?:ed|s|ing)?|plaques?|listing\s+ceremony|inaugurat\w+|launch(?:ed|es|ing)?|establish(?:ed|es|ment)|founded|founding|set\s+up|initiated|reached\s+an?\s+(?:\w+\s+)?agreement|jointly\s+(?:built|build|builds|established|set\s+up|launched|unveiled|opened)|co-(?:built|founded|established|constructed)|opening\s+ceremony|opened|(?:developed|built|established|set\s+up)\s+in\s+(?:partnership|cooperation|collaboration)\s+with|concluded|awarded|agreement\s+between|became|joined|was\s+formed|were\s+formed|officially\s+(?:became|formed|started)|(?:led|initiated|launched|founded|co-founded|sponsored)\s+by)\b/i;

export function hasDoneMarker(text: string): boolean {
  return doneMarker.test(text);
}

// Case matters: "may" is a hope, "May 6" a date.
const blocker =
  /\b(?:hopes?|hoped|hoping|wish(?:es|ed)?|expects?|expected|look(?:s|ing)?\s+forward|as\s+an\s+opportunity|opportunit(?:y|ies)\s+to|will|would|shall|plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|intended\s+to|in\s+the\s+future|future\s+cooperation|expressed\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+|a\s+)?(?:strong\s+)?(?:hope|desire|willingness|wish|commitment|intention)|ideas\s+were\s+put\s+forward|put\s+forward|proposed|according\s+to\s+the\s+(?:agreement|plan)|under\s+the\s+agreement|next\s+step|going\s+forward|moving\s+forward|aims?\s+to|aiming\s+to|strive|seeks?|seeking|could|can|may|might|should|must|need\s+to|committed\s+to|commitment\s+to|desire|willingness|consensus)\b/;
const sentenceStartBlocker = /^(?:In the future|Moving forward|Going forward|Looking ahead|Next|According to the (?:agreement|plan)|Under the agreement|In the next|Hopefully)\b/;

/** The part of a sentence that states what was done: everything before the first hope, plan or reference back. */
export function assertedPart(text: string): string {
  if (sentenceStartBlocker.test(text)) return "";
  // "With an aim to achieve closer ties …, X signed …", "To promote …, X signed …": a purpose opening the
  // sentence governs only its own phrase; what follows the comma is what was done.
  const purpose = /^(?:with\s+(?:an?\s+|the\s+)?(?:aim|view|goal|purpose)\s+(?:to|of)\b|in\s+order\s+to\b|to\s+(?:further\s+)?[a-z]+\b|aiming\s+to\b|so\s+as\s+to\b)[^,]{0,160},\s*/i.exec(text);
  if (purpose) return text.slice(0, purpose[0].length) + assertedPart(text.slice(purpose[0].length));
  const m = blocker.exec(text);
  // "Students will train with 15 companies, following the signing of internship memoranda on May 16":
  // what will happen follows a signing that has happened, and the sentence names who signed.
  if (m && /,\s*following\s+the\s+(?:\w+\s+)?signing\s+of\b/i.test(text.slice(m.index))) return text;
  return m ? text.slice(0, m.index) : text;
}
