import { isCommonWordName, regionNameAt, regionOfRun } from "./region-names.ts";

/**
 * Provinces and prefecture cities named in text[from, to), as written, with their codes; county
 * names count when written in full (营山县). Short names that are everyday words (来宾, 阿里)
 * are skipped.
 */
export function findPlaces(text: string, from: number, to: number): { name: string; code: string; index: number }[] {
  const found: { name: string; code: string; index: number }[] = [];
  for (let at = from; at < to; ) {
    const match = regionNameAt(text, at);
    if (!match || at + match.name.length > to) {
      at++;
      continue;
    }
    const full = match.regions.some((r) => r.nameZh === match.name);
    const region = regionOfRun(match.name);
    const wanted = region && (region.level !== "county" || (full && match.name.length >= 3));
    if (region && wanted && !(isCommonWordName(match.name) && !full)) found.push({ name: match.name, code: region.code, index: at });
    at += match.name.length;
  }
  return found;
}
