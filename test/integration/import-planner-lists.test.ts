import * as XLSX from "@e965/xlsx";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { applySchema } from "../../server/db/apply-schema.ts";
import type { Database } from "../../server/db/database.ts";
import { ingest } from "../../server/ingest/ingest.ts";
import { sampleDir } from "../../server/ingest/sample.ts";
import { creditCodeCheckCharacter } from "../../server/model/identity-codes.ts";
import { canonicalDump, connectTestDatabase, countOf, resetDatabase } from "../support/test-database.ts";

// Planners' lists as they keep them, made by the workbook library: numbered by 序号, Chinese
// headers, chain and segment by name, credit codes. The enterprises are invented for the test;
// their codes carry correct check characters.

const code = (first17: string) => `${first17}${creditCodeCheckCharacter(first17)}`;
const shaanxiCode = code("91610300MA6X00001");
const sichuanCode = code("91511500MA6X00002");

function workbookFile(name: string, sheets: Record<string, unknown[][]>): string {
  const book = XLSX.utils.book_new();
  for (const [sheet, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), sheet);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "atlas-lists-")), name);
  writeFileSync(file, XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Uint8Array);
  return file;
}

const header = ["序号", "企业名称", "统一社会信用代码", "所属产业链", "产业链环节", "所在地"];
const shaanxiList = () =>
  workbookFile("陕西省钛产业链重点企业名单.xlsx", {
    Sheet1: [["陕西省钛产业链重点企业名单"], header, [1, "宝鸡测试钛材有限公司", shaanxiCode, "钛及钛合金产业链", "海绵钛", "宝鸡市"], [2, "宝钛集团有限公司", "", "钛及钛合金产业链", "钛材", "宝鸡市"]],
  });
const sichuanList = () =>
  workbookFile("四川省重点企业名单.xlsx", { Sheet1: [header, [1, "宜宾测试新材料有限公司", sichuanCode, "钛及钛合金产业链", "钛材", "宜宾市"]] });

async function enterprise(database: Database, id: string) {
  const result = await database.read(
    "MATCH (e:Enterprise {id: $id}) OPTIONAL MATCH (e)-[:OPERATES_IN]->(s:ChainSegment) RETURN e {.id, .name, .code, .regionCode} AS e, collect(s.id) AS segments",
    { id },
  );
  return result.records[0] ? { ...(result.records[0].get("e") as object), segments: (result.records[0].get("segments") as string[]).sort() } : undefined;
}

