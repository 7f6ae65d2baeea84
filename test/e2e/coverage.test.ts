import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleDir } from "../../server/ingest/sample.ts";
import { csvRows } from "../support/csv-rows.ts";
import { openBrowserSession, type BrowserSession } from "../support/browser-session.ts";
import { postGraphQL, type TestServer } from "../support/test-server.ts";


// The cell the test selects: the sample's provincial titanium chain in Shaanxi, where Baoti Group
// (in Baoji, a city of Shaanxi) states the segments it works in.
const chainId = "shaanxi-titanium-alloy-chain";
const shaanxi = "610000";

// Expectations come from the sample files, read without the loader.
const chains = csvRows(sampleDir, "chains.csv");
const chain = chains.find((row) => row.id === chainId)!;
const segments = csvRows(sampleDir, "segments.csv").filter((row) => row.chain === chainId);
const agreementParties = new Set(csvRows(sampleDir, "agreements.csv").flatMap((row) => (row.parties ?? "").split("|")));
/** Enterprises of the chain in Shaanxi (region 61xxxx) that no agreement names: the unpartnered ones. */
const unpartnered = csvRows(sampleDir, "enterprises.csv").filter(
  (row) => (row.region ?? "").startsWith("61") && (row.segments ?? "").split("|").some((id) => id.startsWith(`${chainId}--`)) && !agreementParties.has(row.id!),
);

/** A national chain with no enterprise in a province of the west: a hatched cell. */
const enterpriseRows = csvRows(sampleDir, "enterprises.csv");
const emptyCell = chains
  .filter((row) => !row.region)
  .flatMap((row) => ["540000", "630000", "640000", "460000"].map((region) => ({ chain: row.id!, region })))
  .find(({ chain, region }) => !enterpriseRows.some((e) => (e.region ?? "").startsWith(region.slice(0, 2)) && (e.segments ?? "").includes(`${chain}--`)))!;

