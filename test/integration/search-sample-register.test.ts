// Search over what `npm start` loads (the sample and the Ministry's register): the searches users
// said failed, in English and Chinese, and the order of what is found.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "../../server/commands/prepare-database.ts";
import type { Database } from "../../server/db/database.ts";
import { ingest } from "../../server/ingest/index.ts";
import { createLogger } from "../../server/logger.ts";
import { connectTestDatabase, resetDatabase } from "../support/test-database.ts";
import { postGraphQL, startTestServer, type TestServer } from "../support/test-server.ts";

interface Hit {
  id: string;
  kind: string;
  name: string;
  nameZh: string | null;
  score: number;
}
const searchQuery = "query ($text: String!, $limit: Int) { search(text: $text, limit: $limit) { id kind name nameZh score } }";

const xaut = "xian-university-of-technology";
const industryDepartment = "shaanxi-department-of-industry-and-it";

describe("search over the sample and the register", () => {
  let database: Database;
  let server: TestServer;
  beforeAll(async () => {
    database = connectTestDatabase();
    await resetDatabase(database);
    await prepareDatabase(database, { loadSample: true, loadRegister: true, logger: createLogger("silent") });
    server = await startTestServer(database);
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  const search = async (text: string, limit = 10): Promise<Hit[]> => {
    const { body } = await postGraphQL(server.url, searchQuery, { text, limit });
    expect(body.errors).toBeUndefined();
    const hits = (body.data as { search: Hit[] }).search;
    const scores = hits.map((hit) => hit.score);
    expect(scores, `best first for ${text}`).toEqual([...scores].sort((a, b) => b - a));
    return hits;
  };
  const firstOf = async (text: string) => (await search(text))[0]?.id;

  it("finds names with English small words in them (of, an)", async () => {
    const technology = await search("University of Technology", 50);
    expect(technology.map((hit) => hit.id)).toContain(xaut);
    // Names holding the text come first; names holding its words apart (…University of Science and Technology) after.
    const holding = technology.filter((hit) => hit.score >= 2);
    expect(holding.length).toBeGreaterThan(3);
    expect(holding.every((hit) => /university of technology/i.test(hit.name))).toBe(true);
    expect(technology.slice(holding.length).every((hit) => hit.score < 2 && /university/i.test(hit.name) && /technology/i.test(hit.name))).toBe(true);
    expect(await firstOf("Xi'an University")).toBe(xaut);
    expect(await firstOf("Department of Industry")).toBe(industryDepartment);
  });

  it("takes Xi'an however it is written, and puts Xi'an's own names first, not a Xinjiang company", async () => {
    for (const spelling of ["Xi'an", "Xian", "Xi an", "XI’AN", "ｘｉ＇ａｎ"]) {
      const hits = await search(spelling);
      expect(hits[0]?.id, spelling).toBe(xaut);
      expect(hits.slice(0, 3).map((hit) => hit.id), spelling).not.toContain("xinjiang-zhongshou-machinery");
      // Every hit has a name starting with the text (a prefix) before any that only holds it.
      expect(hits[0]!.score, spelling).toBeGreaterThanOrEqual(3);
    }
  });

  it("finds organisations by their Chinese names and any part of two characters or more", async () => {
    expect(await firstOf("华为")).toBe("huawei");
    expect(await firstOf("Huawei")).toBe("huawei");
    expect(await firstOf("西安理工")).toBe(xaut);
    expect(await firstOf("西安 理工")).toBe(xaut);
    expect((await search("安理工", 50)).map((hit) => hit.id)).toContain(xaut);
    expect(await firstOf("陕西省工业和信息化厅")).toBe(industryDepartment);
    expect(await firstOf("工业和信息化厅")).toBe(industryDepartment);
  });

  it("finds a school by the Ministry's code, and words in any order", async () => {
    expect(await firstOf("4161010700")).toBe(xaut);
    expect(await firstOf("4161 0107 00")).toBe(xaut);
    expect(await firstOf("Shaanxi Department of Industry")).toBe(industryDepartment);
    expect(await firstOf("Industry Shaanxi Information")).toBe(industryDepartment);
  });

  it("ranks a name equal to the text first, then names starting with it, then names holding it", async () => {
    const hits = await search("西安理工大学");
    expect(hits[0]).toMatchObject({ id: xaut, nameZh: "西安理工大学" });
    expect(hits[0]!.score).toBeGreaterThanOrEqual(4);
    // 西安理工大学高科学院 starts with it.
    expect(hits[1]).toMatchObject({ id: "moe-4161014041" });
    expect(hits[1]!.score).toBeGreaterThanOrEqual(3);
    expect(hits[1]!.score).toBeLessThan(4);
    // Huawei itself, then a company whose name holds it.
    const huawei = await search("Huawei");
    expect(huawei.map((hit) => hit.id).slice(0, 2)).toEqual(["huawei", "zhejiang-huawei-communication-technology"]);
    expect(Math.floor(huawei[1]!.score)).toBe(2);
    // Every name starting with Chongqing before any that only holds it.
    const chongqing = await search("Chongqing", 50);
    const tiers = chongqing.map((hit) => Math.floor(hit.score));
    expect(new Set(tiers)).toEqual(new Set([3, 2]));
    for (const hit of chongqing) {
      if (Math.floor(hit.score) === 3) expect(hit.name).toMatch(/^chongqing/i);
      else expect(hit.name).toMatch(/.chongqing/i);
    }
  });

  it("finds an organisation as soon as an ingest adds it, and by the alias a later ingest gives it", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-search-"));
    try {
      const write = (aliases: string) => {
        writeFileSync(path.join(dir, "sources.csv"), "id,kind,url,title,publisher,publishedOn,origin\nsrc-search-test,article,https://example.org/a,A test page,,,test\n");
        writeFileSync(path.join(dir, "enterprises.csv"), `id,name,nameZh,kind,region,aliases,segments,source\nsearch-test-co,Qinchuan Search Test Co. Ltd.,秦川检索测试有限公司,,610000,${aliases},,src-search-test\n`);
      };
      write("");
      expect((await ingest(database, [dir], {})).problems).toEqual([]);
      expect(await firstOf("Qinchuan Search")).toBe("search-test-co");
      expect(await firstOf("检索测试")).toBe("search-test-co");
      write("QCST");
      expect((await ingest(database, [dir], {})).problems).toEqual([]);
      expect(await firstOf("qcst")).toBe("search-test-co");
      // The names it had are kept: an alias adds to them.
      expect(await firstOf("秦川检索")).toBe("search-test-co");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