describe("a planner's workbooks into a real Neo4j", () => {
  let database: Database;
  beforeAll(async () => {
    database = connectTestDatabase();
    await applySchema(database);
  });
  beforeEach(async () => {
    await resetDatabase(database);
    expect((await ingest(database, [sampleDir])).problems).toEqual([]);
  });
  afterAll(() => database.close());

  it("imports an .xlsx list with 序号, Chinese headers, chain and segment names and credit codes", async () => {
    const result = await ingest(database, [shaanxiList()]);
    expect(result.problems).toEqual([]);
    expect(await enterprise(database, `uscc-${shaanxiCode}`)).toEqual({
      id: `uscc-${shaanxiCode}`,
      name: "宝鸡测试钛材有限公司",
      code: shaanxiCode,
      regionCode: "610300",
      segments: ["shaanxi-titanium-alloy-chain--sponge-titanium"],
    });
    // 宝钛集团有限公司 is the sample's Baoti Group, found by its Chinese name: placed, not duplicated.
    expect(await enterprise(database, "baoti-group")).toMatchObject({ name: "Baoti Group Co., Ltd.", segments: ["shaanxi-titanium-alloy-chain--sponge-titanium", "shaanxi-titanium-alloy-chain--titanium-mill-products"] });
    expect(await countOf(database, "MATCH (e:Enterprise) WHERE e.nameZh = '宝钛集团有限公司' OR e.name = '宝钛集团有限公司' RETURN count(e)")).toBe(1);
  });

  it("adds a second province's list numbered from 1 without touching the first", async () => {
    expect((await ingest(database, [shaanxiList()])).problems).toEqual([]);
    const first = await enterprise(database, `uscc-${shaanxiCode}`);
    const before = await countOf(database, "MATCH (e:Enterprise) RETURN count(e)");
    const result = await ingest(database, [sichuanList()]);
    expect(result.problems).toEqual([]);
    expect(await enterprise(database, `uscc-${shaanxiCode}`)).toEqual(first);
    expect(await enterprise(database, `uscc-${sichuanCode}`)).toMatchObject({ name: "宜宾测试新材料有限公司", regionCode: "511500" });
    expect(await countOf(database, "MATCH (e:Enterprise) RETURN count(e)")).toBe(before + 1);
  });

  it("keeps lists whose own ids collide apart: the same id on another company is another organisation", async () => {
    const csv = (name: string, row: string) => {
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), "atlas-ids-")), name);
      writeFileSync(file, `id,name,region\n${row}\n`);
      return file;
    };
    expect((await ingest(database, [csv("enterprises.csv", "1,宝鸡某钛业有限公司,宝鸡市")])).problems).toEqual([]);
    const shaanxi = await enterprise(database, "1");
    const sichuan = csv("sichuan-enterprises.csv", "1,宜宾某化工有限公司,宜宾市");
    const second = await ingest(database, [sichuan], { displayRoot: path.dirname(sichuan) });
    expect(second.problems).toEqual([]);
    expect(second.notes).toContain('sichuan-enterprises.csv:2: id "1" already names 宝鸡某钛业有限公司 (610300) in the database; "宜宾某化工有限公司" is another organisation, loaded as "sichuan-enterprises:1"');
    expect(await enterprise(database, "1")).toEqual(shaanxi);
    expect(await enterprise(database, "sichuan-enterprises:1")).toMatchObject({ name: "宜宾某化工有限公司", regionCode: "511500" });
  });

  it("holds a row that matches an organisation in another region as a conflict, and writes nothing until it is decided", async () => {
    const moved = workbookFile("名单.xlsx", { Sheet1: [["序号", "企业名称", "所在地"], [1, "宝钛集团有限公司", "成都市"]] });
    const before = await canonicalDump(database);
    const undecided = await ingest(database, [moved], { displayRoot: path.dirname(moved) });
    expect(undecided.problems).toEqual([expect.stringMatching(/^名单\.xlsx:Sheet1:2: "宝钛集团有限公司" matches the database \("baoti-group"\), but region: 610300 there, 510100 here\. Decide: keep/)]);
    expect(undecided.conflicts).toHaveLength(1);
    expect(await canonicalDump(database)).toEqual(before);

    const kept = await ingest(database, [moved], { onConflict: "keep" });
    expect(kept.problems).toEqual([]);
    expect(await enterprise(database, "baoti-group")).toMatchObject({ regionCode: "610300" });

    const separate = await ingest(database, [moved], { onConflict: "separate" });
    expect(separate.problems).toEqual([]);
    expect(await countOf(database, "MATCH (e:Enterprise {regionCode: '510100'}) WHERE e.name = '宝钛集团有限公司' RETURN count(e)")).toBe(1);
    expect(await enterprise(database, "baoti-group")).toMatchObject({ regionCode: "610300" });
  });

  it("keeps a reviewer's correction when the same file is loaded again", async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), "atlas-review-"));
    writeFileSync(path.join(folder, "agreements.csv"), "id,type,parties,signedOn\nrv-1,internship_base,baoti-group|xian-university-of-technology,2024-05-01\n");
    expect((await ingest(database, [folder])).problems).toEqual([]);
    await database.write("MATCH (a:Agreement {id: 'rv-1'}) SET a.type = 'joint_lab', a.signedOn = date('2024-06-01'), a.reviewStatus = 'corrected', a.reviewedBy = 'editor', a.reviewedAt = datetime()");
    const again = await ingest(database, [folder]);
    expect(again.problems).toEqual([]);
    const agreement = (await database.read("MATCH (a:Agreement {id: 'rv-1'}) RETURN a.type AS type, toString(a.signedOn) AS signedOn, a.reviewStatus AS status")).records[0]!;
    expect([agreement.get("type"), agreement.get("signedOn"), agreement.get("status")]).toEqual(["joint_lab", "2024-06-01", "corrected"]);
    expect(again.notes).toContain(`agreement "rv-1": a reviewer has decided its type, title, dates or status; the file's other values were not applied (people's decisions outrank files)`);
  });
});
