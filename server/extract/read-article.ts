import { readFileSync } from "node:fs";
import path from "node:path";
import { decodeText } from "../ingest/decode-text.ts";
import { cleanArticle } from "./clean-article.ts";
import { htmlToText } from "./html-to-text.ts";
import { markdownToText } from "./markdown-to-text.ts";
import type { ArticleText } from "./types.ts";

export const articleExtensions = [".txt", ".md", ".markdown", ".html", ".htm"];

export function isArticleFile(file: string): boolean {
  return articleExtensions.includes(path.extname(file).toLowerCase());
}

/** An article file (any encoding) as cleaned text with its metadata; `bytes` are kept for the content hash. */
export function readArticle(file: string): { article: ArticleText; bytes: Uint8Array } {
  const bytes = readFileSync(file);
  const { text } = decodeText(bytes);
  const extension = path.extname(file).toLowerCase();
  if (extension === ".html" || extension === ".htm") {
    const { text: body, hints } = htmlToText(text);
    return { article: cleanArticle(body, hints), bytes };
  }
  if (extension === ".md" || extension === ".markdown") {
    const { text: body, hints } = markdownToText(text);
    return { article: cleanArticle(body, hints), bytes };
  }
  return { article: cleanArticle(text), bytes };
}
