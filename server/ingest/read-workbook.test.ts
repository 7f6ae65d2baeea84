import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { readWorkbook, WorkbookError } from "./read-workbook.ts";

/** A workbook made by the library, as Excel would save it, in either format. */
function workbook(sheets: Record<string, { rows: unknown[][]; merges?: XLSX.Range[]; dateColumns?: number[] }>, bookType: "xlsx" | "biff8"): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, { rows, merges, dateColumns = [] }] of Object.entries(sheets)) {
    const sheet = XLSX.utils.aoa_to_sheet(rows);
    if (merges) sheet["!merges"] = merges;
    // Dates as Excel keeps them: serial numbers with a date format.
    rows.forEach((row, r) =>
      dateColumns.forEach((c) => {
        const cell = sheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
        if (cell?.t === "n") cell.z = "yyyy/m/d";
      }),
    );
    XLSX.utils.book_append_sheet(book, sheet, name);
  }
  return XLSX.write(book, { type: "buffer", bookType }) as Uint8Array;
}

const plannerList = {
  企业名单: {
    rows: [
      ["陕西省钛产业链重点企业名单"],
      [],
      ["序号", "企业名称", "统一社会信用代码", "所属产业链", "产业链环节", "学校标识码", "签约时间", "金额"],
      [1, "宝鸡钛业股份有限公司", "914403001922038216", "钛及钛合金产业链", "海绵钛", 4161010700, 45366, 12.5],
      [2, "西部超导材料科技股份有限公司", "0012", null, "钛材加工", 4161010700, "2024年3月5日", 3],
    ],
    merges: [
      { s: { r: 0, c: 0 }, e: { r: 0, c: 7 } },
      { s: { r: 3, c: 3 }, e: { r: 4, c: 3 } },
    ],
    dateColumns: [6],
  },
};

describe.each(["xlsx", "biff8"] as const)("reading a %s workbook", (bookType) => {
  const [sheet] = readWorkbook(workbook(plannerList, bookType));

  it("keeps the sheet's name and the rows' numbers as Excel shows them, without empty rows", () => {
    expect(sheet!.name).toBe("企业名单");
    expect(sheet!.rows.map((row) => row.row)).toEqual([1, 3, 4, 5]);
  });

  it("reads a title merged across as one cell in its first column", () => {
    expect(sheet!.rows[0]!.cells.filter(Boolean)).toEqual(["陕西省钛产业链重点企业名单"]);
  });

  it("keeps codes as text: numbers without exponent or decimals, text with its leading zeros", () => {
    expect(sheet!.rows[2]!.cells[2]).toBe("914403001922038216");
    expect(sheet!.rows[2]!.cells[5]).toBe("4161010700");
    expect(sheet!.rows[3]!.cells[2]).toBe("0012");
    expect(sheet!.rows[2]!.cells[0]).toBe("1");
    expect(sheet!.rows[2]!.cells[7]).toBe("12.5");
  });

  it("turns date serials into dates, and leaves dates written as text for the date parser", () => {
    expect(sheet!.rows[2]!.cells[6]).toBe("2024-03-15");
    expect(sheet!.rows[3]!.cells[6]).toBe("2024年3月5日");
  });

  it("fills a cell merged down into each row it spans", () => {
    expect(sheet!.rows.slice(2).map((row) => row.cells[3])).toEqual(["钛及钛合金产业链", "钛及钛合金产业链"]);
  });
});

describe("workbooks that cannot be read as they are", () => {
  it("refuses a code typed into a number cell too long to be exact, naming sheet, row and cell", () => {
    const bytes = workbook({ 名单: { rows: [["企业名称", "统一社会信用代码"], ["某公司", Number("914403001922038216")]] } }, "xlsx");
    expect(() => readWorkbook(bytes)).toThrow(/cell B2 holds .* as a number, too long to be exact/);
    try {
      readWorkbook(bytes);
    } catch (error) {
      expect(error).toMatchObject({ sheet: "名单", row: 2 });
    }
  });

  it("refuses a file over the size limit, naming the limit", () => {
    const bytes = workbook(plannerList, "xlsx");
    expect(() => readWorkbook(bytes, { maxBytes: 1024 })).toThrow(/workbooks of up to/);
    expect(() => readWorkbook(bytes, { maxBytes: 1024 })).toThrow(WorkbookError);
  });

  it("says a file that is no workbook cannot be read as one", () => {
    expect(() => readWorkbook(new TextEncoder().encode("\u0000\u0001PK not really a zip"))).toThrow(/is not an Excel workbook/);
    expect(() => readWorkbook(new TextEncoder().encode("名称,地区\n西安理工大学,西安\n"))).toThrow(/if it is a CSV file, name it .csv/);
  });

  it("reads every sheet of a workbook, in order", () => {
    const bytes = workbook({ 学校: { rows: [["学校名称"], ["西安理工大学"]] }, 企业: { rows: [["企业名称"], ["宝鸡钛业股份有限公司"]] } }, "xlsx");
    expect(readWorkbook(bytes).map((sheet) => sheet.name)).toEqual(["学校", "企业"]);
  });
});

describe("workbooks with macros", () => {
  it("reads a macro-enabled workbook's cells as data, leaving its macros unloaded", () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([["企业名称", "所在地"], ["宝鸡钛业股份有限公司", "宝鸡市"]]), "名单");
    // A VBA project part, as Excel stores one in an .xlsm (its content does not matter: it is never run or kept).
    (book as XLSX.WorkBook & { vbaraw?: Uint8Array }).vbaraw = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3, 4]);
    const bytes = XLSX.write(book, { type: "buffer", bookType: "xlsm", bookVBA: true }) as Uint8Array;
    expect(XLSX.read(bytes, { type: "buffer", bookVBA: true }).vbaraw).toBeDefined();
    const [sheet] = readWorkbook(bytes);
    expect(sheet!.rows.map((row) => row.cells)).toEqual([["企业名称", "所在地"], ["宝鸡钛业股份有限公司", "宝鸡市"]]);
  });
});
