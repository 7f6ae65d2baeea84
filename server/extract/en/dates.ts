/**
 * Dates as English releases write them: "March 20, 2025", "20 March 2025", "2025-05-06",
 * "Nov. 8", "on the afternoon of March 19". A date without a year takes it from the article's
 * publication date (or, failing that, from another full date in the text); a month and day later
 * than the publication date belong to the year before.
 */

const months: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const month = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const day = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;

export interface DateMention {
  /** YYYY-MM-DD when the year is known (written, or inferred). */
  date?: string;
  /** Month and day as written, when the text gives no year. */
  month: number;
  day: number;
  year?: number;
  index: number;
  /** The year was written. */
  full: boolean;
}

const patterns: { re: RegExp; parts: (m: RegExpExecArray) => [year: string | undefined, month: string, day: string] }[] = [
  { re: new RegExp(String.raw`\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)`, "g"), parts: (m) => [m[1], m[2]!, m[3]!] },
  { re: new RegExp(String.raw`(\d{4})年(\d{1,2})月(\d{1,2})日`, "g"), parts: (m) => [m[1], m[2]!, m[3]!] },
  { re: new RegExp(String.raw`\b${month}\s+${day},?\s+(\d{4})\b`, "g"), parts: (m) => [m[3], m[1]!, m[2]!] },
  { re: new RegExp(String.raw`\b${day}\s+${month},?\s+(\d{4})\b`, "g"), parts: (m) => [m[3], m[2]!, m[1]!] },
  { re: new RegExp(String.raw`\b${month}\s+${day}\b(?!\s*[,:]?\s*\d{4})(?!\d)`, "g"), parts: (m) => [undefined, m[1]!, m[2]!] },
  { re: new RegExp(String.raw`\b${day}\s+${month}(?!\s*,?\s*\d{4})(?![\p{L}])`, "gu"), parts: (m) => [undefined, m[2]!, m[1]!] },
];

const pad = (n: number) => String(n).padStart(2, "0");

function validDate(year: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31 || year < 1900 || year > 2100) return false;
  const date = new Date(Date.UTC(year, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Every date written in a sentence, in order; those without a year get one from `context`. */
export function findDates(text: string, context: DateContext = {}): DateMention[] {
  const found: DateMention[] = [];
  const taken: [number, number][] = [];
  for (const { re, parts } of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const [yearText, monthText, dayText] = parts(m);
      const mo = /^\d+$/.test(monthText) ? Number(monthText) : months[monthText.toLowerCase().replace(/\.$/, "")];
      const d = Number(dayText);
      if (!mo) continue;
      // "May" is also a verb: only a capital May followed by a day is a month.
      if (/^may$/i.test(monthText) && monthText !== "May") continue;
      if (yearText) {
        const y = Number(yearText);
        if (!validDate(y, mo, d)) continue;
        found.push({ date: `${y}-${pad(mo)}-${pad(d)}`, month: mo, day: d, year: y, index: start, full: true });
      } else {
        if (!validDate(2000, mo, d)) continue;
        // "On March 25, … the opening ceremony … in 2021": with no publication date, the year the sentence names.
        const own = context.publishedOn || context.filedBy ? undefined : /\bin\s+((?:19|20)\d{2})\b/.exec(text)?.[1];
        const y = own ? Number(own) : yearFor(mo, d, context);
        found.push({ ...(y ? { date: `${y}-${pad(mo)}-${pad(d)}`, year: y } : {}), month: mo, day: d, index: start, full: false });
      }
      taken.push([start, end]);
    }
  }
  if (context.publishedOn) {
    for (const m of text.matchAll(weekday)) {
      if (taken.some(([s, e]) => m.index < e && m.index + m[0].length > s)) continue;
      const date = lastWeekday(weekdays.indexOf(m[1]!.toLowerCase()), context.publishedOn);
      if (date) found.push({ date, month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)), year: Number(date.slice(0, 4)), index: m.index, full: false });
    }
    // "X yesterday signed …", "announced today": days counted from publication.
    for (const m of text.matchAll(relativeDay)) {
      if (taken.some(([s, e]) => m.index < e && m.index + m[0].length > s)) continue;
      const date = daysBefore(m[1]!.toLowerCase() === "yesterday" ? 1 : 0, context.publishedOn);
      if (date) found.push({ date, month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)), year: Number(date.slice(0, 4)), index: m.index, full: false });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
