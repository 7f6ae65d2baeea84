/**
 * Dates in Chinese text: 2025年3月20日, 2025-05-06 (also / and .), 20250506日, 二〇二五年三月二十日, and a
 * month and day alone (3月20日), whose year comes from the dateline: the same year, or the year
 * before when the day would fall after the article was published.
 */

export interface DateMention {
  /** YYYY-MM-DD */
  date: string;
  index: number;
  length: number;
  /** False for a month-day date whose year was supplied. */
  full: boolean;
}

const numerals: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 二十三 → 23, 十二 → 12, 二〇二五 → 2025 (digit by digit), 15 → 15. */
export function chineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (/^[０-９]+$/.test(text)) return Number(text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  if (!text.includes("十")) {
    let value = 0;
    for (const ch of text) {
      const digit = numerals[ch];
      if (digit === undefined) return undefined;
      value = value * 10 + digit;
    }
    return text === "" ? undefined : value;
  }
  const [tens, units] = text.split("十") as [string, string];
  const t = tens === "" ? 1 : numerals[tens];
  const u = units === "" ? 0 : numerals[units];
  if (t === undefined || u === undefined) return undefined;
  return t * 10 + u;
}

const pad = (n: number) => String(n).padStart(2, "0");
const valid = (y: number, m: number, d: number) => y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;

const num = "[0-9０-９〇零一二三四五六七八九十两]";
const fullPattern = new RegExp(`(${num}{4})\\s*年\\s*(${num}{1,2})\\s*月\\s*(${num}{1,3})\\s*[日号]`, "g");
const isoPattern = /(?<![\d])(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?![\d])/g;
/** 20131127日: eight digits run together before 日, as pages typed in a hurry have it. */
const compactPattern = /(?<![\d])(\d{4})(\d{2})(\d{2})(?=日)/g;
const monthDayPattern = new RegExp(`(?<![0-9０-９〇零一二三四五六七八九十年])(${num}{1,2})\\s*月\\s*(${num}{1,3})\\s*[日号]`, "g");

/**
 * The dates in `text`, in order. `dateline` (YYYY-MM-DD, the article's publication date) gives
 * month-day dates their year; without it `fallbackYear` does; without both they are skipped.
 */
export function findDates(text: string, dateline?: string, fallbackYear?: number): DateMention[] {
  const found: DateMention[] = [];
  const taken: [number, number][] = [];
  const overlaps = (index: number, length: number) => taken.some(([s, e]) => index < e && index + length > s);
  for (const pattern of [fullPattern, isoPattern, compactPattern]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const [y, mo, d] = [chineseNumber(m[1]!), chineseNumber(m[2]!), chineseNumber(m[3]!)];
      if (y === undefined || mo === undefined || d === undefined || !valid(y, mo, d) || overlaps(m.index, m[0].length)) continue;
      found.push({ date: `${y}-${pad(mo)}-${pad(d)}`, index: m.index, length: m[0].length, full: true });
      taken.push([m.index, m.index + m[0].length]);
    }
  }
  monthDayPattern.lastIndex = 0;
  for (let m = monthDayPattern.exec(text); m; m = monthDayPattern.exec(text)) {
    if (overlaps(m.index, m[0].length)) continue;
    const [mo, d] = [chineseNumber(m[1]!), chineseNumber(m[2]!)];
    if (mo === undefined || d === undefined) continue;
    const year = yearFor(mo, d, dateline, fallbackYear);
    if (year === undefined || !valid(year, mo, d)) continue;
    found.push({ date: `${year}-${pad(mo)}-${pad(d)}`, index: m.index, length: m[0].length, full: false });
  }
  return found.sort((a, b) => a.index - b.index);
}

function yearFor(month: number, day: number, dateline?: string, fallbackYear?: number): number | undefined {
  const parts = dateline?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (parts) {
    const year = Number(parts[1]);
    const later = month > Number(parts[2]) || (month === Number(parts[2]) && day > Number(parts[3]));
    return later ? year - 1 : year;
  }
  return fallbackYear;
}

/** Words that say an event happened lately without saying when: the date of the event is unknown. */
export const vagueTime = /(近日|日前|近期|前不久|近来|日间|前些天|近段时间)/;
