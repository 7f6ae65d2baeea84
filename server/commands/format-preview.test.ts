import { describe, expect, it } from "vitest";
import type { ImportPreview } from "../ingest/index.ts";
import { formatPreview } from "./format-preview.ts";

const preview: Omit<ImportPreview, "problemDetails" | "noteDetails"> = {
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

  it("says what it says around the messages in Chinese with --lang zh", () => {
    const chinese = {
      ...preview,
      tables: [{ ...preview.tables[0]!, why: "列 企业名称、统一社会信用代码" }],
      conflicts: [{ ...preview.conflicts[0]!, matches: { ...preview.conflicts[0]!.matches, where: "数据库中的“baoti-group”" }, differences: ["所在地不同（已有记录为 610300，本行为 510100）"] }],
    };
    const lines = formatPreview(chinese, { limit: 1, locale: "zh" }).split("\n");
    expect(lines[0]).toBe("各表：");
    expect(lines[1]).toBe("  名单.xlsx:企业: 企业（enterprises；依据：列 企业名称、统一社会信用代码），3 行，表头在第 2 行");
    expect(lines).toContain("  名单.xlsx:企业:4: “宝钛集团有限公司”与“Baoti Group Co., Ltd.”（数据库中的“baoti-group”）相符，但所在地不同（已有记录为 610300，本行为 510100） —— 尚未决定（--on-conflict keep|replace|separate）");
    expect(lines).toContain("变更：新增 2 条，修改 1 条，未变 1 条，冲突 1 处");
    expect(lines.at(-1)).toBe("共 1 个问题：请先改正；未写入任何内容。");
  });

  it("says a conflict is undecided and how to decide, and that a clean dry run wrote nothing", () => {
    const text = formatPreview({ ...preview, problems: [] });
    expect(text).toContain("— undecided (--on-conflict keep|replace|separate)");
    expect(text.endsWith("dry run: nothing was written.")).toBe(true);
  });
});
