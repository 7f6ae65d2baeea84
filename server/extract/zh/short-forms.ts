import { isNameCharacter, isNameStartBoundary, startsBoundaryWord } from "./name-boundary.ts";
import { leadingRegionRun, regionNameAt, regionOfRun } from "./region-names.ts";
import { orgSuffixes } from "./org-suffixes.ts";
import { isDisciplineStem } from "./subunits.ts";

/**
 * Short forms of full names: 哈石油 for 哈尔滨石油学院, 恒泰集团 for 鄂尔多斯恒泰煤化集团有限公司,
 * 天山农大 for 新疆天山农业大学, 宝鸡市人社局 for 宝鸡市人力资源和社会保障局. People shorten a
 * name by keeping some of its characters in order, starting from the name's beginning, a place
 * in it, or the first character after its places; so a short form is a subsequence of the full
 * name starting at one of those points, with something left of the name's own words.
 */

/** Offsets in the full name a short form may start at: 0, each place name in its leading run, the first character after the run. */
function startPoints(full: string): number[] {
  const { prefix, parts } = leadingRegionRun(full);
  const points = [0];
  let offset = 0;
  for (const part of parts) {
    offset += part.name.length;
    points.push(offset);
  }
  if (prefix.length > 0 && !points.includes(prefix.length)) points.push(prefix.length);
  return [...new Set(points)].filter((p) => p < full.length);
}

/** True when `short` read in order is found in `full` from `from` on. */
function isSubsequenceFrom(short: string, full: string, from: number): boolean {
  let at = from;
  for (const ch of short) {
    at = full.indexOf(ch, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}

/** The name's own words: without its places and its type suffix. */
function distinctivePart(name: string): string {
  const { prefix } = leadingRegionRun(name);
  let core = name.slice(prefix.length);
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of orgSuffixes) {
      if (core.endsWith(suffix.text) && core.length > suffix.text.length) {
        core = core.slice(0, -suffix.text.length);
        changed = true;
        break;
      }
      if (core === suffix.text) {
        core = "";
        changed = true;
        break;
      }
    }
  }
  return core;
}

/** True when `short` is a short form of `full` (and not a different organisation's full name). */
export function isShortFormOf(short: string, full: string): boolean {
  if (short.length >= full.length || short === full) return false;
  const fullPlaces = leadingRegionRun(full).prefix;
  // 县政府 for 县人民政府 is the same body.
  if (full.endsWith("人民政府") && short.endsWith("政府") && !short.endsWith("人民政府")) {
    return isShortFormOf(short.slice(0, -2) + "人民政府", full) || short.slice(0, -2) === fullPlaces;
  }
  // A place is not a short form of the body named after it: 兰州新区 is not 兰州新区管理委员会.
  if (regionNameAt(short, 0)?.name === short || regionOfRun(short)) return false;
  // A government body's short form keeps its last word: 宝鸡市人社局, 省科技厅.
  if (/[厅局委会府部]$/.test(full) && short.at(-1) !== full.at(-1)) return false;
  const shortPlaces = leadingRegionRun(short).prefix;
  if (shortPlaces !== "" && !fullPlaces.includes(shortPlaces) && !fullPlaces.startsWith(shortPlaces.slice(0, 2))) return false;
  // 长安大学 is not 长安理工大学: a short form keeps some of the name's own words.
  if (shortPlaces === short || distinctivePart(short.slice(shortPlaces.length)) === "") return false;
  return startPoints(full).some((point) => full[point] === short[0] && isSubsequenceFrom(short.slice(1), full, point + 1) && coversOwnWords(short, full, point));
}

/** The short form must reach past the full name's places: 宝鸡 alone is a city, not 宝鸡恒力. */
function coversOwnWords(short: string, full: string, point: number): boolean {
  const placesEnd = leadingRegionRun(full).prefix.length;
  let at = point;
  let last = point;
  for (const ch of short) {
    at = full.indexOf(ch, at);
    last = at;
    at++;
  }
  return last >= placesEnd;
}

/** True when the name characters after `end` end in an organisation suffix within a few characters. */
function runsIntoName(text: string, end: number, to: number): boolean {
  for (let at = end + 1; at <= Math.min(to, end + 6) && isNameCharacter(text[at - 1]); at++) {
    if (orgSuffixes.some((suffix) => suffix.strength !== "weak" && text.slice(at - suffix.text.length, at) === suffix.text && at - suffix.text.length >= end)) return true;
  }
  return false;
}

export interface ShortFormMatch {
  text: string;
  start: number;
  end: number;
  full: string;
}

/**
 * Short forms of the given full names standing in text[from, to) outside the spans already taken
 * by names: read greedily from a name boundary, as far as the characters follow the full name.
 */
export function findShortForms(text: string, from: number, to: number, fullNames: string[], taken: [number, number][]): ShortFormMatch[] {
  const found: ShortFormMatch[] = [];
  const isTaken = (position: number) => taken.some(([s, e]) => position >= s && position < e);
  for (let start = from; start < to; start++) {
    if (!isNameCharacter(text[start]) || isTaken(start) || !isNameStartBoundary(text, start, from)) continue;
    let best: ShortFormMatch | undefined;
    let tie = false;
    for (const full of fullNames) {
      for (const point of startPoints(full)) {
        if (full[point] !== text[start]) continue;
        let at = point + 1;
        let end = start + 1;
        while (end < to && !isTaken(end)) {
          const next = full.indexOf(text[end]!, at);
          if (next === -1) break;
          at = next + 1;
          end++;
        }
        // Greedy reading may run into the next word (西电学 of 西电学生): prefer the longest reading
        // that ends where a word can end; else the greedy one, if it has three characters or more.
        let candidate = "";
        for (let stop = end; stop >= start + 2; stop--) {
          const reading = text.slice(start, stop);
          if (!isShortFormOf(reading, full) || isDisciplineStem(reading)) continue;
          const atBoundary = !isNameCharacter(text[stop]) || startsBoundaryWord(text, stop);
          if (atBoundary || (stop === end && reading.length >= 3)) {
            if (atBoundary || !candidate) candidate = reading;
            if (atBoundary) break;
          }
        }
        if (candidate === "") continue;
        const candidateEnd = start + candidate.length;
        // 科学技术 of 科学技术研究院 is the start of another name; 洪雅茶 of 洪雅茶产业研究院 runs on into one.
        if (orgSuffixes.some((suffix) => text.startsWith(suffix.text, candidateEnd)) || runsIntoName(text, candidateEnd, to)) continue;
        if (!best || candidate.length > best.text.length) {
          best = { text: candidate, start, end: candidateEnd, full };
          tie = false;
        } else if (candidate.length === best.text.length && best.full !== full) tie = true;
      }
    }
    if (best && !tie) {
      found.push(best);
      start = best.end - 1;
    }
  }
  return found;
}
