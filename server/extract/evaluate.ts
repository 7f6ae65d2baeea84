import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { nameKey } from "../text/index.ts";
import { errorNotes, plainTable, scoreCells } from "./plain-table.ts";
import type { AgreementType, ExtractJson, GoldArticle, OrganizationRole } from "./types.ts";

/**
 * Scores the extractor against annotated articles (eval/gold/*.json): precision, recall and F1
 * for organisations (same role, same nameKey) and agreements (same type, same set of party keys,
 * and the same date when the gold gives one), per set of articles. See eval/README.md.
 */

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ArticleResult {
  file: string;
  error?: string;
  organizations: { missed: string[]; spurious: string[] };
  agreements: { missed: string[]; spurious: string[] };
}

export interface SetEvaluation {
  set: string;
  articles: number;
  organizations: Score;
  agreements: Score;
  results: ArticleResult[];
}

export interface GoldSet {
  set: string;
  articles: GoldArticle[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const roles: [OrganizationRole, "institutions" | "enterprises" | "governments"][] = [
  ["institution", "institutions"],
  ["enterprise", "enterprises"],
  ["government", "governments"],
];

/** The set an article belongs to, from where it lies: eval/dev → dev, eval/holdout → holdout, seeds → seeds. */
export function setOf(file: string): string {
  if (/(?:^|\/)seeds\//.test(file)) return "seeds";
  const m = /(?:^|\/)eval\/([^/]+)\//.exec(file);
  return m ? m[1]! : "other";
}

/** The language of an annotated article: Chinese when its gold names are written in Han characters. */
export function languageOf(article: GoldArticle): "en" | "zh" {
  const names = [...article.institutions, ...article.enterprises, ...article.governments, ...article.agreements.flatMap((a) => a.parties)];
  return names.some((name) => /\p{Script=Han}/u.test(name)) ? "zh" : "en";
}

/**
 * Reads every eval/gold/*.json (each an array of GoldArticle) and groups the articles by set;
 * with `byLanguage`, by set and language ("dev-en", "holdout-zh"), since each language has its
 * own extractor.
 */
export function loadGoldSets(goldDir: string, options: { byLanguage?: boolean } = {}): GoldSet[] {
  const sets = new Map<string, GoldArticle[]>();
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith(".json")).sort()) {
    const articles = JSON.parse(readFileSync(join(goldDir, file), "utf8")) as GoldArticle[];
    if (!Array.isArray(articles)) throw new Error(`${basename(file)}: expected an array of gold articles`);
    for (const article of articles) {
      const set = options.byLanguage ? `${setOf(article.file)}-${languageOf(article)}` : setOf(article.file);
      sets.set(set, [...(sets.get(set) ?? []), article]);
    }
  }
  return [...sets].map(([set, articles]) => ({ set, articles }));
}

export function score({ tp, fp, fn }: Counts): Score {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}

export function compareOrganizations(gold: Omit<GoldArticle, "file">, found: ExtractJson | undefined, counts: Counts): ArticleResult["organizations"] {
  const goldKeys = new Map<string, string>();
  for (const [role, field] of roles) for (const name of gold[field]) goldKeys.set(`${role}:${nameKey(name)}`, `${role} ${name}`);
  const foundKeys = new Map<string, string>();
  if (found) for (const [role, field] of roles) for (const org of found[field]) foundKeys.set(`${role}:${nameKey(org.name)}`, `${role} ${org.name}`);
  const missed = [...goldKeys].filter(([key]) => !foundKeys.has(key)).map(([, label]) => label);
  const spurious = [...foundKeys].filter(([key]) => !goldKeys.has(key)).map(([, label]) => label);
  counts.tp += goldKeys.size - missed.length;
  counts.fn += missed.length;
  counts.fp += spurious.length;
  return { missed, spurious };
}

interface AgreementKey {
  type: AgreementType;
  parties: string[];
  date?: string | null;
  label: string;
}

const partyKeys = (parties: string[]) => [...new Set(parties.map(nameKey))].sort();
const label = (a: { type: string; parties: string[]; date?: string | null }) => `${a.type} [${a.parties.join(" + ")}]${a.date ? ` ${a.date}` : ""}`;

/**
 * Which found agreements the gold has (type, the same parties, and the gold's date when it has
 * one), each gold agreement matched once, in the gold's order: `right[k]` for found[k], and the
 * gold agreements nothing matched.
 */
export function matchAgreements(
  gold: readonly { type: AgreementType; parties: string[]; date?: string | null }[],
  found: readonly { type: AgreementType; parties: string[]; date?: string | null }[],
): { right: boolean[]; missed: string[] } {
  const expected: AgreementKey[] = gold.map((a) => ({ type: a.type, parties: partyKeys(a.parties), ...(a.date ? { date: a.date } : {}), label: label(a) }));
  const remaining = found.map((a, index) => ({ type: a.type, parties: partyKeys(a.parties), date: a.date, index }));
  const right = found.map(() => false);
  const missed: string[] = [];
  for (const want of expected) {
    const i = remaining.findIndex(
      (got) => got.type === want.type && got.parties.length === want.parties.length && got.parties.every((p, k) => p === want.parties[k]) && (!want.date || got.date === want.date),
    );
    if (i === -1) missed.push(want.label);
    else right[remaining.splice(i, 1)[0]!.index] = true;
  }
  return { right, missed };
}

export function compareAgreements(gold: Omit<GoldArticle, "file">, found: ExtractJson | undefined, counts: Counts): ArticleResult["agreements"] {
  const agreements = found?.agreements ?? [];
  const { right, missed } = matchAgreements(gold.agreements, agreements);
  const spurious = agreements.filter((_, k) => !right[k]).map(label);
  counts.tp += gold.agreements.length - missed.length;
  counts.fn += missed.length;
  counts.fp += spurious.length;
  return { missed, spurious };
}

/**
 * Runs `extract` on every gold article and scores it. `goldFiles` are either GoldSets or bare
 * GoldArticles (grouped by setOf(file)). An article whose extraction throws counts as finding nothing.
 */
export async function evaluate(goldFiles: GoldSet[] | GoldArticle[], extract: (file: string) => Promise<ExtractJson>): Promise<SetEvaluation[]> {
  const sets: GoldSet[] = goldFiles.length > 0 && "set" in goldFiles[0]! ? (goldFiles as GoldSet[]) : groupBySet(goldFiles as GoldArticle[]);
  const evaluations: SetEvaluation[] = [];
  for (const { set, articles } of sets) {
    const orgCounts: Counts = { tp: 0, fp: 0, fn: 0 };
    const agreementCounts: Counts = { tp: 0, fp: 0, fn: 0 };
    const results: ArticleResult[] = [];
    for (const gold of articles) {
      let found: ExtractJson | undefined;
      let error: string | undefined;
      try {
        found = await extract(gold.file);
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      results.push({
        file: gold.file,
        ...(error ? { error } : {}),
        organizations: compareOrganizations(gold, found, orgCounts),
        agreements: compareAgreements(gold, found, agreementCounts),
      });
    }
    evaluations.push({ set, articles: articles.length, organizations: score(orgCounts), agreements: score(agreementCounts), results });
  }
  return evaluations;
}

function groupBySet(articles: GoldArticle[]): GoldSet[] {
  const sets = new Map<string, GoldArticle[]>();
  for (const article of articles) sets.set(setOf(article.file), [...(sets.get(setOf(article.file)) ?? []), article]);
  return [...sets].map(([set, list]) => ({ set, articles: list }));
}

/** A plain-text table of the scores; with `details`, what each article missed and found in excess. */
export function formatEvaluation(evaluations: SetEvaluation[], options: { details?: boolean } = {}): string {
  const header = ["set", "articles", "org P", "org R", "org F1", "agr P", "agr R", "agr F1"];
  const rows = evaluations.map((e) => [
    e.set,
    String(e.articles),
    ...scoreCells(e.organizations),
    ...scoreCells(e.agreements),
  ]);
  const out = plainTable(header, rows);
  if (options.details) {
    for (const e of evaluations) {
      for (const r of e.results) {
        const notes = errorNotes(r);
        if (notes.length > 0) out.push("", `${e.set} ${r.file}`, ...notes);
      }
    }
  }
  return out.join("\n");
}
