import { writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../config.ts";
import { evaluate, evaluateCorpus, extractArticle, extractFile, formatCorpusEvaluation, formatEvaluation, loadGoldSets, reviewThreshold } from "../extract/index.ts";
import { readCorpus } from "./read-corpus.ts";

/**
 * `eval-extract [--details]`: precision, recall and F1 of the extractor on every annotated set in
 * eval/gold (dev, holdout, seeds), for organisations and agreements. Paths in gold files are
 * relative to the project, so the seeds are read from ../shared/seeds where they live.
 *
 * `eval-extract --corpus DIR [--details]`: the same on the real-article corpus whose gold is
 * eval/corpus/articles.json and whose texts are DIR/<id>.txt; prints the tables and writes
 * eval/results.json. `--allow-missing` leaves out articles whose texts are not in DIR, and says so
 * in the output and in results.json.
 */
export async function evalExtractCommand(args: string[]): Promise<number> {
  const details = args.includes("--details");
  const corpusAt = args.indexOf("--corpus");
  if (corpusAt !== -1) return evalCorpus(args[corpusAt + 1], details, args.includes("--allow-missing"));
  // One row per set and language: each language has its own extractor, and a mixed row hides the weaker one.
  const sets = loadGoldSets(path.join(projectRoot, "eval", "gold"), { byLanguage: true });
  const evaluations = await evaluate(sets, (file) => extractFile(path.resolve(projectRoot, file)));
  process.stdout.write(`${formatEvaluation(evaluations, { details })}\n`);
  return 0;
}

async function evalCorpus(dir: string | undefined, details: boolean, allowMissing: boolean): Promise<number> {
  const corpus = readCorpus(dir, "eval-extract", { allowMissing });
  if (!corpus) return 2;
  const { entries } = corpus;
  const evaluation = await evaluateCorpus(entries, async (entry) => extractArticle(corpus.article(entry)), reviewThreshold);
  process.stdout.write(`${formatCorpusEvaluation(evaluation, { details })}\n`);
  if (corpus.missing.length > 0) process.stdout.write(`\nLeft out, texts missing: ${corpus.missing.map((e) => `${e.id} (${e.split})`).join(", ")}\n`);
  const publishers = new Set(entries.map((e) => e.publisher));
  const results = {
    corpus: {
      articles: entries.length,
      publishers: publishers.size,
      byLanguage: { en: entries.filter((e) => e.language === "en").length, zh: entries.filter((e) => e.language === "zh").length },
      bySplit: { dev: entries.filter((e) => e.split === "dev").length, test: entries.filter((e) => e.split === "test").length },
      ...(corpus.missing.length > 0 ? { missing: corpus.missing.map((e) => e.id) } : {}),
    },
    ...evaluation,
    articles: evaluation.articles.map(({ counts: _counts, ...rest }) => rest),
  };
  const out = path.join(projectRoot, "eval", "results.json");
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`\nwritten: ${path.relative(process.cwd(), out) || out}\n`);
  return 0;
}
