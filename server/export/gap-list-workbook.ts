import * as XLSX from "@e965/xlsx";
import type { Candidate, GapList, OrgRef, SourceRef } from "../../contract/api-types.ts";

/**
 * A planner's gap list as an .xlsx workbook, in English or Chinese: what the coverage view's gap
 * list shows, in four sheets a planner can sort, filter, print and pass on.
 * - Gaps: one row per chain × uncovered segment (a chain without recorded segments: one row saying so),
 *   with its unpartnered enterprises and best candidates;
 * - Enterprises: the unpartnered enterprises of every chain;
 * - Candidates: every candidate with its reason, distance, strength and evidence;
 * - Sources: every source the evidence cites.
 * Cells are typed text or numbers, never formulas, so a name starting with "=" stays a name.
 */
export type WorkbookLanguage = "en" | "zh";

const words = {
  en: {
    sheets: { gaps: "Gaps", enterprises: "Enterprises", candidates: "Candidates", sources: "Sources" },
    gaps: ["Region", "Chain", "Chain ID", "Segment coverage", "Segment", "Segment ID", "Stage", "Unpartnered enterprises here", "Best candidates"],
    enterprises: ["Chain", "Chain ID", "Enterprise", "Enterprise ID", "Region code"],
    candidates: ["Chain", "Segment", "Segment ID", "Rank", "Institution", "Institution ID", "Region code", "Reason", "Distance", "Strength", "Evidence", "Source URLs"],
    sources: ["Source ID", "Title", "Publisher", "Published on", "URL"],
    notRecorded: "segments not recorded",
    none: "none recorded",
    reasons: {
      segment_partner: "agreements with enterprises of this segment",
      chain_partner: "agreements with enterprises of other segments of the chain",
      chain_alliance: "in an alliance or agreement serving the chain",
      regional_fit: "vocational college or university in the region",
    } as Record<string, string>,
    distances: { same_prefecture: "same prefecture", same_province: "same province", elsewhere: "elsewhere" } as Record<string, string>,
  },
  zh: {
    sheets: { gaps: "缺口", enterprises: "未合作企业", candidates: "候选院校", sources: "来源" },
    gaps: ["地区", "产业链", "产业链ID", "环节覆盖率", "环节", "环节ID", "位置", "本地区未合作企业", "首选候选院校"],
    enterprises: ["产业链", "产业链ID", "企业", "企业ID", "地区代码"],
    candidates: ["产业链", "环节", "环节ID", "排名", "院校", "院校ID", "地区代码", "理由", "距离", "强度", "依据", "来源网址"],
    sources: ["来源ID", "标题", "发布者", "发布日期", "网址"],
    notRecorded: "未记录产业链环节",
    none: "暂无记录",
    reasons: {
      segment_partner: "与本环节企业有合作协议",
      chain_partner: "与本产业链其他环节企业有合作协议",
      chain_alliance: "参与服务本产业链的联盟或协议",
      regional_fit: "本地区高职院校或本科高校",
    } as Record<string, string>,
    distances: { same_prefecture: "同一地市", same_province: "同一省份", elsewhere: "外省" } as Record<string, string>,
  },
} as const;

function nameOf(thing: { name: string; nameZh?: string | null }, language: WorkbookLanguage): string {
  return language === "zh" && thing.nameZh ? thing.nameZh : thing.name;
}

function percent(value: number | null, language: WorkbookLanguage): string {
  return value === null ? words[language].notRecorded : `${Math.round(value * 100)}%`;
}

function candidateLine(candidate: Candidate, language: WorkbookLanguage): string {
  const w = words[language];
  return `${nameOf(candidate.institution, language)} (${w.reasons[candidate.reason] ?? candidate.reason}; ${w.distances[candidate.distance] ?? candidate.distance})`;
}

function sheet(header: readonly string[], rows: (string | number)[][], widths: number[]): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet([[...header], ...rows]);
  ws["!cols"] = widths.map((wch) => ({ wch }));
  ws["!autofilter"] = { ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length, c: header.length - 1 } }) };
  return ws;
}

/** The workbook, as the bytes of an .xlsx file. */
export function gapListWorkbook(list: GapList, language: WorkbookLanguage = "en"): Buffer {
  const w = words[language];
  const regionName = `${nameOf(list.region, language)} (${list.region.code})`;
  const gapRows: (string | number)[][] = [];
  const enterpriseRows: (string | number)[][] = [];
  const candidateRows: (string | number)[][] = [];
  const sources = new Map<string, SourceRef>();
  const orgs = (list: readonly OrgRef[]) => (list.length === 0 ? w.none : list.map((o) => nameOf(o, language)).join("; "));

  for (const chain of list.chains) {
    const chainName = nameOf(chain.chain, language);
    if (!chain.segmentsRecorded) gapRows.push([regionName, chainName, chain.chain.id, w.notRecorded, "", "", "", orgs(chain.unpartneredEnterprises), ""]);
    for (const gap of chain.uncoveredSegments) {
      gapRows.push([
        regionName,
        chainName,
        chain.chain.id,
        percent(chain.segmentCoverage, language),
        nameOf(gap.segment, language),
        gap.segment.id,
        gap.segment.stage ?? "",
        orgs(gap.enterprises),
        gap.candidates.length === 0 ? w.none : gap.candidates.map((c) => candidateLine(c, language)).join("; "),
      ]);
      gap.candidates.forEach((candidate, index) => {
        const cited = candidate.evidence.flatMap((e) => e.sources);
        for (const source of cited) sources.set(source.id, source);
        candidateRows.push([
          chainName,
          nameOf(gap.segment, language),
          gap.segment.id,
          index + 1,
          nameOf(candidate.institution, language),
          candidate.institution.id,
          candidate.institution.regionCode ?? "",
          w.reasons[candidate.reason] ?? candidate.reason,
          w.distances[candidate.distance] ?? candidate.distance,
          candidate.strength,
          candidate.evidence.map((e) => (e.enterprise ? `${e.id} (${nameOf(e.enterprise, language)})` : e.id)).join("; "),
          [...new Set(cited.map((s) => s.url).filter((url): url is string => Boolean(url)))].join(" "),
        ]);
      });
    }
    for (const enterprise of chain.unpartneredEnterprises) {
      enterpriseRows.push([chainName, chain.chain.id, nameOf(enterprise, language), enterprise.id, enterprise.regionCode ?? ""]);
    }
  }
  const sourceRows = [...sources.values()]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((s) => [s.id, s.title ?? "", s.publisher ?? "", s.publishedOn ?? "", s.url ?? ""]);

  const book = XLSX.utils.book_new();
  book.Props = { Title: `${language === "zh" ? "产教合作缺口清单" : "Gap list"}: ${regionName}` };
  XLSX.utils.book_append_sheet(book, sheet(w.gaps, gapRows, [16, 28, 24, 12, 24, 24, 10, 40, 60]), w.sheets.gaps);
  XLSX.utils.book_append_sheet(book, sheet(w.enterprises, enterpriseRows, [28, 24, 36, 24, 10]), w.sheets.enterprises);
  XLSX.utils.book_append_sheet(book, sheet(w.candidates, candidateRows, [28, 24, 24, 6, 32, 24, 10, 36, 14, 8, 40, 50]), w.sheets.candidates);
  XLSX.utils.book_append_sheet(book, sheet(w.sources, sourceRows, [28, 48, 24, 12, 50]), w.sheets.sources);
  return XLSX.write(book, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer;
}