describe("the coverage view in Chromium, over the sample data", () => {
  let session: BrowserSession;
  let server: TestServer;
  let page: Page;
  let pageErrors: string[];
  let provinceCount: number;

  beforeAll(async () => {
    session = await openBrowserSession({ page: { acceptDownloads: true } });
    ({ server, page, pageErrors } = session);
    const { body } = await postGraphQL(server.url, '{ regionsConnection(where: { level: { eq: "province" } }) { aggregate { count { nodes } } } }');
    provinceCount = (body.data as { regionsConnection: { aggregate: { count: { nodes: number } } } }).regionsConnection.aggregate.count.nodes;
  });

  afterAll(async () => {
    await session?.close();
  });

  const cell = (chain: string, region: string) => page.locator(`[data-testid="coverage-heatmap"] .cell[data-chain="${chain}"][data-region="${region}"]`);

  it("draws one heat-map cell per chain × province, blank outside a chain's place, and counts the cells judged", async () => {
    expect(chains.length).toBeGreaterThan(1);
    expect(provinceCount).toBe(34);
    await page.goto(`${server.url}/coverage?lang=en`);
    await page.getByTestId("coverage-heatmap").waitFor();
    await expect.poll(() => page.locator('[data-testid="coverage-heatmap"] .cell').count()).toBe(chains.length * provinceCount);
    for (const { id } of chains) expect(await page.locator(`[data-testid="coverage-heatmap"] .cell[data-chain="${id}"]`).count()).toBe(provinceCount);
    // Baoti's cell has an enterprise (coloured); a national chain with none there is hatched.
    expect(await cell(chainId, shaanxi).getAttribute("data-state")).toBe("coverage");
    expect(await cell(emptyCell.chain, emptyCell.region).getAttribute("data-empty")).toBe("true");
    // Beijing is not the Shaanxi chain's place: blank, not selectable, and the tooltip says why.
    expect(await cell(chainId, "110000").getAttribute("data-state")).toBe("outside");
    expect(await cell(chainId, "110000").getAttribute("aria-disabled")).toBe("true");
    expect(await cell(chainId, "110000").locator("title").textContent()).toContain("judged only in its place");
    // A national chain is judged in every province, a chain with a place only in the province holding it.
    const judged = chains.reduce((sum, row) => sum + (row.region ? 1 : provinceCount), 0);
    expect(await page.locator('[data-testid="coverage-heatmap"] .cell:not([data-state="outside"])').count()).toBe(judged);
    const summary = await page.getByTestId("matrix-summary").innerText();
    expect(summary).toContain(`${chains.length} chains × ${provinceCount} regions`);
    expect(summary).toContain(`of ${judged}.`);
    // The note on hatched cells shows when at least half the judged cells are hatched.
    const hatched = await page.locator('[data-testid="coverage-heatmap"] .cell[data-state="empty"]').count();
    expect(/hatched/i.test(summary)).toBe(hatched * 2 >= judged);
    expect(pageErrors).toEqual([]);
  });

  it("selects a cell with the keyboard: the URL and the detail follow", async () => {
    await page.goto(`${server.url}/coverage?lang=en`);
    await cell(chainId, shaanxi).waitFor();
    await cell(chainId, shaanxi).focus();
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.searchParams.get("chain") === chainId && url.searchParams.get("region") === shaanxi);
    expect(await cell(chainId, shaanxi).getAttribute("aria-pressed")).toBe("true");

    const detail = page.getByTestId("coverage-detail");
    await detail.waitFor();
    expect(await page.getByTestId("detail-heading").innerText()).toBe(`${chain.name} — Shaanxi`);
    // The segment strip: every segment of the chain, in its recorded order (the sample states no stages).
    const blocks = page.locator('[data-testid="segment-strip"] .segment');
    expect(await blocks.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-segment")))).toEqual(
      [...segments].sort((a, b) => Number(a.order) - Number(b.order)).map((row) => row.id),
    );
    expect(await page.locator('[data-testid="segments-table"] tbody tr').count()).toBe(segments.length);
    // Baoti operates in two segments, has no partner: 0 of 1 enterprises partnered.
    expect(await page.getByTestId("enterprise-coverage").innerText()).toContain("0 of 1");
    expect(unpartnered.map((row) => row.id)).toEqual(["baoti-group"]);
    const table = page.getByTestId("unpartnered-table");
    for (const enterprise of unpartnered) {
      const link = table.getByRole("link", { name: enterprise.name! });
      expect(await link.getAttribute("href")).toBe(`/org/${enterprise.id}?lang=en`);
    }
    expect(pageErrors).toEqual([]);
  });

  it("keeps the whole state in the URL: a shared link opens the same cell, measure and level", async () => {
    await page.goto(`${server.url}/coverage?lang=en&measure=enterprise&chain=${chainId}&region=${shaanxi}`);
    await page.getByTestId("coverage-detail").waitFor();
    expect(await page.locator("#coverage-measure").inputValue()).toBe("enterprise");
    expect(await page.locator("#coverage-chain").inputValue()).toBe(chainId);
    expect(await page.locator("#coverage-region").inputValue()).toBe(shaanxi);

    await page.selectOption("#coverage-level", "prefecture");
    // Down to prefectures: the selected province is the one opened.
    await page.waitForURL((url) => url.searchParams.get("level") === "prefecture" && url.searchParams.get("within") === shaanxi);
    await page.locator('[data-testid="coverage-heatmap"] .cell').first().waitFor();
    expect(await cell(chainId, "610300").getAttribute("data-empty")).toBe("false"); // Baoji
    await cell(chainId, "610300").click();
    await page.waitForURL((url) => url.searchParams.get("region") === "610300");
    await expect.poll(() => page.getByTestId("detail-heading").innerText()).toBe(`${chain.name} — Baoji`);
    expect(await page.getByTestId("unpartnered-table").innerText()).toContain(unpartnered[0]!.name);

    await page.selectOption("#coverage-region", "");
    await page.waitForURL((url) => !url.searchParams.has("region"));
    await expect.poll(() => page.getByTestId("detail-heading").innerText()).toBe(`${chain.name} — Whole country`);
    expect(pageErrors).toEqual([]);
  });

  it("speaks Chinese with ?lang=zh", async () => {
    await page.goto(`${server.url}/coverage?lang=zh&chain=${chainId}&region=${shaanxi}`);
    await page.getByTestId("coverage-detail").waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    expect(await page.locator("h1").innerText()).toBe("产业链覆盖");
    expect(await page.getByTestId("detail-heading").innerText()).toBe(`${chain.nameZh} — 陕西省`);
    const strip = await page.getByTestId("segment-strip").innerText();
    for (const segment of segments) expect(strip).toContain(segment.nameZh);
    expect(await page.getByTestId("unpartnered-table").innerText()).toContain(unpartnered[0]!.nameZh);
    expect(await page.locator('[data-testid="coverage-heatmap"] .region-label[data-label-for="610000"]').textContent()).toBe("陕西");
    expect(pageErrors).toEqual([]);
  });

  it("exports the heat map as PNG and SVG and the tables as CSV", async () => {
    await page.goto(`${server.url}/coverage?lang=en&chain=${chainId}&region=${shaanxi}`);
    await page.getByTestId("coverage-detail").waitFor();
    const heatmapTools = page.locator(".coverage-matrix .export-buttons");

    const [png] = await Promise.all([page.waitForEvent("download"), heatmapTools.locator('[data-format="png"]').click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const pngBytes = readFileSync(await png.path());
    expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    const [svg] = await Promise.all([page.waitForEvent("download"), heatmapTools.locator('[data-format="svg"]').click()]);
    const svgText = readFileSync(await svg.path(), "utf8");
    expect((svgText.match(/class="cell[ "]/g) ?? []).length).toBe(chains.length * provinceCount);

    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('section[aria-labelledby="coverage-unpartnered-heading"] .export-buttons [data-format="csv"]').click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const csvText = readFileSync(await csv.path(), "utf8");
    expect(csvText.startsWith("\uFEFF")).toBe(true);
    const rows = parse(csvText, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((row) => [row.Enterprise, row.ID])).toEqual(unpartnered.map((row) => [row.name, row.id]));

    const [matrixCsv] = await Promise.all([page.waitForEvent("download"), heatmapTools.locator('[data-format="csv"]').click()]);
    const matrixRows = parse(readFileSync(await matrixCsv.path(), "utf8"), { columns: true, bom: true }) as Record<string, string>[];
    expect(matrixRows).toHaveLength(chains.length * provinceCount);
    expect(matrixRows.find((row) => row.ID === chainId && row["Region code"] === shaanxi)?.Enterprises).toBe("1");
    expect(pageErrors).toEqual([]);
  });

  it("offers a provincial chain only the regions where it is judged, and says so when a link asks for another", async () => {
    await page.goto(`${server.url}/coverage?lang=en&chain=shaanxi-titanium-alloy-chain`);
    const options = page.locator("#coverage-region option");
    await page.locator('#coverage-region option[value="610000"]').waitFor({ state: "attached", timeout: 15_000 });
    const codes = await options.evaluateAll((nodes) => nodes.map((node) => (node as HTMLOptionElement).value));
    expect(codes).toContain("610000");
    expect(codes).not.toContain("510000");
    expect(codes.filter((code) => code !== "").every((code) => code.startsWith("61"))).toBe(true);
    // A shared link to a region outside the chain's place: the server's refusal, said plainly.
    await page.goto(`${server.url}/coverage?lang=en&chain=shaanxi-titanium-alloy-chain&region=510000`);
    await expect.poll(() => page.locator(".coverage-detail").innerText(), { timeout: 15_000 }).toContain("belongs to region 610000");
  });
});
