import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import type { GapList } from "../../contract/api-types.ts";
import { gapListWorkbook } from "./gap-list-workbook.ts";

const org = (id: string, name: string, label = "Enterprise") => ({ id, name, nameZh: `${name}（中文）`, label, kind: null, regionCode: "510100" });
const list: GapList = {
  region: { code: "510000", name: "Sichuan", nameZh: "四川省", level: "province", lat: null, lon: null },
  chains: [
    {
      chain: { id: "c1", name: "Chain One", nameZh: "一号链", scope: "national", regionCode: null },
      segmentsRecorded: true,
      segmentCoverage: 0.5,
      enterpriseCoverage: 0,
      segmentCount: 2,
      coveredSegmentCount: 1,
      enterpriseCount: 1,
      partneredEnterpriseCount: 0,
      uncoveredSegments: [
        {
          segment: { id: "c1--s", name: "Segment", nameZh: "环节", stage: "upstream", order: 1 },
          enterprises: [org("e1", "=HYPERLINK(\"http://x\")")],
          candidates: [
            {
              institution: org("i1", "Institute One", "Institution"),
              reason: "segment_partner",
              tier: 1,
              distance: "same_prefecture",
              strength: 2,
              agreements: 2,
              inRegion: true,
              evidence: [
                { kind: "agreement", id: "agr-1", name: "Lab", enterprise: org("e2", "Other"), segment: null, sources: [{ id: "src-1", kind: "article", url: "https://example.org/a", title: "A", publisher: "P", publishedOn: "2025-01-02" }] },
              ],
            },
          ],
        },
      ],
      unpartneredEnterprises: [org("e1", "=HYPERLINK(\"http://x\")")],
    },
    {
      chain: { id: "c2", name: "Chain Two", nameZh: null, scope: "provincial", regionCode: "510000" },
      segmentsRecorded: false,
      segmentCoverage: null,
      enterpriseCoverage: 0,
      segmentCount: 0,
      coveredSegmentCount: 0,
      enterpriseCount: 0,
      partneredEnterpriseCount: 0,
      uncoveredSegments: [],
      unpartneredEnterprises: [],
    },
  ],
};

const read = (bytes: Buffer) => XLSX.read(bytes, { type: "buffer" });
const rows = (book: XLSX.WorkBook, sheet: string) => XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets[sheet]!, { defval: "" });

describe("gapListWorkbook", () => {
  it("writes the gaps, enterprises, candidates and sources, a chain without segments as one row saying so", () => {
    const book = read(gapListWorkbook(list, "en"));
    expect(book.SheetNames).toEqual(["Gaps", "Enterprises", "Candidates", "Sources"]);
    expect(rows(book, "Gaps").map((r) => [r["Chain ID"], r["Segment coverage"], r["Segment ID"]])).toEqual([
      ["c1", "50%", "c1--s"],
      ["c2", "segments not recorded", ""],
    ]);
    expect(rows(book, "Gaps")[0]!["Best candidates"]).toBe("Institute One (agreements with enterprises of this segment; same prefecture)");
    expect(rows(book, "Candidates")[0]).toMatchObject({ Rank: 1, "Institution ID": "i1", Strength: 2, Evidence: "agr-1 (Other)", "Source URLs": "https://example.org/a" });
    expect(rows(book, "Sources")).toEqual([{ "Source ID": "src-1", Title: "A", Publisher: "P", "Published on": "2025-01-02", URL: "https://example.org/a" }]);
  });

  it("keeps a name that looks like a formula as text", () => {
    const book = read(gapListWorkbook(list, "en"));
    const cell = book.Sheets["Enterprises"]!["C2"]!;
    expect(cell.t).toBe("s");
    expect(cell.f).toBeUndefined();
    expect(cell.v).toBe("=HYPERLINK(\"http://x\")");
  });

  it("words everything in Chinese, with Chinese names where they are known", () => {
    const book = read(gapListWorkbook(list, "zh"));
    expect(book.SheetNames).toEqual(["缺口", "未合作企业", "候选院校", "来源"]);
    expect(rows(book, "缺口").map((r) => [r["产业链"], r["环节覆盖率"]])).toEqual([
      ["一号链", "50%"],
      ["Chain Two", "未记录产业链环节"],
    ]);
    expect(rows(book, "候选院校")[0]).toMatchObject({ 院校: "Institute One（中文）", 理由: "与本环节企业有合作协议", 距离: "同一地市" });
  });
});
