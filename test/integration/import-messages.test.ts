import * as XLSX from "@e965/xlsx";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { importRoutes, type ImportPreviewJson } from "../../contract/import-api.ts";
import { projectRoot } from "../../server/config.ts";
import { applySchema } from "../../server/db/apply-schema.ts";
import type { Database } from "../../server/db/database.ts";
import { previewImport, type ImportPreview } from "../../server/ingest/imports.ts";
import { creditCodeCheckCharacter } from "../../server/model/identity-codes.ts";
import { canonicalDump, connectTestDatabase, resetDatabase } from "../support/test-database.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { editorToken } from "../support/editor-tokens.ts";

// Issue 14: every problem names the file, sheet and row and says what to do, in the user's language.
// One planner's workbook, made here, with several kinds of problem, previewed against a real Neo4j
// in Chinese and in English: through previewImport, the HTTP route and the CLI.

const code = (first17: string) => `${first17}${creditCodeCheckCharacter(first17)}`;
const baojiCode = code("91610300MA6X00041");
const xianCode = code("91610100MA6X00042");
const marsCode = code("91610300MA6X00043");
const good = code("91610300MA6X00044");
/** A credit code with its check character mistyped. */
const badCode = good.slice(0, 17) + (good[17] === "0" ? "1" : "0");
const fileName = "陕西省合作名单.xlsx";

function plannerWorkbook(): Uint8Array {
  const book = XLSX.utils.book_new();
  const sheet = (name: string, rows: unknown[][]) => XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name);
  sheet("企业", [
    ["序号", "企业名称", "简称", "统一社会信用代码", "所在地"],
    [1, "宝鸡甲钛业有限公司", "甲钛业", baojiCode, "宝鸡市"],
    [2, "西安甲钛业有限公司", "甲钛业", xianCode, "西安市"],
    [3, "宝鸡乙钛业有限公司", "", badCode, "宝鸡市"],
    [4, "火星钛业有限公司", "", marsCode, "火星市"],
  ]);
  // Named after its kind, without the column every institution needs (学校名称).
  sheet("institutions", [
    ["序号", "学校标识码", "所在地"],
    [1, "4161010700", "西安市"],
  ]);
  sheet("合作协议", [
    ["序号", "合作企业", "合作类型", "签约时间"],
    [1, "甲钛业", "joint_lab", "2025-03-20"],
    [2, "宝鸡甲钛业有限公司", "joint_lab", "2025-02-30"],
  ]);
  return XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Uint8Array;
}

/** The problems expected, by code and place: file:sheet:row. */
const expected = [
  { code: "code.creditCheck", where: `${fileName}:企业:4` },
  { code: /^region\.unknown/, where: `${fileName}:企业:5` },
  { code: "column.missingRequired", where: `${fileName}:institutions:1` },
  { code: "value.notADate", where: `${fileName}:合作协议:3` },
  // Said once, with its candidates: not again as a reference to nothing.
  { code: "ref.ambiguous", where: `${fileName}:合作协议:2` },
];

const han = /\p{Script=Han}/u;
/** Three English words in a row: a sentence in English, not a code, an id or a file name. */
const englishWords = /\b[A-Za-z]{2,}\b[\s,]+\b[A-Za-z]{2,}\b[\s,]+\b[A-Za-z]{3,}\b/;

function expectEveryProblem(preview: Pick<ImportPreview, "problems" | "problemDetails">): void {
  expect(preview.problems, preview.problems.join("\n")).toHaveLength(expected.length);
  expect(preview.problemDetails).toHaveLength(expected.length);
  for (const { code: wanted, where } of expected) {
    const detail = preview.problemDetails.find((p) => p.where === where && (typeof wanted === "string" ? p.code === wanted : wanted.test(p.code)));
    expect(detail, `${String(wanted)} at ${where}: ${preview.problems.join("\n")}`).toBeDefined();
    expect(preview.problems).toContain(`${where}: ${detail!.message}`);
    // file:sheet:row, as the workbook names them.
    expect(where).toMatch(new RegExp(`^${fileName.replace(".", "\\.")}:[^:]+:\\d+$`));
  }
}

