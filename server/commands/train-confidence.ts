import { writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../config.ts";
import { confidenceExamples, crossValidate, extractByRules, fitConfidenceModel, modelSource, reviewThreshold, type ThresholdFigures } from "../extract/index.ts";
import { readCorpus } from "./read-corpus.ts";

/**
 * `train-confidence --corpus DIR`: fits the agreement confidence model on the dev split of the
 * real-article corpus (texts in DIR), prints what it is worth on publishers it was not fitted on
 * against the rules' own score, and writes server/extract/agreement-confidence-model.ts.
 * `--allow-missing` fits on the articles whose texts are in DIR, naming those left out.
 */
export async function trainConfidenceCommand(args: string[]): Promise<number> {
  const corpusAt = args.indexOf("--corpus");
  const corpus = readCorpus(corpusAt === -1 ? undefined : args[corpusAt + 1], "train-confidence", { allowMissing: args.includes("--allow-missing") });
  if (!corpus) return 2;
  const examples = confidenceExamples(corpus.entries, (entry) => extractByRules(corpus.article(entry)));
  const dev = corpus.entries.filter((e) => e.split === "dev");
  const { rules, model } = crossValidate(examples, reviewThreshold);
  const line = (name: string, f: ThresholdFigures) =>
    `${name.padEnd(13)} accepted ${String(f.accepted).padStart(3)}  precision ${f.precision === null ? "-" : f.precision.toFixed(2)}  wrong sent to review ${f.wrongToReview === null ? "-" : `${Math.round(f.wrongToReview * 100)}%`}\n`;
  process.stdout.write(
    `dev split: ${examples.length} agreements found in ${dev.length} articles, ${examples.filter((e) => e.right).length} right\n` +
      `leave one publisher out, at the review threshold ${reviewThreshold}:\n` +
      line("rules' score", rules) +
      line("model", model),
  );
  const fitted = fitConfidenceModel(examples);
  const out = path.join(projectRoot, "server", "extract", "agreement-confidence-model.ts");
  writeFileSync(
    out,
    modelSource(fitted, { examples: examples.length, right: examples.filter((e) => e.right).length, articles: dev.length, publishers: new Set(dev.map((e) => e.publisher)).size }),
  );
  process.stdout.write(`written: ${path.relative(process.cwd(), out) || out}\n`);
  return 0;
}