// Newswire style: "was founded in Guiyang on Monday" — the last such day up to publication.
const weekday = /\bon\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;

// Lower case only: "Today" opening a headline or a paper's name ("China Daily Today") is no day.
const relativeDay = /\b(yesterday|today)\b/g;

function publicationDay(publishedOn: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedOn);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
}

function daysBefore(days: number, publishedOn: string): string | undefined {
  const published = publicationDay(publishedOn);
  return published ? new Date(published.getTime() - days * 86_400_000).toISOString().slice(0, 10) : undefined;
}

function lastWeekday(day: number, publishedOn: string): string | undefined {
  const published = publicationDay(publishedOn);
  return published ? daysBefore((published.getUTCDay() - day + 7) % 7, publishedOn) : undefined;
}

/**
 * What dates a month and day: the publication day (which also dates "on Monday", "yesterday" and "today"), else the last
 * day the page's address says it was out by (url-date.ts), else a year the text writes in full.
 */
export interface DateContext {
  publishedOn?: string;
  filedBy?: string;
  fallbackYear?: number;
}

/** The year of a month and day: the publication year, or the year before when that would put the event after publication. */
export function yearFor(mo: number, d: number, context: DateContext): number | undefined {
  const bound = context.publishedOn ?? context.filedBy;
  const published = bound ? /^(\d{4})-(\d{2})-(\d{2})/.exec(bound) : null;
  if (published) {
    const py = Number(published[1]);
    const pm = Number(published[2]);
    const pd = Number(published[3]);
    // A week of slack: a release may be dated a little before the event it announces.
    const ahead = Date.UTC(py, mo - 1, d) - Date.UTC(py, pm - 1, pd);
    return ahead > 7 * 86_400_000 ? py - 1 : py;
  }
  return context.fallbackYear;
}

/**
 * The publication date a release's header or dateline gives: "time:2025-05-06", "Date:
 * 2025-06-18", "Updated: 2024-11-10", "2025-05-07 10:21", or the stacked form of some sites
 * ("21 / 2025 / - / 03" on four lines: day, year, month).
 */
export function datelineDate(text: string): string | undefined {
  const head = text.split(/\r?\n/).filter((line) => line.trim() !== "").slice(0, 8);
  for (let i = 0; i + 3 < head.length; i++) {
    const [d, y, dash, mo] = head.slice(i, i + 4).map((line) => line.trim());
    if (/^\d{1,2}$/.test(d!) && /^\d{4}$/.test(y!) && /^[-/.]$/.test(dash!) && /^\d{1,2}$/.test(mo!) && validDate(Number(y), Number(mo), Number(d))) {
      return `${y}-${pad(Number(mo))}-${pad(Number(d))}`;
    }
  }
  for (const line of head) {
    if (line.length > 200) continue;
    const full = findDates(line).find((m) => m.full);
    if (full?.date) return full.date;
    // "23/09/2022 05:53 PM" on a line of its own: day and month told apart only when one is over 12.
    const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?$/i.exec(line.trim());
    if (slashed) {
      const [a, b, y] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
      const [d, mo] = a > 12 && b <= 12 ? [a, b] : b > 12 && a <= 12 ? [b, a] : [0, 0];
      if (d > 0 && validDate(y, mo, d)) return `${y}-${pad(mo)}-${pad(d)}`;
    }
  }
  return undefined;
}

/** Any year written in a full date of the text: the year of last resort for a month and day. */
export function anyFullYear(text: string): number | undefined {
  return findDates(text).find((m) => m.full)?.year;
}
