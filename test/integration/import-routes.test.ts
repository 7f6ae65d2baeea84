// The import view's HTTP door against a real Neo4j: refused without an editor token (as the write
// API refuses), bounded by its own body limit, and preview → commit → list → undo leaving the graph
// as it was.
import * as XLSX from "@e965/xlsx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importRoutes, maxImportBodyBytes, type ChangesetJson, type ChangesetsAnswer, type CommitAnswer, type ImportPreviewJson } from "../../contract/import-api.ts";
import { applySchema } from "../../server/db/apply-schema.ts";
import type { Database } from "../../server/db/database.ts";
import { ingest } from "../../server/ingest/ingest.ts";
import { sampleDir } from "../../server/ingest/sample.ts";
import { creditCodeCheckCharacter } from "../../server/model/identity-codes.ts";
import { editorToken, refusedTokens } from "../support/editor-tokens.ts";
import { canonicalDump, connectTestDatabase, resetDatabase } from "../support/test-database.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

const secret = "import-routes-secret-of-at-least-32-chars";

const code = (first17: string) => `${first17}${creditCodeCheckCharacter(first17)}`;
const goodCode = code("91610300MA6X00011");
/** The same code with its check character mistyped. */
const badCode = goodCode.slice(0, 17) + (goodCode[17] === "0" ? "1" : "0");

/** A planner's list as an .xlsx made by the library: title row, 序号, Chinese headers, chain and segment by name. */
function plannerList(firstCode: string): string {
  const book = XLSX.utils.book_new();
  const rows = [
    ["陕西省钛产业链重点企业名单"],
    ["序号", "企业名称", "统一社会信用代码", "所属产业链", "产业链环节", "所在地"],
    [1, "宝鸡路由测试钛业有限公司", firstCode, "钛及钛合金产业链", "海绵钛", "宝鸡市"],
    [2, "宝鸡路由测试新材料有限公司", code("91610300MA6X00012"), "钛及钛合金产业链", "钛材", "宝鸡市"],
  ];
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), "Sheet1");
  return Buffer.from(XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Uint8Array).toString("base64");
}

const fileName = "陕西省钛产业链重点企业名单.xlsx";
type ErrorBody = { errors: { message: string; extensions?: Record<string, unknown> }[] };

