import type { agreementTypes } from "../model/index.ts";

/**
 * What the extractor finds in one article. Every fact carries the sentence that states it
 * (quote, and its offset in the cleaned text) and a confidence in [0, 1]; facts below the review
 * threshold are loaded as unreviewed.
 */

export type AgreementType = (typeof agreementTypes)[number];
export type OrganizationRole = "institution" | "enterprise" | "government";
export type Language = "en" | "zh";

export interface Evidence {
  /** The sentence stating the fact, as it stands in the cleaned text. */
  quote: string;
  /** Offset of the quote in ArticleText.text (UTF-16 code units, as JavaScript counts). */
  offset: number;
}

/** An article reduced to its text, with what the file or its header says about it. */
export interface ArticleText {
  /** Cleaned text: navigation, share bars, copyright footers and other boilerplate removed. */
  text: string;
  language: Language;
  title?: string;
  publisher?: string;
  url?: string;
  /** YYYY-MM-DD when the article states when it was published (header, dateline). */
  publishedOn?: string;
  /** The writer's own organisation when the text or its source line names it ("我校" / "our company"). */
  writer?: { name: string; role: OrganizationRole };
}

export interface ExtractedOrganization {
  /** Full name as written at its fullest mention. */
  name: string;
  role: OrganizationRole;
  /** Shorter names of this organisation in the text ("AMBITION", "哈石油"). Generic references ("the company",
   * "我校") are resolved to it but never listed: entity resolution matches on aliases. */
  aliases: string[];
  /** Province (Chinese or English name, as the regions table has it) when the name or text places it. */
  province?: string;
  /** GB/T 2260 code when known (from the name or text via the regions table). */
  regionCode?: string;
  evidence: Evidence;
  confidence: number;
}

export interface ExtractedAgreement {
  type: AgreementType;
  /** Names exactly as in ExtractedOrganization.name. */
  parties: string[];
  /** YYYY-MM-DD; a month-day date takes its year from the dateline. */
  date?: string;
  /** A name the text gives the agreement or its base/college/lab, if any. */
  title?: string;
  figures: { students?: number; positions?: number; enterprises?: number };
  evidence: Evidence;
  confidence: number;
}

export interface ExtractedArticle {
  article: Omit<ArticleText, "text">;
  organizations: ExtractedOrganization[];
  agreements: ExtractedAgreement[];
  industryChains: { name: string; evidence: Evidence }[];
  /** Provinces and cities named in the text, as written, with their codes. */
  places: { name: string; code: string }[];
}

/** The shape DESIGN.md fixes for `atlas extract --format json`. */
export interface ExtractJson {
  institutions: { name: string; province: string | null }[];
  enterprises: { name: string; province: string | null }[];
  governments: { name: string; province: string | null }[];
  agreements: { type: AgreementType; parties: string[]; date: string | null }[];
  industryChains: { name: string }[];
  places: string[];
}

/** Annotated truth for one development article, for the evaluation harness (eval/gold/*.json). */
export interface GoldArticle {
  /** Path of the article, relative to the project (or ../shared/seeds/… for the seeds). */
  file: string;
  institutions: string[];
  enterprises: string[];
  governments: string[];
  agreements: { type: AgreementType; parties: string[]; date?: string }[];
}
