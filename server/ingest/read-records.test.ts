import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readRecords } from "./read-records.ts";

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-read-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

describe("readRecords", () => {
  it("passes over a folder's README (a generated dataset has one) but reads one named on its own as an article", () => {
    const dir = folder({ "institutions.csv": "id,name\na,Alpha College\n", "README.txt": "Synthetic data, not real.\n" });
    const fromFolder = readRecords([dir], dir);
    expect(fromFolder.skipped).toEqual(["README.txt"]);
    expect(fromFolder.records.sources).toEqual([]);
    const named = readRecords([path.join(dir, "README.txt")], dir);
    expect(named.skipped).toEqual([]);
    expect(named.records.sources).toHaveLength(1);
  });

  it("reads Windows line endings, quoted commas and newlines, and says where each row starts", () => {
    const dir = folder({
      "institutions.csv": 'id,name,aliases\r\na,"Alpha College, Xi\'an","A|Alpha"\r\nb,"Beta\r\nUniversity",\r\n\r\nc,Gamma,\r\n',
      "agreements.csv": "id,type,parties,signedOn\r\nx,joint_lab,a|b,2025-13-40\r\n",
    });
    const result = readRecords([dir], dir);
    expect(result.records.institutions.map((r) => [r.id, r.name, r.at.line])).toEqual([
      ["a", "Alpha College, Xi'an", 2],
      ["b", "Beta\nUniversity", 3],
      ["c", "Gamma", 6],
    ]);
    expect(result.records.institutions[0]!.aliases).toEqual(["A", "Alpha"]);
    expect(result.problems).toEqual(['agreements.csv:2: signedOn "2025-13-40" must be a real date such as 2025-03-20']);
  });

  it("takes Chinese headers and GB18030 text, and notes what it ignored", () => {
    // 编号,名称,所在地,备注 / a,西安理工大学,西安市,x  in GB18030
    const bytes = Uint8Array.from([
      0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xcb, 0xf9, 0xd4, 0xda, 0xb5, 0xd8, 0x2c, 0xb1, 0xb8, 0xd7, 0xa2, 0x0d, 0x0a, 0x61, 0x2c, 0xce, 0xf7, 0xb0,
      0xb2, 0xc0, 0xed, 0xb9, 0xa4, 0xb4, 0xf3, 0xd1, 0xa7, 0x2c, 0xce, 0xf7, 0xb0, 0xb2, 0xca, 0xd0, 0x2c, 0x78, 0x0d, 0x0a,
    ]);
    const dir = folder({ "institutions.csv": bytes, "enterprises.csv": "id,name,联系人\nb,Beta,张三\n" });
    const result = readRecords([dir], dir);
    expect(result.problems).toEqual([]);
    expect(result.records.institutions[0]).toMatchObject({ id: "a", name: "西安理工大学", region: "西安市", note: "x" });
    expect(result.notes).toEqual(["institutions.csv: read as GB18030", "enterprises.csv: ignored column 联系人"]);
  });

  it("reads JSON records and names problems by their path", () => {
    const dir = folder({
      "records.json": JSON.stringify({
        institutions: [{ id: "a", name: "Alpha" }],
        agreements: [{ id: "x", type: "joint_lab", parties: ["a"] }, { id: "y", type: "handshake", parties: "a" }],
      }),
    });
    const result = readRecords([dir], dir);
    expect(result.records.agreements.map((r) => r.parties)).toEqual([["a"]]);
    expect(result.problems).toEqual([expect.stringMatching(/^records\.json:agreements\[1\]: type "handshake" /)]);
  });

  it("reads the Ministry of Education's register layout, with its province headings", () => {
    const dir = folder({
      "全国高等学校名单.csv": "序号,学校名称,学校标识码,主管部门,所在地,办学层次,备注\n北京市（2所）,,,,,,\n1,北京大学,4111010001,教育部,北京市,本科,\n2,北京某职业学院,4111012345,北京市,北京市,专科,民办\n陕西省（1所）,,,,,,\n3,西安理工大学,4161010700,陕西省,西安市,本科,\n",
    });
    const result = readRecords([dir], dir);
    expect(result.problems).toEqual([]);
    expect(result.records.institutions.map((r) => [r.id, r.nameZh, r.kind, r.region, r.note])).toEqual([
      ["moe-4111010001", "北京大学", "university", "北京市", undefined],
      ["moe-4111012345", "北京某职业学院", "vocational_college", "北京市", "民办"],
      ["moe-4161010700", "西安理工大学", "university", "610100", undefined],
    ]);
    expect(result.records.institutions[2]!.at).toEqual({ file: "全国高等学校名单.csv", line: 6 });
  });

  it("refuses a file without a required column, and a CSV that is not a record file", () => {
    const dir = folder({ "agreements.csv": "id,type\nx,joint_lab\n", "notes.csv": "a,b\n1,2\n" });
    expect(readRecords([dir], dir).problems).toEqual([
      expect.stringMatching(/^notes\.csv:1: is not a record file/),
      "agreements.csv:1: missing required column parties (the header has id, type)",
    ]);
  });
});
