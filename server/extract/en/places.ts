import { englishAliases, latinKey, latinWords, loadRegionTable, sharedRegionResolver, type RegionRecord, type RegionResolver } from "../../regions/index.ts";
import { genericNameWords, placeSuffixWords, sentenceOpeners } from "./org-lexicon.ts";
import { isPersonName } from "./person-names.ts";
import { isCapitalised, tokenize, type Token } from "./tokens.ts";

/** A province or city named in the text. */
export interface Place {
  /** As written ("Sichuan Province", "Xi'an", "Yingshan County"). */
  name: string;
  code: string;
  record: RegionRecord;
}

let nameKeys: Set<string> | undefined;
let upperKeys: Set<string> | undefined;

/** Latin keys of every region's English name and alias: a cheap test before asking the resolver. */
function regionNameKeys(): Set<string> {
  if (!nameKeys) {
    nameKeys = new Set();
    upperKeys = new Set();
    for (const region of loadRegionTable()) {
      for (const name of [region.name, ...englishAliases(region.code)]) {
        const key = latinKey(latinWords(name));
        nameKeys.add(key);
        if (region.level !== "county") upperKeys.add(key);
      }
    }
  }
  return nameKeys;
}

/**
 * Whether a text names a province or a city ("Shaanxi", "Sichuan Province", "Inner Mongolia"),
 * or any region with its suffix word ("Yingshan County"). A bare county name is not a place here:
 * many brand names are one ("Baiyun", "Tianhe").
 */
export function isPlaceName(text: string): boolean {
  const all = text.split(/\s+/);
  const words = all.filter((w) => !placeSuffixWords.has(w));
  if (words.length === 0) return false;
  const key = latinKey(latinWords(words.join(" ")));
  regionNameKeys();
  return words.length < all.length ? nameKeys!.has(key) : upperKeys!.has(key);
}

interface Phrase {
  text: string;
  base: string;
  suffix?: string;
}

/** Capitalised words and word pairs, with a suffix word when one follows ("Sichuan Province"). */
function phrases(text: string): Phrase[] {
  const tokens = tokenize(text);
  const words: { text: string; token: Token }[] = [];
  const found: Phrase[] = [];
  const keys = regionNameKeys();
  // People's names ("Luan Zhihua") are not places, whatever their syllables spell.
  const inPersonName = new Set<Token>();
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (isCapitalised(token) && isCapitalised(next) && isPersonName([token.text, next!.text])) {
      inPersonName.add(token);
      inPersonName.add(next!);
    }
  });
  for (const token of tokens) {
    if ((!isCapitalised(token) && !/^[A-Z]{3,}$/.test(token.text)) || inPersonName.has(token)) continue;
    // "Chengdu-Chongqing" names two places.
    for (const part of token.text.replace(/'s$/, "").split("-")) words.push({ text: part, token });
  }
  // tokens.indexOf per word made a long run of capitalised words quadratic (60,000 of them: 30 s).
  const indexOf = new Map(tokens.map((token, i) => [token, i]));
  for (let i = 0; i < words.length; i++) {
    for (const length of [2, 1]) {
      const group = words.slice(i, i + length);
      if (group.length < length) continue;
      // Two words must stand next to each other in the text ("Inner Mongolia").
      if (length === 2 && (group[0]!.token === group[1]!.token || indexOf.get(group[1]!.token) !== indexOf.get(group[0]!.token)! + 1)) continue;
      const base = group.map((w) => w.text).join(" ");
      if (length === 1 && (sentenceOpeners.has(base) || genericNameWords.has(base.toLowerCase()) || placeSuffixWords.has(base))) continue;
      if (!keys.has(latinKey(latinWords(base)))) continue;
      const lastToken = group[length - 1]!.token;
      const next = tokens[indexOf.get(lastToken)! + 1];
      const suffix = next && lastToken.text.split("-").length === 1 && placeSuffixWords.has(next.text) ? next.text : undefined;
      found.push({ text: suffix ? `${base} ${suffix}` : base, base, ...(suffix ? { suffix } : {}) });
      if (length === 2) i++;
      break;
    }
  }
  return found;
}

const acceptedLevel = (record: RegionRecord, phrase: Phrase) =>
  record.level === "province" || record.level === "prefecture" || (record.level === "county" && (phrase.suffix === "County" || phrase.suffix === "District"));

/**
 * Reads places in texts: provinces and prefecture-level cities, and counties named as such
 * ("Yingshan County"). A name several regions carry is settled by the provinces and cities the
 * text names elsewhere ("Yingshan County" with "Sichuan Province" is 营山县, not 英山县); a bare
 * name the text also writes with "County" means the county ("Ziyang" beside "Ziyang County").
 */
export class PlaceReader {
  private readonly resolver: RegionResolver;
  private readonly context = new Set<string>();
  private readonly countyNames = new Set<string>();

  constructor(texts: string[], resolver: RegionResolver = sharedRegionResolver()) {
    this.resolver = resolver;
    const all = texts.flatMap((text) => phrases(text));
    for (const phrase of all) {
      if (phrase.suffix === "County") this.countyNames.add(latinKey(latinWords(phrase.base)));
      const resolution = this.resolver.resolve(phrase.text);
      if ("code" in resolution) {
        const record = this.resolver.byCode(resolution.code);
        if (record && (record.level === "province" || record.level === "prefecture")) this.context.add(record.code);
      }
    }
  }

  /** The region a phrase names, if it is a place by the rules above. */
  private resolvePhrase(phrase: Phrase): RegionRecord | undefined {
    if (!phrase.suffix && this.countyNames.has(latinKey(latinWords(phrase.base)))) {
      return this.resolvePhrase({ ...phrase, text: `${phrase.base} County`, suffix: "County" });
    }
    const resolution = this.resolver.resolve(phrase.text);
    let candidates: RegionRecord[];
    if ("code" in resolution) {
      const record = this.resolver.byCode(resolution.code);
      candidates = record ? [record] : [];
    } else if (resolution.problem === "ambiguous") {
      candidates = resolution.candidates.filter((record) => this.inContext(record));
    } else return undefined;
    const accepted = candidates.filter((record) => acceptedLevel(record, phrase));
    return accepted.length === 1 ? accepted[0] : undefined;
  }

  private inContext(record: RegionRecord): boolean {
    for (let code = record.parentCode; code; code = this.resolver.byCode(code)?.parentCode) if (this.context.has(code)) return true;
    return false;
  }

  /** Places named in a text, in order, each once. */
  places(text: string): Place[] {
    const found: Place[] = [];
    for (const phrase of phrases(text)) {
      const record = this.resolvePhrase(phrase);
      if (record && !found.some((p) => p.code === record.code)) found.push({ name: phrase.text, code: record.code, record });
    }
    return found;
  }

  /** The province a region lies in (itself for a province), by its English name. */
  province(record: RegionRecord): RegionRecord {
    let current = record;
    while (current.parentCode) {
      const parent = this.resolver.byCode(current.parentCode);
      if (!parent) break;
      current = parent;
    }
    return current;
  }

  /** Where an organisation's name places it: "Xi'an University of Technology" → Xi'an, in Shaanxi. */
  regionOfName(name: string): { province: string; regionCode: string } | undefined {
    const place = this.places(name)[0];
    if (!place) return undefined;
    return { province: this.province(place.record).name, regionCode: place.code };
  }
}
