import type { ArticleText, ExtractedArticle, ExtractedOrganization } from "../types.ts";
import { findAgreements } from "./agreements.ts";
import { findChains } from "./chains.ts";
import { datelineOf, eventDates } from "./event-dates.ts";
import { dateFromUrl, filedByFromUrl } from "../url-date.ts";
import { buildOrganizations, type OrgEntity, type PlacedMention } from "./organizations.ts";
import { findPlaces } from "./places.ts";
import { leadingRegionRun, provinceOf, regionOfRun } from "./region-names.ts";
import { splitSentences, type Sentence } from "./sentences.ts";
import { textLines } from "./text-lines.ts";
import { writerFromArticle } from "./writer.ts";

/**
 * Reads a Chinese press release: its organisations by role (institutions, enterprises,
 * governments), the agreements between them (type, parties, date, figures), the industry chains
 * and places it names. Works from the text alone: organisation-type suffixes, grammar words at
 * name boundaries, agreement wordings, dates and the regions table. Navigation, header and
 * footer lines (当前位置, 来源, 版权所有, 分享到) give no facts, even when the reader left them in.
 */
export function extractChinese(article: ArticleText): Omit<ExtractedArticle, "article"> {
  const { text } = article;
  const lines = textLines(text);
  const sentences = splitSentences(text, lines);
  // A month folder in the address (/201911/) bounds the publication day: it settles years, not events.
  const dateline = datelineOf(text, lines, article.publishedOn) ?? dateFromUrl(article.url) ?? filedByFromUrl(article.url);
  const writer = writerFromArticle(text, article, lines);
  const { entities, mentions } = buildOrganizations(text, sentences, writer);

  // The page's own organisation, even where the text never refers to it: a school's news that names only its
  // partner (医学院在X医院举行签约仪式) still tells of the school's agreement.
  const named = writer ? entities.find((e) => e.name === writer.name) : undefined;
  const unplaced: OrgEntity | undefined = writer && !named ? { name: writer.name, role: writer.role, aliases: new Set(), kind: "full", named: 0, writerOnly: true } : undefined;
  const writerEntity = named ?? unplaced;
  const agreements = findAgreements({ text, sentences, mentions, dates: eventDates(sentences, dateline), ...(writerEntity ? { writer: writerEntity } : {}) });
  const firstUse = unplaced ? agreements.find((a) => a.parties.includes(unplaced.name)) : undefined;
  const useSentence = firstUse ? sentences.find((s) => s.start === firstUse.evidence.offset) : undefined;
  if (unplaced && useSentence) {
    entities.push(unplaced);
    mentions.push({ entity: unplaced, start: useSentence.start, end: useSentence.start, kind: "reference", sentence: useSentence });
  }

  const organizations = entities.map((entity) => organization(entity, mentions));
  const industryChains: ExtractedArticle["industryChains"] = [];
  const places: ExtractedArticle["places"] = [];
  for (const sentence of sentences) {
    for (const chain of findChains(text, sentence.start, sentence.end)) {
      if (!industryChains.some((c) => c.name === chain.name)) industryChains.push({ name: chain.name, evidence: evidenceOf(sentence) });
    }
    for (const place of findPlaces(text, sentence.start, sentence.end)) {
      if (!places.some((p) => p.name === place.name)) places.push({ name: place.name, code: place.code });
    }
  }
  return { organizations, agreements, industryChains, places };
}

const evidenceOf = (sentence: Sentence) => ({ quote: sentence.text, offset: sentence.start });

function organization(entity: OrgEntity, mentions: PlacedMention[]): ExtractedOrganization {
  const own = mentions.filter((m) => m.entity === entity);
  const fullest = own.find((m) => m.kind === "name") ?? own.find((m) => m.kind === "alias") ?? own[0]!;
  const place = placeOf(entity.name, fullest.sentence);
  const legal = /(有限公司|有限责任公司|股份公司|大学|学院|学校|研究院|研究所|人民政府|厅|局|委员会)$/.test(entity.name);
  let confidence = 0.6 + (legal ? 0.15 : 0) + (leadingRegionRun(entity.name).prefix ? 0.1 : 0) + (entity.named >= 2 ? 0.05 : 0);
  if (entity.kind === "short") confidence -= 0.15;
  if (entity.writerOnly) confidence = 0.7;
  return {
    name: entity.name,
    role: entity.role,
    aliases: [...entity.aliases],
    ...(place ? { province: place.province, regionCode: place.code } : {}),
    evidence: evidenceOf(fullest.sentence),
    confidence: Math.round(Math.min(0.95, confidence) * 100) / 100,
  };
}

/** The region an organisation's name starts with (宝鸡市… → 宝鸡市, 陕西省), or else the one province its sentence names. */
function placeOf(name: string, sentence: Sentence): { province: string; code: string } | undefined {
  const region = regionOfRun(leadingRegionRun(name).prefix);
  if (region) {
    const province = provinceOf(region.code);
    if (province) return { province: province.nameZh, code: region.code };
  }
  const named = findPlaces(sentence.text, 0, sentence.text.length);
  const provinces = new Set(named.map((p) => provinceOf(p.code)?.code));
  if (named.length === 0 || provinces.size !== 1) return undefined;
  const province = provinceOf(named[0]!.code)!;
  const specific = named.length === 1 ? named[0]!.code : province.code;
  return { province: province.nameZh, code: specific };
}
