import type { ArticleText, OrganizationRole } from "../types.ts";
import { isSourceLine } from "./boilerplate.ts";
import { findOrgMentions } from "./org-mentions.ts";
import { findPlaces } from "./places.ts";
import type { TextLine } from "./text-lines.ts";
import { siteOwner } from "../site/index.ts";

/**
 * The writer's own organisation, for 我校/我公司 and bare 学校/公司: what ArticleText.writer says,
 * or the organisation ArticleText.publisher names, or else the one a source or copyright line
 * left in the text names (来源：渭城理工学院新闻网,
 * 版权所有：鄂尔多斯恒泰煤化集团有限公司), or else the school whose site the page's address is
 * (server/extract/site). Names on those lines never become parties themselves; they only say
 * whom the first person means.
 */
export function writerFromArticle(text: string, article: ArticleText, lines: TextLine[]): { name: string; role: OrganizationRole } | undefined {
  // The reader's writer or publisher, as far as it names an organisation: 渭城理工学院新闻网 names
  // 渭城理工学院; 机械工程学院 (a school of the university) or 宣传部 names none.
  for (const name of [article.writer?.name, article.publisher]) {
    if (!name) continue;
    const named = findOrgMentions(name, 0, name.length).find((m) => m.kind === "full");
    if (named) return { name: named.name, role: named.role };
  }
  const sourceLines = lines.filter((line) => line.boilerplate && isSourceLine(line.text));
  // 来源 lines first: they name the writer; a copyright line may name the site's owner.
  const ordered = [...sourceLines.filter((l) => /来源|供稿单位|发布单位/.test(l.text)), ...sourceLines.filter((l) => !/来源|供稿单位|发布单位/.test(l.text))];
  for (const line of ordered) {
    const marker = line.text.search(/来源|供稿单位|发布单位|主办单位|版权所有|Copyright|©/i);
    const mentions = findOrgMentions(text, line.start + Math.max(0, marker), line.end).filter((m) => m.kind === "full");
    if (mentions[0]) return { name: mentions[0].name, role: mentions[0].role };
  }
  // The whole text is read for names and places only when there is an address to match them against.
  if (!article.url) return undefined;
  const named = findOrgMentions(text, 0, text.length).filter((m) => m.kind === "full");
  const provinces = new Set(findPlaces(text, 0, text.length).map((place) => place.code.slice(0, 2)));
  const owner = siteOwner(article.url, text, named, provinces);
  return owner?.nameZh ? { name: owner.nameZh, role: owner.role } : undefined;
}
