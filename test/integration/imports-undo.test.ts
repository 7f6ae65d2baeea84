import * as XLSX from "@e965/xlsx";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { applySchema } from "../../server/db/apply-schema.ts";
import type { Database } from "../../server/db/database.ts";
import { ingest } from "../../server/ingest/ingest.ts";
import { loadRegions } from "../../server/ingest/load-regions.ts";
import { commitImport, listChangesets, previewImport, undoChangeset, type ImportFile } from "../../server/ingest/imports.ts";
import { sampleDir } from "../../server/ingest/sample.ts";
import { creditCodeCheckCharacter } from "../../server/model/identity-codes.ts";
import { canonicalDump, connectTestDatabase, countOf, resetDatabase } from "../support/test-database.ts";

// Imports as the import view and the CLI make them: files in memory, a preview that writes nothing,
// a commit recorded as a changeset, and its undo, which must give back the graph exactly (the
// canonical dump, COLLABORATES_WITH included).

const code = (first17: string) => `${first17}${creditCodeCheckCharacter(first17)}`;

function workbook(name: string, sheets: Record<string, unknown[][]>): ImportFile {
  const book = XLSX.utils.book_new();
  for (const [sheet, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), sheet);
  return { name, bytes: XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Uint8Array };
}

const csv = (name: string, text: string): ImportFile => ({ name, bytes: new TextEncoder().encode(text) });

const enterpriseHeader = ["序号", "企业名称", "统一社会信用代码", "所属产业链", "产业链环节", "所在地"];
const agreementHeader = ["序号", "学校名称", "合作企业", "合作类型", "签约时间"];

/** A planner's list: two new enterprises, the sample's Baoti Group placed in Chengdu (a conflict), and agreements between organisations already in the graph. */
const plannerList = () =>
  workbook("陕西省钛产业链名单.xlsx", {
    企业: [
      ["陕西省钛产业链重点企业名单"],
      enterpriseHeader,
      [1, "宝鸡测试钛材有限公司", code("91610300MA6X00011"), "钛及钛合金产业链", "海绵钛", "宝鸡市"],
      [2, "西安测试钛合金有限公司", code("91610100MA6X00012"), "钛及钛合金产业链", "钛材", "西安市"],
      [3, "宝钛集团有限公司", "", "钛及钛合金产业链", "钛材", "成都市"],
    ],
    合作: [
      agreementHeader,
      [1, "Xi'an University of Technology", "宝钛集团有限公司", "joint_lab", "2025-01-15"],
      [2, "Xi'an University of Technology", "Huawei", "practice_base", "2024-09-01"],
    ],
  });

const collaboration = (database: Database, x: string, y: string) =>
  database
    .read("MATCH (x:Organization {id: $x})-[c:COLLABORATES_WITH]-(y:Organization {id: $y}) RETURN c.agreements AS agreements, toString(c.firstOn) AS firstOn, toString(c.lastOn) AS lastOn", { x, y })
    .then((r) => (r.records[0] ? { agreements: Number(r.records[0].get("agreements")), firstOn: r.records[0].get("firstOn"), lastOn: r.records[0].get("lastOn") } : undefined));

