import * as XLSX from "@e965/xlsx";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sharedRegionResolver } from "../regions/index.ts";
import { readRecords } from "./read-records.ts";
import { readRegisterCsv, type RegisterRow } from "./register-reference.ts";
import { resolveRegions } from "./resolve-regions.ts";

// The whole 2025 register laid out again as the ministry publishes it (a title, a dated subtitle,
// the header, province headings between the rows, a second list without 所在地 and 办学层次),
// from the facts in data/reference/, and read back through the ingest's own readers: all 3,167
// schools, with their codes and regions, and no problem.

const rows = readRegisterCsv();

function publishedLayout(list: RegisterRow["list"]): unknown[][] {
  const regular = list === "regular";
  const sheet: unknown[][] = [[regular ? "附件1：" : "附件2："], [`全国${regular ? "普通" : "成人"}高等学校名单\n（截至2025年6月20日）`]];
  sheet.push(regular ? ["序号", "学校名称", "学校标识码", "主管部门", "所在地", "办学层次", "备注"] : ["序号", "学校名称", "学校标识码", "主管部门", "备注"]);
  let heading = "";
  let n = 0;
  for (const row of rows.filter((r) => r.list === list)) {
    if (row.heading !== heading) sheet.push([(heading = row.heading)]);
    n += 1;
    // The regular list stores its codes as numbers, the adult list as text, as the ministry's files do.
    sheet.push(regular ? [n, row.name, Number(row.code), row.authority, row.location, row.level, row.note || null] : [n, row.name, row.code, row.authority, row.note || null]);
  }
  return sheet;
}

function readBack(files: Record<string, string | Uint8Array>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-register-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  const read = readRecords([dir], dir);
  const regionProblems = resolveRegions(read.records, sharedRegionResolver());
  return { read, problems: [...read.problems, ...regionProblems] };
}

const expected = rows.map((r) => [`moe-${r.code}`, r.regionCode]).sort();

describe("the ministry's 2025 register, as published", () => {
  it("has the two lists of the published register", () => {
    expect(rows.filter((r) => r.list === "regular")).toHaveLength(2_919);
    expect(rows.filter((r) => r.list === "adult")).toHaveLength(248);
  });

  it("loads all 3,167 schools from the two .xls files, with their codes and regions", () => {
    const xls = (list: RegisterRow["list"], name: string) => {
      const book = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(publishedLayout(list)), name);
      return XLSX.write(book, { type: "buffer", bookType: "biff8" }) as Uint8Array;
    };
    const { read, problems } = readBack({ "W020250627301230138068.xls": xls("regular", "全国普通高等学校名单"), "W020250627301230143042.xls": xls("adult", "全国成人高等学校名单") });
    expect(problems).toEqual([]);
    expect(read.records.institutions.map((i) => [i.id, i.region]).sort()).toEqual(expected);
  }, 60_000);

  it("loads the same from the two lists saved as CSV by a spreadsheet (UTF-8 with BOM)", () => {
    const csv = (list: RegisterRow["list"]) => `\uFEFF${XLSX.utils.sheet_to_csv(XLSX.utils.aoa_to_sheet(publishedLayout(list)))}`;
    const { read, problems } = readBack({ "regular.csv": csv("regular"), "adult.csv": csv("adult") });
    expect(problems).toEqual([]);
    expect(read.records.institutions.map((i) => [i.id, i.region]).sort()).toEqual(expected);
  }, 60_000);
});
