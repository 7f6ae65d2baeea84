import { compareAgreements, compareOrganizations, type Counts, type Score, score } from "./evaluate.ts";
import type { CorpusEntry, CorpusSplit, PublisherKind } from "./corpus.ts";
import type { ExtractedArticle, ExtractJson } from "./types.ts";
import { toExtractJson } from "./extract.ts";

/**
 * Scores the extractor on the real-article corpus, by split and language and by split and
 * publisher kind, with the counts behind each figure. Besides precision and recall it measures
 * what the confidence is worth: the precision of the agreements that would be accepted (at or
 * above the review threshold) and the share of wrong agreements that the threshold sends to review.
 */

export interface CorpusArticleResult {
  id: string;
  split: CorpusSplit;
  language: "en" | "zh";
  publisherKind: PublisherKind;
  error?: string;
  organizations: { missed: string[]; spurious: string[] };
  agreements: { missed: string[]; spurious: string[] };
  /** Wrong agreements (spurious) that would be accepted without review. */
  acceptedSpurious: string[];
  counts: { organizations: Counts; agreements: Counts; accepted: Counts };
}

export interface CorpusGroupScore {
  split: CorpusSplit;
  language?: "en" | "zh";
  publisherKind?: PublisherKind;
  articles: number;
  goldOrganizations: number;
  goldAgreements: number;
  organizations: Score;
  agreements: Score;
  /** Agreements at or above the review threshold: how many, and how many of them are right. */
  accepted: { found: number; precision: number };
  /** Wrong agreements found, and the share of them below the threshold (sent to review). */
  wrongAgreements: { found: number; sentToReview: number; share: number };
}

export interface CorpusEvaluation {
  reviewThreshold: number;
  articles: CorpusArticleResult[];
  byLanguage: CorpusGroupScore[];
  byPublisherKind: CorpusGroupScore[];
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

function add(into: Counts, from: Counts): void {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
}

/** One article's extraction against its gold. */
export function scoreCorpusArticle(entry: CorpusEntry, extracted: ExtractedArticle | undefined, reviewThreshold: number, error?: string): CorpusArticleResult {
  const found: ExtractJson | undefined = extracted && toExtractJson(extracted);
  const accepted: ExtractJson | undefined = extracted && toExtractJson({ ...extracted, agreements: extracted.agreements.filter((a) => a.confidence >= reviewThreshold) });
  const counts = { organizations: zero(), agreements: zero(), accepted: zero() };
  const organizations = compareOrganizations(entry, found, counts.organizations);
  const agreements = compareAgreements(entry, found, counts.agreements);
  const acceptedAgreements = compareAgreements(entry, accepted, counts.accepted);
  return {
    id: entry.id,
    split: entry.split,
    language: entry.language,
    publisherKind: entry.publisherKind,
    ...(error ? { error } : {}),
    organizations,
    agreements,
    acceptedSpurious: acceptedAgreements.spurious,
    counts,
  };
}

function groupScore(results: CorpusArticleResult[], entries: Map<string, CorpusEntry>, key: Pick<CorpusGroupScore, "split" | "language" | "publisherKind">): CorpusGroupScore {
  const organizations = zero();
  const agreements = zero();
  const accepted = zero();
  for (const r of results) {
    add(organizations, r.counts.organizations);
    add(agreements, r.counts.agreements);
    add(accepted, r.counts.accepted);
  }
  const goldOrganizations = organizations.tp + organizations.fn;
  const goldAgreements = results.reduce((n, r) => n + entries.get(r.id)!.agreements.length, 0);
  const acceptedFound = accepted.tp + accepted.fp;
  return {
    ...key,
    articles: results.length,
    goldOrganizations,
    goldAgreements,
    organizations: score(organizations),
    agreements: score(agreements),
    accepted: { found: acceptedFound, precision: acceptedFound === 0 ? 1 : accepted.tp / acceptedFound },
    wrongAgreements: { found: agreements.fp, sentToReview: agreements.fp - accepted.fp, share: agreements.fp === 0 ? 1 : (agreements.fp - accepted.fp) / agreements.fp },
  };
}

/** Groups of a corpus' results: each split by language, and each split by publisher kind. */
export function summariseCorpus(entries: CorpusEntry[], results: CorpusArticleResult[], reviewThreshold: number): CorpusEvaluation {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const byLanguage: CorpusGroupScore[] = [];
  const byPublisherKind: CorpusGroupScore[] = [];
  for (const split of ["dev", "test"] as const) {
    const inSplit = results.filter((r) => r.split === split);
    if (inSplit.length === 0) continue;
    for (const language of ["en", "zh"] as const) {
      const group = inSplit.filter((r) => r.language === language);
      if (group.length > 0) byLanguage.push(groupScore(group, byId, { split, language }));
    }
    byLanguage.push(groupScore(inSplit, byId, { split }));
    for (const publisherKind of ["school", "enterprise", "government", "media"] as const) {
      const group = inSplit.filter((r) => r.publisherKind === publisherKind);
      if (group.length > 0) byPublisherKind.push(groupScore(group, byId, { split, publisherKind }));
    }
  }
  return { reviewThreshold, articles: results, byLanguage, byPublisherKind };
}

/**
 * Extracts every article and scores it. An article whose extraction throws counts as finding
 * nothing, with its error kept.
 */
export async function evaluateCorpus(entries: CorpusEntry[], extract: (entry: CorpusEntry) => Promise<ExtractedArticle>, reviewThreshold: number): Promise<CorpusEvaluation> {
  const results: CorpusArticleResult[] = [];
  for (const entry of entries) {
    try {
      results.push(scoreCorpusArticle(entry, await extract(entry), reviewThreshold));
    } catch (error) {
      results.push(scoreCorpusArticle(entry, undefined, reviewThreshold, error instanceof Error ? error.message : String(error)));
    }
  }
  return summariseCorpus(entries, results, reviewThreshold);
}