describe("problems in the reader's language, on a real Neo4j", { timeout: 180_000 }, () => {
  let database: Database;
  let file: string;
  const files = () => [{ name: fileName, bytes: plannerWorkbook() }];

  beforeAll(async () => {
    database = connectTestDatabase();
    await applySchema(database);
    await resetDatabase(database);
    file = path.join(mkdtempSync(path.join(os.tmpdir(), "atlas-messages-")), fileName);
    writeFileSync(file, plannerWorkbook());
  });
  afterAll(() => database?.close());

  it("names file:sheet:row and says what to do in Chinese, with no English sentence", async () => {
    const before = await canonicalDump(database);
    const preview = await previewImport(database, files(), { locale: "zh" });
    expectEveryProblem(preview);
    for (const { message } of preview.problemDetails) {
      expect(message, message).toMatch(han);
      expect(message, message).not.toMatch(englishWords);
    }
    const at = (where: string, code?: string) => preview.problemDetails.find((p) => p.where === where && (code === undefined || p.code === code))!.message;
    expect(at(`${fileName}:企业:4`)).toMatch(new RegExp(`^代码“${badCode}”有误：统一社会信用代码 ${badCode} 的校验码应为 ${good[17]}，而不是 ${badCode[17]}`));
    expect(at(`${fileName}:企业:5`)).toMatch(/^所在地“火星市”不是我国的行政区/);
    expect(at(`${fileName}:institutions:1`)).toBe("缺少必填的列：名称（表头中有：序号, 学校标识码, 所在地）");
    expect(at(`${fileName}:合作协议:3`)).toMatch(/^签约日期“2025-02-30”不是有效的日期/);
    expect(at(`${fileName}:合作协议:2`, "ref.ambiguous")).toMatch(/^合作方“甲钛业”可能是“uscc-[0-9A-Z]{18}”或“uscc-[0-9A-Z]{18}”：请填写所指的编号、代码或全称$/);
    // Notes and each table's why are worded in Chinese too.
    expect(preview.notes).toContain(`${fileName}:企业: 已作为企业读取（依据：列 企业名称、统一社会信用代码）`);
    expect(preview.tables.find((t) => t.sheet === "企业")!.why).toBe("列 企业名称、统一社会信用代码");
    expect(preview.notes.every((note) => han.test(note) && !englishWords.test(note)), preview.notes.join("\n")).toBe(true);
    expect(await canonicalDump(database)).toEqual(before);
  });

  it("says the same in English, in the words the project has always used", async () => {
    const preview = await previewImport(database, files(), { locale: "en" });
    expectEveryProblem(preview);
    const at = (where: string, code?: string) => preview.problemDetails.find((p) => p.where === where && (code === undefined || p.code === code))!.message;
    expect(at(`${fileName}:企业:4`)).toBe(`code "${badCode}" is not a valid code: the check character of unified social credit code ${badCode} should be ${good[17]}, not ${badCode[17]}: a character is mistyped`);
    expect(at(`${fileName}:企业:5`)).toMatch(/^region "火星市" is not a region of China/);
    expect(at(`${fileName}:institutions:1`)).toBe("missing required column name (the header has 序号, 学校标识码, 所在地)");
    expect(at(`${fileName}:合作协议:3`)).toBe('signedOn "2025-02-30" must be a real date such as 2025-03-20');
    expect(at(`${fileName}:合作协议:2`, "ref.ambiguous")).toMatch(/^parties "甲钛业" could be "uscc-\w{18}" or "uscc-\w{18}"; give the id, the code or the full name of the one it is$/);
    for (const { message } of preview.problemDetails) expect(message, message).toMatch(englishWords);
    // The same place and code in both languages: programs read the details, not the words.
    const chinese = await previewImport(database, files(), { locale: "zh" });
    expect(chinese.problemDetails.map(({ where, code, values }) => ({ where, code, values }))).toEqual(preview.problemDetails.map(({ where, code, values }) => ({ where, code, values })));
  });

  describe("through the import route", () => {
    const secret = "import-messages-secret-of-at-least-32-chars";
    let server: TestServer;
    let editor: string;
    beforeAll(async () => {
      server = await startTestServer(database, { jwtSecret: secret });
      editor = await editorToken(secret, ["editor"], "planner@example");
    });
    afterAll(() => server?.close());

    const preview = async (body: Record<string, unknown>, acceptLanguage?: string) => {
      const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json", authorization: `Bearer ${editor}` };
      if (acceptLanguage) headers["accept-language"] = acceptLanguage;
      const files = [{ name: fileName, base64: Buffer.from(plannerWorkbook()).toString("base64") }];
      const response = await fetch(`${server.url}${importRoutes.preview}`, { method: "POST", headers, body: JSON.stringify({ files, ...body }) });
      expect(response.status).toBe(200);
      return (await response.json()) as ImportPreviewJson;
    };

    it("answers in the body's locale, else in the language Accept-Language prefers", async () => {
      const chinese = await preview({ locale: "zh" });
      expectEveryProblem({ problems: chinese.problems, problemDetails: chinese.problemDetails as ImportPreview["problemDetails"] });
      expect(chinese.problems.every((problem) => han.test(problem.slice(problem.indexOf(": ") + 2)))).toBe(true);
      const byHeader = await preview({}, "zh-CN,zh;q=0.9,en;q=0.8");
      expect(byHeader.problems).toEqual(chinese.problems);
      const english = await preview({ locale: "en" }, "zh-CN");
      expect(english.problems).toContain(`${fileName}:institutions:1: missing required column name (the header has 序号, 学校标识码, 所在地)`);
    });
  });

  it("ingest --dry-run --lang zh prints the problems in Chinese", async () => {
    const run = await cli(["ingest", "--dry-run", "--lang", "zh", file]);
    expect(run.code, run.output).toBe(1);
    expect(run.output).toContain(`问题（${expected.length} 个）：`);
    expect(run.output).toContain(`${fileName}:institutions:1: 缺少必填的列：名称（表头中有：序号, 学校标识码, 所在地）`);
    expect(run.output).toMatch(new RegExp(`${fileName.replace(".", "\\.")}:企业:4: 代码“${badCode}”有误`));
    expect(run.output).toContain(`共 ${expected.length} 个问题：请先改正；未写入任何内容。`);
    // The environment's language when --lang is not given.
    const fromEnvironment = await cli(["ingest", "--dry-run", file], { LANG: "zh_CN.UTF-8", LC_ALL: "", LC_MESSAGES: "" });
    expect(fromEnvironment.output).toContain(`${fileName}:合作协议:3: 签约日期“2025-02-30”不是有效的日期`);
  });
});

function cli(args: string[], env: Record<string, string> = { LC_ALL: "C.UTF-8" }): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/cli.ts", ...args], {
    cwd: projectRoot,
    env: { ...process.env, NEO4J_URI: inject("neo4jUri"), NEO4J_USER: inject("neo4jUser") || "neo4j", NEO4J_PASSWORD: inject("neo4jPassword"), ATLAS_SAMPLE: "off", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, output })));
}
