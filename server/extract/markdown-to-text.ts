import type { ArticleText } from "./types.ts";

/** Plain text of a Markdown article, and what its front matter (title, url, date, publisher) says. */
export function markdownToText(markdown: string): { text: string; hints: Partial<Omit<ArticleText, "text" | "language">> } {
  const hints: Partial<Omit<ArticleText, "text" | "language">> = {};
  let body = markdown.replace(/\r\n?/g, "\n");
  const front = /^---\n([\s\S]*?)\n---\n/.exec(body);
  if (front) {
    body = body.slice(front[0].length);
    for (const line of front[1]!.split("\n")) {
      const match = /^(\w+)\s*:\s*["']?(.*?)["']?\s*$/.exec(line);
      if (!match) continue;
      const [, key, value] = match;
      if (key === "title") hints.title = value;
      if (key === "url" || key === "source_url") hints.url = value;
      if (key === "publisher" || key === "site") hints.publisher = value;
      if ((key === "date" || key === "published") && /^\d{4}-\d{2}-\d{2}/.test(value!)) hints.publishedOn = value!.slice(0, 10);
    }
  }
  const text = body
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^*\w])[*_]([^*_\n]+)[*_](?=[^*\w]|$)/g, "$1$2")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/^\s*>\s?/gm, "")
    .replace(/^\s*[-*+]\s+/gm, "");
  return { text, hints };
}
