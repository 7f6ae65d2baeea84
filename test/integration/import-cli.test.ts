import * as XLSX from "@e965/xlsx";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { projectRoot } from "../../server/config.ts";
import { applySchema } from "../../server/db/apply-schema.ts";
import type { Database } from "../../server/db/database.ts";
import { ingest } from "../../server/ingest/ingest.ts";
import { sampleDir } from "../../server/ingest/sample.ts";
import { creditCodeCheckCharacter } from "../../server/model/identity-codes.ts";
import { canonicalDump, connectTestDatabase, resetDatabase } from "../support/test-database.ts";

// The CLI's door to imports, on the test database: ingest --dry-run prints the preview and writes
// nothing; a load says its changeset; import list shows it and import undo gives the graph back.

function cli(args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/cli.ts", ...args], {
    cwd: projectRoot,
    env: { ...process.env, NEO4J_URI: inject("neo4jUri"), NEO4J_USER: inject("neo4jUser") || "neo4j", NEO4J_PASSWORD: inject("neo4jPassword"), ATLAS_SAMPLE: "off", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, output })));
}

describe("npm run -s atlas -- ingest / import, on a real Neo4j", { timeout: 180_000 }, () => {
  let database: Database;
  let list: string;
  beforeAll(async () => {
    database = connectTestDatabase();
    await applySchema(database);
    await resetDatabase(database);
    expect((await ingest(database, [sampleDir])).problems).toEqual([]);
    const first17 = "91610300MA6X00031";
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ["序号", "企业名称", "统一社会信用代码", "所属产业链", "产业链环节", "所在地"],
        [1, "宝鸡命令行测试有限公司", `${first17}${creditCodeCheckCharacter(first17)}`, "钛及钛合金产业链", "海绵钛", "宝鸡市"],
        [2, "宝钛集团有限公司", "", "钛及钛合金产业链", "钛材", "成都市"],
      ]),
      "Sheet1",
    );
    list = path.join(mkdtempSync(path.join(os.tmpdir(), "atlas-cli-")), "名单.xlsx");
    writeFileSync(list, XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Uint8Array);
  });
  afterAll(() => database.close());

  it("previews with --dry-run, loads as a changeset, lists it and undoes it", async () => {
    const before = await canonicalDump(database);
    const undecided = await cli(["ingest", "--dry-run", list]);
    expect(undecided.code, undecided.output).toBe(1);
    expect(undecided.output).toContain("名单.xlsx:Sheet1: enterprises (from its columns 企业名称, 统一社会信用代码");
    expect(undecided.output).toMatch(/conflicts \(1\):\n .*名单\.xlsx:Sheet1:3: "宝钛集团有限公司" matches .*undecided/);
    expect(undecided.output).toMatch(/problems \(1\):\n .*名单\.xlsx:Sheet1:3: /);

    const decided = await cli(["ingest", "--dry-run", "--on-conflict", "keep", list]);
    expect(decided.code, decided.output).toBe(0);
    expect(decided.output).toContain("changes: 1 new, 1 changed, 0 unchanged, 1 conflict");
    expect(decided.output).toContain("dry run: nothing was written.");
    expect(await canonicalDump(database)).toEqual(before);

    const loaded = await cli(["ingest", "--on-conflict", "keep", "--by", "王工", list]);
    expect(loaded.code, loaded.output).toBe(0);
    const id = /Recorded as import (cs-\S+);/.exec(loaded.output)?.[1];
    expect(id, loaded.output).toBeDefined();
    const listed = await cli(["import", "list"]);
    expect(listed.output.split("\n")[0]).toMatch(new RegExp(`^${id}  \\S+  by 王工  1 new, 1 changed, 0 unchanged  .*名单\\.xlsx$`));

    const undone = await cli(["import", "undo", id!, "--by", "李工"]);
    expect(undone.code, undone.output).toBe(0);
    expect(undone.output).toContain("undone by 李工");
    expect(await canonicalDump(database)).toEqual(before);
    const again = await cli(["import", "undo", id!]);
    expect(again.code).toBe(1);
    expect(again.output).toContain(`import "${id}" was already undone by 李工`);
  });
});
