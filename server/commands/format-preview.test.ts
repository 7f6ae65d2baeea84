import { describe, expect, it } from "vitest";
import type { ImportPreview } from "../ingest/index.ts";
import { formatPreview } from "./format-preview.ts";

const preview: ImportPreview = {
  tables: [
    {
      key: "名单.xlsx:企业",
      file: "名单.xlsx",
      sheet: "企业",
      kind: "enterprises",
      why: "its columns 企业名称, 统一社会信用代码",
      header: ["序号", "企业名称", "统一社会信用代码", "备注"],
      columns: { 序号: "rowNumber", 企业名称: "name", 统一社会信用代码: "code", 备注: null },
      knownColumns: ["id", "name"],
      rows: 3,
      headerLine: 2,
      titleRows: ["钛产业链重点企业名单"],
    },
  ],
  problems: ["名单.xlsx:企业:5: region \"火星\" is not a region we know"],
  notes: ["名单.xlsx:企业: ignored column 备注"],
  conflicts: [{ where: "名单.xlsx:企业:4", id: "名单-企业:2", name: "宝钛集团有限公司", matches: { id: "baoti-group", name: "Baoti Group Co., Ltd.", where: 'the database ("baoti-group")' }, differences: ["region: 610300 there, 510100 here"] }],
  changes: [
    { kind: "enterprises", id: "uscc-1", name: "宝鸡测试钛材有限公司", where: "名单.xlsx:企业:3", change: "new", after: { name: "宝鸡测试钛材有限公司" } },
    { kind: "enterprises", id: "baoti-group", name: "Baoti Group Co., Ltd.", where: "名单.xlsx:企业:4", change: "changed", before: { regionCode: "610300", aliases: null }, after: { regionCode: "510100", aliases: ["宝钛"] } },
    { kind: "enterprises", id: "uscc-2", name: "二号", where: "名单.xlsx:企业:6", change: "new", after: {} },
    { kind: "enterprises", id: "huawei", where: "名单.xlsx:企业:7", change: "unchanged", after: {} },
  ],
  counts: { new: 2, changed: 1, unchanged: 1, conflicts: 1 },
};

describe("formatPreview", () => {
  it("prints the tables with their kind and why, notes, conflicts with their decision, problems, counts and the first changes", () => {
    expect(formatPreview(preview, { limit: 1, decisions: { "名单.xlsx:企业:4": "replace" } }).split("\n")).toEqual([
      "tables:",
      "  名单.xlsx:企业: enterprises (from its columns 企业名称, 统一社会信用代码), 3 rows, header on line 2",
      "    columns: 序号 → rowNumber, 企业名称 → name, 统一社会信用代码 → code, 备注 → (ignored)",
      "notes:",
      "  名单.xlsx:企业: ignored column 备注",
      "conflicts (1):",
      '  名单.xlsx:企业:4: "宝钛集团有限公司" matches "Baoti Group Co., Ltd." (the database ("baoti-group")): region: 610300 there, 510100 here — decided: replace',
      "problems (1):",
      '  名单.xlsx:企业:5: region "火星" is not a region we know',
      "changes: 2 new, 1 changed, 1 unchanged, 1 conflict",
      "  new      enterprises  uscc-1  宝鸡测试钛材有限公司  (名单.xlsx:企业:3)",
      "  … and 1 more new",
      "  changed  enterprises  baoti-group  Baoti Group Co., Ltd.  (名单.xlsx:企业:4)",
      '             regionCode: "610300" → "510100"',
      '             aliases: (none) → ["宝钛"]',
      "1 problem(s): fix them; nothing was written.",
    ]);
  });

  it("says a conflict is undecided and how to decide, and that a clean dry run wrote nothing", () => {
    const text = formatPreview({ ...preview, problems: [] });
    expect(text).toContain("— undecided (--on-conflict keep|replace|separate)");
    expect(text.endsWith("dry run: nothing was written.")).toBe(true);
  });
});
