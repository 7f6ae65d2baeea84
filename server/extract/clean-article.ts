import { parseDate } from "../text/index.ts";
import type { ArticleText, Language, OrganizationRole } from "./types.ts";

/**
 * Turns the text of a press release as saved from a web page into the article alone, and reads
 * what its header and footer say about it. Lines of site furniture are dropped whole, so the
 * offsets of the remaining text are those of the cleaned text the extractor quotes.
 */

/** Lines that are site furniture wherever they stand: navigation, counters, share bars, tags. */
const furniture: RegExp[] = [
  /^\s*(location|you are here|current location)\s*[:：]/i,
  /^\s*(当前位置|您的位置|您现在的位置|所在位置)\s*[:：]/,
  /(>>|»|＞|>)\s*(首页|home)/i,
  /^\s*(首页|home)\s*(>>|»|＞|>)/i,
  /^\s*(tag|tags|关键词|关键字|标签)\s*[:：]/i,
  /^\s*(分享到|分享至|share( this| to)?)\s*[:：]?/i,
  /^\s*(上一篇|下一篇|previous|next)\s*[:：]/i,
  /^\s*(打印|关闭|返回顶部|【?\s*打印本页|print|close window)\s*】?\s*$/i,
  /^\s*(view|views|点击|浏览|阅读|浏览次数|点击数)\s*[:：]?\s*\d+\s*(次)?\s*$/i,
  /^\s*(责任编辑|编辑|审核|审稿|校对|初审|复审|终审|editor)\s*[:：]/i,
];

/** A footer starts at the first of these lines in the last part of the text; the rest is dropped. */
const footerStart: RegExp[] = [
  /copyright|all rights reserved|©/i,
  /版权所有|版权声明|备案号|ICP\s*备|公网安备/,
  /all articles,?\s*data and pictures on this website/i,
  /^\s*registration number/i,
  /without written authorization/i,
  /browsers with \d+\s*[*x×]\s*\d+/i,
];

/** Header lines that state the article's metadata. */
const headerFields: { field: "url" | "publisher" | "publishedOn" | "title" | "writer"; pattern: RegExp }[] = [
  { field: "url", pattern: /^\s*(url|link|原文链接|原文地址|链接)\s*[:：]\s*(https?:\/\/\S+)/i },
  { field: "title", pattern: /^\s*(title|标题)\s*[:：]\s*(.+)$/i },
  { field: "publishedOn", pattern: /(?:^|\s)(time|date|published|发布时间|发布日期|发表时间|时间|日期)\s*[:：]\s*([0-9０-９]{4}\s*[-/.年]\s*[0-9０-９]{1,2}\s*[-/.月]\s*[0-9０-９]{1,2}\s*日?)/i },
  { field: "writer", pattern: /^\s*(来源|source|供稿单位|供稿|作者单位)\s*[:：]\s*([^\s|｜]+(?:\s+[^\s|｜:：]+)*?)\s*(?:$|\s{2,}|[|｜]|(?:发布时间|作者|时间|点击|浏览|编辑)[:：])/i },
];

function isFurniture(line: string): boolean {
  return furniture.some((pattern) => pattern.test(line));
}

/** "21 / 2025 / - / 03" on four lines: a dateline some university sites print above the title. */
function stackedDateline(lines: string[], i: number): string | undefined {
  const [day, year, dash, month] = lines.slice(i, i + 4).map((l) => l.trim());
  if (day && year && dash && month && /^\d{1,2}$/.test(day) && /^\d{4}$/.test(year) && /^[-/.]$/.test(dash) && /^\d{1,2}$/.test(month)) {
    return parseDate(`${year}-${month}-${day}`);
  }
  return undefined;
}

export function detectLanguage(text: string): Language {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return han > latin / 4 ? "zh" : "en";
}

function roleOfName(name: string): OrganizationRole | undefined {
  if (/(大学|学院|学校|研究院|研究所|university|college|institute|polytechnic|school|academy)$/i.test(name)) return "institution";
  if (/(公司|集团|厂|co\.?,?\s*ltd\.?|company|group|corporation|inc\.?)$/i.test(name)) return "enterprise";
  if (/(政府|厅|局|委员会|管委会|government|department|bureau|commission)$/i.test(name)) return "government";
  return undefined;
}

/** The publisher a copyright footer names ("… belongs to China Daily Information Co (CDIC)", "版权所有：某某"). */
function publisherInFooter(lines: string[]): string | undefined {
  for (const line of lines) {
    const english =
      /belongs to ([A-Z][^.;]*?)(?:\.|;|$)/.exec(line) ??
      /[Cc]opyright\b\s*(?:©|\([Cc]\))?\s*(?:\d{4}\s*[-–]?\s*(?:\d{4})?\s*)?([A-Z][A-Za-z&,' ]+?)(?:\.|\s+[Aa]ll rights|$)/.exec(line);
    if (english?.[1] && english[1].trim().length > 2) return english[1].trim();
    const chinese = /版权所有\s*[:：©]?\s*([\p{Script=Han}（）()]{2,40})/u.exec(line);
    if (chinese?.[1]) return chinese[1];
  }
  return undefined;
}

/**
 * Cleans a text article and reads its metadata. `hints` carries what the file itself said
 * (an HTML <title>, a Markdown front matter); the text's own header lines fill in the rest.
 */
export function cleanArticle(raw: string, hints: Partial<Omit<ArticleText, "text" | "language">> = {}): ArticleText {
  const lines = raw.replace(/\r\n?/g, "\n").replace(/\u00a0/g, " ").split("\n");
  const meta: Partial<Omit<ArticleText, "text" | "language">> = { ...hints };
  const kept: string[] = [];
  // The footer is looked for in the last 40% of the lines, so a body sentence quoting a copyright stays.
  const footerFrom = lines.findIndex((line, i) => i >= Math.floor(lines.length * 0.6) && footerStart.some((p) => p.test(line)));
  const footer = footerFrom >= 0 ? lines.slice(footerFrom) : [];
  const body = footerFrom >= 0 ? lines.slice(0, footerFrom) : lines;
  meta.publisher ??= publisherInFooter(footer);

  for (let i = 0; i < body.length; i++) {
    const line = body[i]!;
    const dateline = stackedDateline(body, i);
    if (dateline) {
      meta.publishedOn ??= dateline;
      i += 3;
      continue;
    }
    let rest = line;
    let header = false;
    for (const { field, pattern } of headerFields) {
      const match = pattern.exec(line);
      if (!match) continue;
      const value = match[2]!.trim();
      if (field === "publishedOn") meta.publishedOn ??= parseDate(value);
      else if (field === "writer") {
        const role = roleOfName(value);
        if (role) meta.writer ??= { name: value, role };
        else meta.publisher ??= value;
      } else meta[field] ??= value;
      rest = rest.replace(pattern, " ");
      header = true;
    }
    // A line that is nothing but header fields goes; one that also carries text stays.
    if (header) header = rest.replace(/(view|views|点击|浏览|阅读|作者|编辑)\s*[:：]?\s*\S*/gi, "").trim().length < 4;
    if (header || isFurniture(line)) continue;
    kept.push(line);
  }

  while (kept.length > 0 && kept[0]!.trim() === "") kept.shift();
  while (kept.length > 0 && kept[kept.length - 1]!.trim() === "") kept.pop();
  const text = kept.join("\n");
  // A short first line without a full stop is the headline.
  const first = kept[0]?.trim();
  if (!meta.title && first && first.length <= 120 && !/[.。!！?？]$/.test(first) && kept.length > 1) meta.title = first;
  return { ...meta, text, language: detectLanguage(text) };
}
