import { Parser } from "htmlparser2";
import type { ArticleText } from "./types.ts";

/** Elements whose text is never the article: scripts, styles, and the page's own furniture. */
const skipped = new Set(["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "select", "iframe", "svg"]);
/** Elements that end a line of text. */
const blocks = new Set(["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote", "pre", "table", "ul", "ol", "dd", "dt", "figcaption"]);

/**
 * htmlparser2 keeps open elements with Array.unshift, so time grows with the square of the nesting
 * (100,000 unclosed <div>s: 15 s). Real pages nest a few dozen deep; far beyond is no article.
 */
export const maxHtmlDepth = 5_000;

export class HtmlTooDeepError extends Error {
  constructor(readonly offset: number) {
    super(`elements nested more than ${maxHtmlDepth.toLocaleString("en")} deep (is it a press release page?)`);
  }
}

/**
 * The readable text of an HTML page, one block per line, and what its head says: <title>,
 * canonical URL, publication time and site name (Open Graph and article meta tags).
 */
export function htmlToText(html: string): { text: string; hints: Partial<Omit<ArticleText, "text" | "language">> } {
  const hints: Partial<Omit<ArticleText, "text" | "language">> = {};
  let text = "";
  let skipDepth = 0;
  let inTitle = false;
  let title = "";
  let depth = 0;
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        if (++depth > maxHtmlDepth) throw new HtmlTooDeepError(parser.startIndex);
        if (skipped.has(name)) skipDepth++;
        if (name === "title") inTitle = true;
        if (blocks.has(name)) text += "\n";
        if (name === "meta") {
          const key = (attributes.property ?? attributes.name ?? "").toLowerCase();
          const content = attributes.content?.trim();
          if (!content) return;
          if (key === "og:url") hints.url ??= content;
          if (key === "og:title") hints.title ??= content;
          if (key === "og:site_name" || key === "publisher") hints.publisher ??= content;
          if (key === "article:published_time" || key === "pubdate" || key === "publishdate" || key === "date") {
            const date = /^(\d{4}-\d{2}-\d{2})/.exec(content);
            if (date) hints.publishedOn ??= date[1];
          }
        }
        if (name === "link" && attributes.rel === "canonical" && attributes.href) hints.url ??= attributes.href;
      },
      ontext(data) {
        if (inTitle) title += data;
        else if (skipDepth === 0) text += data;
      },
      onclosetag(name) {
        depth--;
        if (skipped.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (name === "title") inTitle = false;
        if (blocks.has(name)) text += "\n";
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  if (!hints.title && title.trim()) hints.title = title.trim().replace(/\s*[-_|｜]\s*[^-_|｜]+$/, "");
  const lines = text.split("\n").map((line) => line.replace(/[ \t]+/g, " ").trim());
  return { text: lines.filter((line, i) => line !== "" || (i > 0 && lines[i - 1] !== "")).join("\n"), hints };
}