describe("imports: preview, commit as a changeset, undo", () => {
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

  it("previews new, changed and unchanged records and writes nothing", async () => {
    const before = await canonicalDump(database);
    const file = csv(
      "enterprises.csv",
      [
        "id,name,nameZh,kind,region,aliases,segments,source",
        // As the sample has it: unchanged.
        "huawei,Huawei,,,,,,seed-444b3c4577d7952c",
        // The sample's company with an alias added: changed.
        "sichuan-youlate-electronics,Sichuan Youlate Electronics Co. Ltd.,,,510000,优乐特,,seed-70ad2907724dcf75",
        // Not in the graph: new.
        "preview-new-co,Preview New Co.,,,610100,,,",
      ].join("\n"),
    );
    const preview = await previewImport(database, [file]);
    expect(preview.problems).toEqual([]);
    expect(preview.tables).toEqual([expect.objectContaining({ key: "enterprises.csv", kind: "enterprises", rows: 3, headerLine: 1 })]);
    const byId = Object.fromEntries(preview.changes.map((c) => [c.id, c]));
    expect(byId["huawei"]).toMatchObject({ change: "unchanged", where: "enterprises.csv:2" });
    expect(byId["sichuan-youlate-electronics"]).toMatchObject({
      change: "changed",
      where: "enterprises.csv:3",
      before: { aliases: null, aliasText: null },
      after: { aliases: ["优乐特"], aliasText: "优乐特" },
    });
    expect(byId["preview-new-co"]).toMatchObject({ change: "new", name: "Preview New Co.", after: { name: "Preview New Co.", regionCode: "610100", label: "Enterprise" } });
    expect(preview.counts).toEqual({ new: 1, changed: 1, unchanged: 1, conflicts: 0 });
    expect(await canonicalDump(database)).toEqual(before);
    expect(await listChangesets(database)).toHaveLength(1); // the sample's own load
  });

  it("commits a planner's list (new enterprises, a replaced organisation, agreements between existing ones) and undoes it exactly", async () => {
    const before = await canonicalDump(database);
    const pairBefore = await collaboration(database, "xian-university-of-technology", "huawei");
    expect(pairBefore?.agreements).toBeGreaterThan(0);

    const undecided = await commitImport(database, [plannerList()], { by: "planner" });
    expect(undecided.changeset).toBeUndefined();
    expect(undecided.preview.conflicts).toEqual([expect.objectContaining({ where: "陕西省钛产业链名单.xlsx:企业:5", id: expect.any(String), matches: expect.objectContaining({ id: "baoti-group" }) })]);
    expect(undecided.preview.problems).toEqual([expect.stringMatching(/^陕西省钛产业链名单\.xlsx:企业:5: /)]);
    expect(await canonicalDump(database)).toEqual(before);

    const decisions = { [undecided.preview.conflicts[0]!.where]: "replace" as const };
    const preview = await previewImport(database, [plannerList()], { decisions });
    expect(preview.problems).toEqual([]);
    expect(preview.changes.filter((c) => c.kind === "enterprises").map((c) => [c.id, c.change])).toEqual([
      [`uscc-${code("91610300MA6X00011")}`, "new"],
      [`uscc-${code("91610100MA6X00012")}`, "new"],
      ["baoti-group", "changed"],
    ]);
    expect(preview.changes.find((c) => c.id === "baoti-group")).toMatchObject({ before: { regionCode: "610300" }, after: { regionCode: "510100" } });
    expect(preview.changes.filter((c) => c.kind === "agreements").map((c) => c.change)).toEqual(["new", "new"]);

    const committed = await commitImport(database, [plannerList()], { by: "planner", decisions });
    expect(committed.preview.problems).toEqual([]);
    expect(committed.changeset).toMatchObject({ by: "planner", files: ["陕西省钛产业链名单.xlsx"], counts: { new: 4 } });
    expect(await countOf(database, "MATCH (e:Enterprise {id: 'baoti-group'}) RETURN count(CASE WHEN e.regionCode = '510100' THEN 1 END)")).toBe(1);
    expect(await collaboration(database, "baoti-group", "xian-university-of-technology")).toEqual({ agreements: 1, firstOn: "2025-01-15", lastOn: "2025-01-15" });
    expect((await collaboration(database, "xian-university-of-technology", "huawei"))?.agreements).toBe(pairBefore!.agreements + 1);
    const version = await countOf(database, "MATCH (m:AtlasMeta {id: 'graph'}) RETURN m.version");

    const undone = await undoChangeset(database, committed.changeset!.id, "reviewer");
    expect(undone).toMatchObject({ id: committed.changeset!.id, undoneBy: "reviewer", undoneAt: expect.any(String) });
    expect(await canonicalDump(database)).toEqual(before);
    expect(await countOf(database, "MATCH (m:AtlasMeta {id: 'graph'}) RETURN m.version")).toBe(version + 1);
    await expect(undoChangeset(database, committed.changeset!.id, "reviewer")).rejects.toThrow(/already undone by reviewer/);
  });

  it("refuses to undo an import under a later one that touched the same records, naming it", async () => {
    const before = await canonicalDump(database);
    const uscc = code("91610300MA6X00021");
    const first = await commitImport(database, [workbook("第一批.xlsx", { Sheet1: [enterpriseHeader, [1, "宝鸡测试一号有限公司", uscc, "钛及钛合金产业链", "海绵钛", "宝鸡市"]] })], { by: "a" });
    expect(first.preview.problems).toEqual([]);
    const second = await commitImport(database, [workbook("第二批.xlsx", { Sheet1: [enterpriseHeader, [1, "宝鸡测试一号有限公司", uscc, "钛及钛合金产业链", "钛材", "宝鸡市"]] })], { by: "b" });
    expect(second.preview.problems).toEqual([]);
    expect(second.preview.changes).toEqual([expect.objectContaining({ change: "changed", after: { segments: expect.arrayContaining(["shaanxi-titanium-alloy-chain--titanium-mill-products"]) } })]);
    await expect(undoChangeset(database, first.changeset!.id, "a")).rejects.toThrow(new RegExp(`later import "${second.changeset!.id}" \\(by b`));
    await undoChangeset(database, second.changeset!.id, "b");
    await undoChangeset(database, first.changeset!.id, "a");
    expect(await canonicalDump(database)).toEqual(before);
  });

  it("takes a person's choices: the kind of a table and the mapping of its columns", async () => {
    const file = csv("名单.csv", "单位,地区,备注\n宝鸡市测试管理委员会,宝鸡市,不要读\n");
    const guessed = await previewImport(database, [file]);
    expect(guessed.problems).not.toEqual([]);
    const choices = { "名单.csv": { kind: "governments" as const, columns: { 单位: "name", 地区: "region", 备注: null } } };
    const chosen = await previewImport(database, [file], { choices });
    expect(chosen.problems).toEqual([]);
    expect(chosen.tables).toEqual([expect.objectContaining({ key: "名单.csv", kind: "governments", why: "chosen", columns: { 单位: "name", 地区: "region", 备注: null } })]);
    const committed = await commitImport(database, [file], { by: "planner", choices });
    expect(committed.changeset).toBeDefined();
    expect(await countOf(database, "MATCH (g:Government {name: '宝鸡市测试管理委员会', regionCode: '610300'}) WHERE g.note IS NULL RETURN count(g)")).toBe(1);
  });

  it("records a plain ingest as a changeset that can be undone", async () => {
    const before = await canonicalDump(database);
    const changesets = await listChangesets(database);
    const result = await ingest(database, [sampleDir + "/../sample/agreements.csv"], { by: "script" });
    expect(result.problems).toEqual([]);
    const [latest] = await listChangesets(database);
    expect(latest).toMatchObject({ by: "script", counts: { new: 0, changed: 0 } });
    expect(latest!.id).not.toBe(changesets[0]!.id);
    await undoChangeset(database, latest!.id, "script");
    expect(await canonicalDump(database)).toEqual(before);
  });

  it("undoes the whole sample load, under a later import that changed nothing", async () => {
    await resetDatabase(database);
    await loadRegions(database);
    const empty = await canonicalDump(database);
    expect((await ingest(database, [sampleDir], { by: "sample" })).problems).toEqual([]);
    const [sample] = await listChangesets(database);
    // The same files again change nothing: recorded, but with nothing to undo, so it stands in no one's way.
    expect((await ingest(database, [sampleDir], { by: "again" })).problems).toEqual([]);
    const [again] = await listChangesets(database);
    expect(again).toMatchObject({ by: "again", counts: { new: 0, changed: 0 } });
    await undoChangeset(database, sample!.id, "tester");
    expect(await canonicalDump(database)).toEqual(empty);
  });
});
