import path from "node:path";
import { projectRoot } from "../config.ts";
import { articleFromBytes, corpusTextFile, CorpusError, readCorpusManifest, readCorpusText, type ArticleText, type CorpusEntry } from "../extract/index.ts";

export interface Corpus {
  entries: CorpusEntry[];
  /** The article of an entry as the extractor reads it, with the entry's address when the text gives none. */
  article: (entry: CorpusEntry) => ArticleText;
}

/**
 * The real-article corpus: eval/corpus/articles.json and the texts in `dir`, every text checked
 * against its hash before any is used (a table or a model over a partial or altered corpus would
 * mislead). On a problem, writes it to stderr under the command's name and returns undefined.
 */
export function readCorpus(dir: string | undefined, command: string): Corpus | undefined {
  if (!dir || dir.startsWith("--")) {
    process.stderr.write(`${command}: --corpus needs the folder that holds the articles' texts (DIR/<id>.txt)\n`);
    return undefined;
  }
  try {
    const entries = readCorpusManifest(path.join(projectRoot, "eval", "corpus", "articles.json"));
    const texts = new Map(entries.map((entry) => [entry.id, readCorpusText(dir, entry)]));
    return {
      entries,
      article: (entry) => {
        const { article } = articleFromBytes(corpusTextFile(dir, entry), texts.get(entry.id)!, ".txt");
        return { ...article, url: article.url ?? entry.url };
      },
    };
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    process.stderr.write(`${command}: ${error.message}\n`);
    return undefined;
  }
}
