import { parseDate } from "../text/index.ts";

/**
 * The publication day a page's address states, for articles whose text gives none: news sites
 * file pages by day (/2024/1025/, /2018-06/22/, /202411/t20241108_, /20230621/, /2019/8/29/).
 * Only a whole day counts; a bare year or month says too little to date "10月25日" by.
 */
const patterns: RegExp[] = [
  /\/(20\d\d)\/(\d\d)(\d\d)\//,
  /\/(20\d\d)[-_/](\d{1,2})\/(\d{1,2})(?:[/_]|$)/,
  /\/(20\d\d)[-_](\d\d)[-_](\d\d)\//,
  /\/(20\d\d)(\d\d)\/t\1\2(\d\d)_/,
  /[/_t](20\d\d)(\d\d)(\d\d)(?=[/_.]|\d{6,}|$)/,
];

export function dateFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    const parsed = new URL(url);
    path = parsed.pathname + parsed.search;
  } catch {
    return undefined;
  }
  for (const pattern of patterns) {
    const m = pattern.exec(path);
    if (!m) continue;
    const date = parseDate(`${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`);
    if (date) return date;
  }
  return undefined;
}
