import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { readFiles as readFilesWithCodes } from "./read-records.ts";
import { renderMessages } from "./messages/index.ts";

/** readFiles with its problems and notes in English, as "file:line: message". */
const readFiles = (...args: Parameters<typeof readFilesWithCodes>) => {
  const result = readFilesWithCodes(...args);
  return { ...result, problems: renderMessages(result.problems, "en"), notes: renderMessages(result.notes, "en") };
};

// Files in memory, as the import view uploads them: each table's preview, and a person's choices
// of kind and columns taking effect where the kind is recognised and the headers are mapped.

const text = (name: string, content: string) => ({ name, bytes: new TextEncoder().encode(content) });

function workbook(name: string, sheets: Record<string, unknown[][]>) {
  const book = XLSX.utils.book_new();
  for (const [sheet, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), sheet);
  return { name, bytes: XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Uint8Array };
}

describe("readFiles", () => {
  it("previews each sheet: its key, the kind taken and why, the header, the column mapping, the rows and title", () => {
    const result = readFiles([workbook("名单.xlsx", { 企业: [["钛产业链重点企业名单"], ["序号", "企业名称", "所在地", "联系人"], [1, "宝鸡某钛材有限公司", "宝鸡市", "张三"]] })]);
    expect(result.problems).toEqual([]);
    expect(result.tables).toEqual([
      {
        key: "名单.xlsx:企业",
        file: "名单.xlsx",
        sheet: "企业",
        kind: "enterprises",
        why: "its columns 企业名称",
        header: ["序号", "企业名称", "所在地", "联系人"],
        columns: { 序号: "rowNumber", 企业名称: "name", 所在地: "region", 联系人: null },
        knownColumns: expect.arrayContaining(["name", "region", "segments"]),
        rows: 1,
        headerLine: 2,
        titleRows: ["钛产业链重点企业名单"],
      },
    ]);
    expect(result.records.enterprises).toEqual([expect.objectContaining({ name: "宝鸡某钛材有限公司", region: "宝鸡市" })]);
  });

  it("takes a chosen kind and column mapping (null ignores a column)", () => {
    const file = text("list.csv", "单位,地区,备注\n宝鸡市测试管理委员会,宝鸡市,不要读\n");
    expect(readFiles([file]).problems).toEqual([expect.stringMatching(/^list\.csv:1: is not a record file we know/)]);
    const result = readFiles([file], { choices: { "list.csv": { kind: "governments", columns: { 单位: "name", 地区: "region", 备注: null } } } });
    expect(result.problems).toEqual([]);
    expect(result.tables[0]).toMatchObject({ kind: "governments", why: "chosen", columns: { 单位: "name", 地区: "region", 备注: null } });
    expect(result.records.governments).toEqual([expect.objectContaining({ name: "宝鸡市测试管理委员会", region: "宝鸡市" })]);
  });

  it("lets a chosen column win over a guess, and refuses a column the kind does not have", () => {
    const file = text("enterprises.csv", "name,简称\n长名有限公司,短名\n");
    const swapped = readFiles([file], { choices: { "enterprises.csv": { columns: { 简称: "name", name: "aliases" } } } });
    expect(swapped.records.enterprises).toEqual([expect.objectContaining({ name: "短名", aliases: ["长名有限公司"] })]);
    expect(readFiles([file], { choices: { "enterprises.csv": { columns: { 简称: "parties" } } } }).problems).toEqual([
      expect.stringMatching(/^enterprises\.csv:1: column "简称" is mapped to "parties", which enterprises do not have/),
    ]);
  });
});
