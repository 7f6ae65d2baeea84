import path from "node:path";
import { projectRoot } from "../config.ts";
import { evaluate, extractFile, formatEvaluation, loadGoldSets } from "../extract/index.ts";

/**
 * `eval-extract [--details]`: precision, recall and F1 of the extractor on every annotated set in
 * eval/gold (dev, holdout, seeds), for organisations and agreements. Paths in gold files are
 * relative to the project, so the seeds are read from ../shared/seeds where they live.
 */
export async function evalExtractCommand(args: string[]): Promise<number> {
  // One row per set and language: each language has its own extractor, and a mixed row hides the weaker one.
  const sets = loadGoldSets(path.join(projectRoot, "eval", "gold"), { byLanguage: true });
  const evaluations = await evaluate(sets, (file) => extractFile(path.resolve(projectRoot, file)));
  process.stdout.write(`${formatEvaluation(evaluations, { details: args.includes("--details") })}\n`);
  return 0;
}
