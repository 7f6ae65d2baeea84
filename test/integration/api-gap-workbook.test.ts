// /api/gaps/<code>.xlsx over the api-small fixture: the workbook read back holds the gap list the
// oracle computes from the fixture files, in English and in Chinese.
import * as XLSX from "@e965/xlsx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../server/db/database.ts";
import { readContainment, type ApiOracle } from "../support/api-oracle.ts";
import { loadApiFixture } from "../support/api-fixture.ts";
import type { TestServer } from "../support/test-server.ts";

describe("the gap list workbook", () => {
  let database: Database;
  let server: TestServer;
  let oracle: ApiOracle;

  beforeAll(async () => {
    ({ database, server, oracle } = await loadApiFixture());
    oracle = oracle.withContainment(await readContainment(database, ["510000", "610000"]));
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  async function workbook(path: string): Promise<{ response: Response; book: XLSX.WorkBook }> {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status, await response.clone().text().then((t) => (response.ok ? path : t))).toBe(200);
    return { response, book: XLSX.read(new Uint8Array(await response.arrayBuffer()), { type: "array" }) };
  }

  const rows = (book: XLSX.WorkBook, sheet: string) => XLSX.utils.sheet_to_json<Record<string, string | number>>(book.Sheets[sheet]!, { defval: "" });

  it("downloads Sichuan's gap list as an .xlsx attachment whose sheets hold the oracle's gaps, enterprises and candidates", async () => {
    const { response, book } = await workbook("/api/gaps/510000.xlsx?lang=en");
    expect(response.headers.get("content-type")).toMatch(/spreadsheetml/);
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="?gaps-510000.xlsx"?/);
    expect(book.SheetNames).toEqual(["Gaps", "Enterprises", "Candidates", "Sources"]);

    const expected = oracle.gapList("510000");
    const gaps = rows(book, "Gaps");
    const wantGaps = expected.chains.flatMap((c) =>
      c.segmentCoverage === undefined ? [[c.chain, "segments not recorded"]] : c.uncoveredSegments.map((s) => [c.chain, s.segment]),
    );
    expect(gaps.map((r) => [r["Chain ID"], r["Segment ID"] || r["Segment coverage"]])).toEqual(wantGaps);

    const enterprises = rows(book, "Enterprises");
    expect(enterprises.map((r) => [r["Chain ID"], r["Enterprise ID"]])).toEqual(expected.chains.flatMap((c) => c.unpartneredEnterprises.map((e) => [c.chain, e])));

    const candidates = rows(book, "Candidates");
    const wantCandidates = expected.chains.flatMap((c) => c.uncoveredSegments.flatMap((s) => s.candidates.slice(0, 3).map((x, i) => [s.segment, i + 1, x.institution, x.strength])));
    expect(candidates.map((r) => [r["Segment ID"], r["Rank"], r["Institution ID"], r["Strength"]])).toEqual(wantCandidates);

    // Every source an evidence cites is in the Sources sheet, with its address.
    const sources = new Map(rows(book, "Sources").map((r) => [r["Source ID"], r["URL"]]));
    for (const row of candidates) {
      for (const url of String(row["Source URLs"]).split(" ").filter(Boolean)) expect([...sources.values()]).toContain(url);
    }
    expect(sources.size).toBeGreaterThan(0);
  });

  it("words the workbook in Chinese when asked, or when the browser prefers Chinese", async () => {
    const { book } = await workbook("/api/gaps/610000.xlsx?lang=zh");
    expect(book.SheetNames).toEqual(["缺口", "未合作企业", "候选院校", "来源"]);
    const gaps = rows(book, "缺口");
    expect(gaps.map((r) => r["产业链ID"])).toContain("sx-ti-chain");
    expect(gaps.find((r) => r["环节ID"] === "sx-ti--ingots")!["产业链"]).toBe("测试陕西钛产业链");
    const negotiated = await fetch(`${server.url}/api/gaps/610000.xlsx`, { headers: { "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.5" } });
    expect(XLSX.read(new Uint8Array(await negotiated.arrayBuffer()), { type: "array" }).SheetNames[0]).toBe("缺口");
  });

  it("refuses a malformed or unknown region and an unknown language with 400 and a plain reason", async () => {
    for (const [path, reason] of [
      ["/api/gaps/51.xlsx", /six-digit GB\/T 2260 code/],
      ["/api/gaps/999999.xlsx", /999999/],
      ["/api/gaps/510000.xlsx?lang=fr", /lang must be en or zh/],
    ] as const) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(400);
      expect(await response.text(), path).toMatch(reason);
    }
  });
});
