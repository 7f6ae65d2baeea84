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

/** The path of an address (with its query when asked), or undefined for none or one that is not an address. */
function addressPath(url: string | undefined, withQuery: boolean): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return withQuery ? parsed.pathname + parsed.search : parsed.pathname;
  } catch {
    return undefined;
  }
}

export function dateFromUrl(url: string | undefined): string | undefined {
  const path = addressPath(url, true);
  if (path === undefined) return undefined;
  for (const pattern of patterns) {
    const m = pattern.exec(path);
    if (!m) continue;
    const date = parseDate(`${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`);
    if (date) return date;
  }
  return undefined;
}

/** Month folders: /201911/, /2019-11/, /2019_11/, /2019/11/ followed by a page that is not a day. */
const monthPatterns: RegExp[] = [/\/(20\d\d)(\d\d)\//, /\/(20\d\d)[-_](\d\d)\//, /\/(20\d\d)\/(\d{1,2})\/(?!\d{1,2}\/)/];

/**
 * The last day of the month a page's address files it under (/201911/ → 2019-11-30), for pages
 * that give no publication day anywhere: the page was out by then, which settles the year of a
 * month and day in its text ("September 1" → 2019-09-01) as the annotation rules do. Never a day
 * to date an event by.
 */
export function filedByFromUrl(url: string | undefined): string | undefined {
  const path = addressPath(url, false);
  if (path === undefined) return undefined;
  for (const pattern of monthPatterns) {
    const m = pattern.exec(path);
    if (!m) continue;
    const [year, month] = [Number(m[1]), Number(m[2])];
    if (month < 1 || month > 12) continue;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${year}-${String(month).padStart(2, "0")}-${String(last).padStart(2, "0")}`;
  }
  return undefined;
}
