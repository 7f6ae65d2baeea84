import { existsSync } from "node:fs";
import { extractArticle, isArticleFile, readArticle, toExtractJson, UnreadableArticleError } from "../extract/index.ts";

const usage = "usage: npm run -s atlas -- extract [--format json|evidence] <article.txt|.md|.html>\n";

/**
 * `extract --format json <article>` prints what ingest would load from the article, in the shape
 * DESIGN.md fixes; `--format evidence` adds each fact's sentence, offset and confidence.
 */
export async function extractCommand(args: string[]): Promise<number> {
  let format = "json";
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--format") format = args[++i] ?? "";
    else files.push(args[i]!);
  }
  if (files.length !== 1 || !["json", "evidence"].includes(format)) {
    process.stderr.write(usage);
    return 2;
  }
  const file = files[0]!;
  if (!existsSync(file)) {
    process.stderr.write(`extract: ${file}: no such file\n`);
    return 1;
  }
  if (!isArticleFile(file)) {
    process.stderr.write(`extract: ${file}: articles are .txt, .md or .html files\n`);
    return 1;
  }
  let read: ReturnType<typeof readArticle>;
  try {
    read = readArticle(file);
  } catch (error) {
    if (!(error instanceof UnreadableArticleError)) throw error;
    process.stderr.write(`extract: ${error.message}\n`);
    return 1;
  }
  const extracted = extractArticle(read.article);
  process.stdout.write(`${JSON.stringify(format === "json" ? toExtractJson(extracted) : extracted, null, 2)}\n`);
  return 0;
}
