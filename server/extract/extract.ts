import { calibratedConfidence, confidenceFeatures } from "./agreement-confidence.ts";
import { extractEnglish } from "./en/extract-english.ts";
import { readArticle } from "./read-article.ts";
import type { ArticleText, ExtractedArticle, ExtractJson } from "./types.ts";
import { extractChinese } from "./zh/extract-chinese.ts";

/** Facts below this confidence are loaded as unreviewed, for the review queue; eval-extract measures what it catches. */
export const reviewThreshold = 0.7;

/**
 * Most agreements are between two parties. On the real articles of eval/corpus, readings with
 * one party or with three and more were nearly all wrong (a guest or a host read as a party, a
 * partner left unnamed), so they go to review whatever the rules' own confidence.
 */
const unusualPartiesCeiling = 0.6;

/**
 * The facts the rules find, each agreement with the rules' own score: what the confidence model
 * is trained on (agreement-confidence.ts).
 */
export function extractByRules(article: ArticleText): ExtractedArticle {
  const { text: _text, ...meta } = article;
  const found = article.language === "zh" ? extractChinese(article) : extractEnglish(article);
  return { article: meta, ...found };
}

/**
 * Finds the cooperation facts of one article, in the language it is written in. An agreement's
 * confidence is the model's probability that it is right; readings of unusual parties stay under
 * the review threshold whatever it says.
 */
export function extractArticle(article: ArticleText): ExtractedArticle {
  const found = extractByRules(article);
  const agreements = found.agreements.map((a) => {
    const confidence = calibratedConfidence(confidenceFeatures(a, found.organizations));
    return { ...a, confidence: a.parties.length === 2 ? confidence : Math.min(confidence, unusualPartiesCeiling) };
  });
  return { ...found, agreements };
}

/** The shape DESIGN.md fixes for `atlas extract --format json`. */
export function toExtractJson(extracted: ExtractedArticle): ExtractJson {
  const byRole = (role: string) => extracted.organizations.filter((o) => o.role === role).map((o) => ({ name: o.name, province: o.province ?? null }));
  return {
    institutions: byRole("institution"),
    enterprises: byRole("enterprise"),
    governments: byRole("government"),
    agreements: extracted.agreements.map((a) => ({ type: a.type, parties: a.parties, date: a.date ?? null })),
    industryChains: extracted.industryChains.map((c) => ({ name: c.name })),
    places: extracted.places.map((p) => p.name),
  };
}

/** Reads, cleans and extracts one article file. */
export async function extractFile(file: string): Promise<ExtractJson> {
  return toExtractJson(extractArticle(readArticle(file).article));
}
