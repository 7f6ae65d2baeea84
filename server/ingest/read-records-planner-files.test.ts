import * as XLSX from "@e965/xlsx";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readRecords } from "./read-records.ts";

// Files as planners and offices have them: workbooks named after their contents, numbered by 序号,
// with Chinese headers, title rows and section headings; made by the workbook library itself.

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-planner-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

function workbook(sheets: Record<string, unknown[][]>, bookType: "xlsx" | "biff8" = "xlsx"): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name);
  return XLSX.write(book, { type: "buffer", bookType }) as Uint8Array;
}

const titaniumList = workbook({
  Sheet1: [
    ["陕西省钛产业链重点企业名单"],
    ["序号", "企业名称", "统一社会信用代码", "所属产业链", "产业链环节", "所在地"],
    [1, "宝鸡钛业股份有限公司", "914403001922038216", "钛及钛合金产业链", "海绵钛", "宝鸡市"],
    [2, "宝鸡某钛材有限公司", "", "钛及钛合金产业链", "钛材加工", "陕西省宝鸡市"],
  ],
});

describe("a planner's enterprise list", () => {
  const dir = folder({ "陕西省钛产业链重点企业名单.xlsx": titaniumList });
  const result = readRecords([dir], dir);

  it("is read as enterprises from its columns, and says so", () => {
    expect(result.problems).toEqual([]);
    expect(result.notes).toContain("陕西省钛产业链重点企业名单.xlsx:Sheet1: read as enterprises (from its columns 企业名称, 统一社会信用代码, segments, chain)");
    expect(result.notes.some((note) => note.includes("the header is on line 2; passed over the title above it (陕西省钛产业链重点企业名单)"))).toBe(true);
  });

  it("takes ids from real codes, else from 序号 scoped to the file and sheet", () => {
    expect(result.records.enterprises.map((e) => [e.id, e.code, e.name, e.region, e.segments])).toEqual([
      ["uscc-914403001922038216", "914403001922038216", "宝鸡钛业股份有限公司", "宝鸡市", ["海绵钛"]],
      ["陕西省钛产业链重点企业名单-Sheet1:2", undefined, "宝鸡某钛材有限公司", "陕西省宝鸡市", ["钛材加工"]],
    ]);
  });

  it("says where each row is as file:sheet:row", () => {
    expect(result.records.enterprises.map((e) => e.at)).toEqual([
      { file: "陕西省钛产业链重点企业名单.xlsx", sheet: "Sheet1", line: 3 },
      { file: "陕西省钛产业链重点企业名单.xlsx", sheet: "Sheet1", line: 4 },
    ]);
  });
});

describe("problems in planners' files", () => {
  it("refuses a mistyped credit code, naming the sheet, the row and the right check character", () => {
    const dir = folder({ "名单.xlsx": workbook({ 企业: [["序号", "企业名称", "统一社会信用代码"], [1, "宝鸡钛业股份有限公司", "914403001922038217"]] }) });
    expect(readRecords([dir], dir).problems).toEqual([
      '名单.xlsx:企业:2: code "914403001922038217" is not a valid code: the check character of unified social credit code 914403001922038217 should be 6, not 7: a character is mistyped',
    ]);
  });

  it("fails the run on a file it cannot read, unless asked to pass over such files", () => {
    const dir = folder({ "institutions.csv": "id,name\na,Alpha College\n", "名单.docx": "not a table" });
    expect(readRecords([dir], dir).problems).toEqual([expect.stringMatching(/^名单\.docx:1: is neither a record file .* pass --skip-unknown/)]);
    const skipping = readRecords([dir], dir, { skipUnknown: true });
    expect(skipping.problems).toEqual([]);
    expect(skipping.skipped).toEqual(["名单.docx"]);
    expect(skipping.notes).toContain("名单.docx: passed over: it is neither a record file (.csv, .xlsx, .xls, .json) nor an article (.txt, .md, .html)");
  });

  it("asks which kind a table is when its columns and names do not tell", () => {
    const dir = folder({ "list.csv": "名称,所在地\nAlpha,西安\n" });
    expect(readRecords([dir], dir).problems).toEqual([expect.stringMatching(/^list\.csv:1: could hold institutions or enterprises or governments .*name the file or sheet after its kind/)]);
  });

  it("reads each sheet of a workbook as the kind its columns say, in dependency order", () => {
    const book = workbook({
      合作: [["序号", "学校名称", "合作企业", "合作类型", "签约时间"], [1, "西安理工大学", "宝鸡钛业股份有限公司", "joint_lab", "2024年3月5日"]],
      学校: [["学校名称", "学校标识码", "所在地"], ["西安理工大学", "4161010700", "西安市"]],
    });
    const dir = folder({ "合作清单.xlsx": book });
    const result = readRecords([dir], dir);
    expect(result.problems).toEqual([]);
    expect(result.records.institutions.map((i) => [i.id, i.code])).toEqual([["moe-4161010700", "4161010700"]]);
    expect(result.records.agreements.map((a) => [a.id, a.parties, a.signedOn])).toEqual([["合作清单-合作:1", ["西安理工大学", "宝鸡钛业股份有限公司"], "2024-03-05"]]);
  });
});

