import { readFileSync } from "node:fs";
import path from "node:path";
import { decodeText } from "../text/index.ts";
import { cleanArticle } from "./clean-article.ts";
import { HtmlTooDeepError, htmlToText, maxHtmlDepth } from "./html-to-text.ts";
import { markdownToText } from "./markdown-to-text.ts";
import type { ArticleText } from "./types.ts";

export const articleExtensions = [".txt", ".md", ".markdown", ".html", ".htm"];

export function isArticleFile(file: string): boolean {
  return articleExtensions.includes(path.extname(file).toLowerCase());
}

/**
 * The extractor takes seconds per 100 KB of dense text, so a file far beyond any press release
 * (a 5 MB dump named .txt) would stall an ingest for many minutes instead of failing. A long
 * release is 20,000 characters; a saved page with its scripts and styles a few hundred KB.
 */
export const maxArticleBytes = 4_000_000;
export const maxArticleChars = 200_000;

/**
 * An article too large or too deep to be a press release; its message is "file:line: …" like a
 * record problem. `reason` and `values` say the same for messages in other languages (server/ingest/messages).
 */
export class UnreadableArticleError extends Error {
  constructor(
    message: string,
    readonly at: { file: string; line: number },
    readonly why: { reason: "tooManyBytes"; values: { size: number; limit: number } } | { reason: "tooManyChars"; values: { length: number; limit: number } } | { reason: "tooDeep"; values: { depth: number } },
  ) {
    super(message);
  }
}

/** An article file (any encoding) as cleaned text with its metadata; `bytes` are kept for the content hash. */
export function readArticle(file: string, shown = file): { article: ArticleText; bytes: Uint8Array } {
  return articleFromBytes(shown, readFileSync(file), path.extname(file));
}

/** An article already in memory (an upload, or a file read by the caller); `shown` names it in messages, `extension` says its format. */
export function articleFromBytes(shown: string, bytes: Uint8Array, extension = path.extname(shown)): { article: ArticleText; bytes: Uint8Array } {
  if (bytes.length > maxArticleBytes) {
    throw new UnreadableArticleError(
      `${shown}:1: is ${bytes.length.toLocaleString("en")} bytes; an article file is at most ${maxArticleBytes.toLocaleString("en")} (is it a press release?)`,
      { file: shown, line: 1 },
      { reason: "tooManyBytes", values: { size: bytes.length, limit: maxArticleBytes } },
    );
  }
  const { text } = decodeText(bytes);
  extension = extension.toLowerCase();
  let article: ArticleText;
  if (extension === ".html" || extension === ".htm") {
    let read: ReturnType<typeof htmlToText>;
    try {
      read = htmlToText(text);
    } catch (error) {
      if (!(error instanceof HtmlTooDeepError)) throw error;
      const line = text.slice(0, error.offset).split("\n").length;
      throw new UnreadableArticleError(`${shown}:${line}: ${error.message}`, { file: shown, line }, { reason: "tooDeep", values: { depth: maxHtmlDepth } });
    }
    article = cleanArticle(read.text, read.hints);
  } else if (extension === ".md" || extension === ".markdown") {
    const { text: body, hints } = markdownToText(text);
    article = cleanArticle(body, hints);
  } else article = cleanArticle(text);
  if (article.text.length > maxArticleChars) {
    throw new UnreadableArticleError(
      `${shown}:1: has ${article.text.length.toLocaleString("en")} characters of text; an article is at most ${maxArticleChars.toLocaleString("en")} (is it a press release?)`,
      { file: shown, line: 1 },
      { reason: "tooManyChars", values: { length: article.text.length, limit: maxArticleChars } },
    );
  }
  return { article, bytes };
}