describe("the import routes", () => {
  let database: Database;
  let server: TestServer;
  let readOnly: TestServer;
  let editor: string;

  const call = async (method: string, route: string, body?: unknown, token?: string) => {
    const headers: Record<string, string> = { accept: "application/json" };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(`${server.url}${route}`, { method, headers, body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body) });
    return { status: response.status, type: response.headers.get("content-type") ?? "", body: (await response.json()) as unknown };
  };

  beforeAll(async () => {
    database = connectTestDatabase();
    await applySchema(database);
    await resetDatabase(database);
    expect((await ingest(database, [sampleDir])).problems).toEqual([]);
    server = await startTestServer(database, { jwtSecret: secret });
    readOnly = await startTestServer(database, { jwtSecret: secret, writes: false });
    editor = await editorToken(secret, ["editor"], "planner@example");
  });
  afterAll(async () => {
    await server?.close();
    await readOnly?.close();
    await database?.close();
  });

  it.each(refusedTokens(secret).map((refused) => [refused.kind, refused] as const))(
    "refuses every request with %s, as the write API refuses it (status, JSON, the same words), and writes nothing",
    async (_kind, refused) => {
      const before = await canonicalDump(database);
      const body = { files: [{ name: fileName, base64: plannerList(goodCode) }] };
      const token = await refused.token();
      for (const [method, route, sent] of [
        ["POST", importRoutes.preview, body],
        ["POST", importRoutes.commit, body],
        ["GET", importRoutes.changesets, undefined],
        ["POST", importRoutes.undo("any"), undefined],
      ] as const) {
        const answer = await call(method, route, sent, token);
        expect(answer.status, `${method} ${route}`).toBe(refused.status);
        expect(answer.type).toMatch(/^application\/json/);
        const [error, ...more] = (answer.body as ErrorBody).errors;
        expect(more).toEqual([]);
        expect(error!.message).toMatch(refused.message);
        expect(error!.extensions).toEqual({ code: refused.status === 401 ? "UNAUTHENTICATED" : "FORBIDDEN" });
      }
      expect(await canonicalDump(database)).toEqual(before);
    },
  );

  it("has no import door when writes are off, and says so", async () => {
    const response = await fetch(`${readOnly.url}${importRoutes.preview}`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${editor}` }, body: "{}" });
    expect(response.status).toBe(404);
    expect(((await response.json()) as ErrorBody).errors[0]).toMatchObject({ message: expect.stringContaining("ATLAS_WRITES=off"), extensions: { code: "WRITES_DISABLED" } });
  });

  it("takes bodies over 1 MB up to its own limit, and refuses above it with a JSON 413 naming the limit", async () => {
    const padded = { files: [{ name: "pad.csv", base64: Buffer.from(`企业名称,联系人\n宝鸡填充测试有限公司,${"x".repeat(2 * 1024 * 1024)}\n`).toString("base64") }] };
    const large = await call("POST", importRoutes.preview, padded, editor);
    expect(large.status).toBe(200);
    const over = await call("POST", importRoutes.preview, JSON.stringify({ files: [{ name: "big.xlsx", base64: "A".repeat(maxImportBodyBytes) }] }), editor);
    expect(over.status).toBe(413);
    expect((over.body as ErrorBody).errors[0]).toMatchObject({ message: expect.stringContaining("25 MB"), extensions: { code: "PAYLOAD_TOO_LARGE", limit: "maxImportBodyBytes" } });
    // Everything else keeps the 1 MB limit.
    const graphql = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }", pad: "x".repeat(1024 * 1024 + 10) }) });
    expect(graphql.status).toBe(413);
  });

  it("serves a blank workbook per kind, read back as that kind", async () => {
    const response = await fetch(`${server.url}${importRoutes.template("enterprises")}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/spreadsheetml/);
    expect(response.headers.get("content-disposition")).toContain("enterprises-template.xlsx");
    const book = XLSX.read(new Uint8Array(await response.arrayBuffer()), { type: "array" });
    expect(book.SheetNames).toEqual(["企业 enterprises"]);
    expect((await fetch(`${server.url}/api/import/templates/people.xlsx`)).status).toBe(404);
  });

  it("previews (a bad code as a problem at file:sheet:row, nothing written), commits the fixed list, lists it, and undoes it exactly", async () => {
    const before = await canonicalDump(database);
    const wrong = await call("POST", importRoutes.preview, { files: [{ name: fileName, base64: plannerList(badCode) }] }, editor);
    expect(wrong.status).toBe(200);
    const wrongPreview = wrong.body as ImportPreviewJson;
    expect(wrongPreview.problems.some((problem) => problem.startsWith(`${fileName}:Sheet1:3: `) && problem.includes("check character"))).toBe(true);
    expect(wrongPreview.tables[0]).toMatchObject({ key: `${fileName}:Sheet1`, kind: "enterprises", headerLine: 2 });
    const refused = await call("POST", importRoutes.commit, { files: [{ name: fileName, base64: plannerList(badCode) }] }, editor);
    expect(refused.status).toBe(422);
    expect((refused.body as CommitAnswer).changeset).toBeUndefined();
    expect(await canonicalDump(database)).toEqual(before);

    const fixed = { files: [{ name: fileName, base64: plannerList(goodCode) }] };
    const preview = (await call("POST", importRoutes.preview, fixed, editor)).body as ImportPreviewJson;
    expect(preview.problems).toEqual([]);
    expect(preview.counts.new).toBeGreaterThanOrEqual(2);
    expect(await canonicalDump(database)).toEqual(before);

    const committed = await call("POST", importRoutes.commit, fixed, editor);
    expect(committed.status).toBe(200);
    const changeset = (committed.body as CommitAnswer).changeset!;
    expect(changeset).toMatchObject({ by: "planner@example", files: [fileName] });
    const stored = await database.read("MATCH (e:Enterprise) WHERE e.name STARTS WITH '宝鸡路由测试' RETURN count(e) AS n");
    expect(Number(stored.records[0]!.get("n"))).toBe(2);

    const listed = (await call("GET", importRoutes.changesets, undefined, editor)).body as ChangesetsAnswer;
    expect(listed.changesets[0]).toMatchObject({ id: changeset.id, files: [fileName] });

    const undone = await call("POST", importRoutes.undo(changeset.id), undefined, editor);
    expect(undone.status).toBe(200);
    expect((undone.body as { changeset: ChangesetJson }).changeset).toMatchObject({ id: changeset.id, undoneBy: "planner@example" });
    const after = await canonicalDump(database);
    // The changesets themselves are the record of what happened; the graph is as it was.
    expect(after.filter((line) => !line.includes("Changeset"))).toEqual(before.filter((line) => !line.includes("Changeset")));
    const again = await call("POST", importRoutes.undo(changeset.id), undefined, editor);
    expect([404, 409]).toContain(again.status);
  });
});