describe("the ministry's register as published", () => {
  const title = ["附件1："];
  const subtitle = ["全国普通高等学校名单\n（截至2025年6月20日）"];
  const header = ["序号", "学校名称", "学校标识码", "主管部门", "所在地", "办学层次", "备注"];
  const register = [
    title,
    subtitle,
    header,
    ["河北省（1所）"],
    [1, "河北工业大学", 4113010080, "河北省", "天津市", "本科", null],
    ["西藏自治区（1所）"],
    [2, "西藏民族大学", 4154010695, "西藏自治区", "咸阳市", "本科", null],
    ["甘肃省（1所）"],
    [3, "临夏现代职业学院", 4162014552, "甘肃省", "临夏州", "专科", null],
  ];

  it.each(["xlsx", "biff8"] as const)("loads the rows a heading does not place, from a %s file with title rows", (bookType) => {
    const dir = folder({ [`全国普通高等学校名单.${bookType === "xlsx" ? "xlsx" : "xls"}`]: workbook({ 全国普通高等学校名单: register }, bookType) });
    const result = readRecords([dir], dir);
    expect(result.problems).toEqual([]);
    expect(result.records.institutions.map((i) => [i.id, i.nameZh, i.region, i.authority, i.kind])).toEqual([
      ["moe-4113010080", "河北工业大学", "120000", "河北省", "university"],
      ["moe-4154010695", "西藏民族大学", "610400", "西藏自治区", "university"],
      ["moe-4162014552", "临夏现代职业学院", "622900", "甘肃省", "vocational_college"],
    ]);
  });

  it("loads the same from a CSV saved by a spreadsheet, with the title rows still above the header", () => {
    const csv = XLSX.utils.sheet_to_csv(XLSX.utils.aoa_to_sheet(register));
    const dir = folder({ "register.csv": `\uFEFF${csv}` });
    const result = readRecords([dir], dir);
    expect(result.problems).toEqual([]);
    expect(result.records.institutions.map((i) => i.region)).toEqual(["120000", "610400", "622900"]);
  });

  it("reads the adult list, which has no 所在地: the heading places each school", () => {
    const adult = [["附件2："], ["序号", "学校名称", "学校标识码", "主管部门", "备注"], ["北京市（1所）"], [1, "北京市海淀区职工大学", "4211050001", "北京市", null]];
    const dir = folder({ "adult.xls": workbook({ 全国成人高等学校名单: adult }, "biff8") });
    const result = readRecords([dir], dir);
    expect(result.problems).toEqual([]);
    expect(result.records.institutions.map((i) => [i.id, i.region, i.kind])).toEqual([["moe-4211050001", "北京市", "adult_college"]]);
  });
});
