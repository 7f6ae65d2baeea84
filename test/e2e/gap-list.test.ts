import { readFileSync, writeFileSync } from "node:fs";
import * as XLSX from "@e965/xlsx";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleDir } from "../../server/ingest/sample.ts";
import { openBrowserSession, type BrowserSession } from "../support/browser-session.ts";
import { csvRows } from "../support/csv-rows.ts";
import type { TestServer } from "../support/test-server.ts";

// A planner's gap list for Shaanxi over the sample, followed from a candidate to the facts behind
// it, printed and downloaded. Expectations come from the sample files, read without the loader.
const shaanxi = "610000";
const screenshotDir = process.env.SCREENSHOT_DIR;
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

const chains = csvRows(sampleDir, "chains.csv");
const segments = csvRows(sampleDir, "segments.csv");
const enterprises = csvRows(sampleDir, "enterprises.csv");
const agreements = csvRows(sampleDir, "agreements.csv");
const sources = csvRows(sampleDir, "sources.csv");

/** Chains judged in Shaanxi: national ones (no place) and those whose place is in Shaanxi. */
const judged = chains.filter((chain) => !chain.region || chain.region.startsWith("61"));
/** Shaanxi's chains with no segment recorded: the list marks them instead of listing gaps. */
const unrecorded = judged.filter((chain) => !segments.some((segment) => segment.chain === chain.id));
/** Photovoltaics: LONGi (Shaanxi) is partnered, but no enterprise here makes polysilicon, so the segment is a gap. */
const pv = "photovoltaic-industry-chain";
const polysilicon = `${pv}--polysilicon`;
/** Baoti Group: a titanium enterprise of Shaanxi that no agreement names, so unpartnered. */
const baoti = enterprises.find((row) => row.id === "baoti-group")!;

/** The addresses the sample gives an agreement's sources. */
function sourceUrlsOf(agreementId: string): string[] {
  const ids = (agreements.find((row) => row.id === agreementId)?.source ?? "").split("|");
  return sources.filter((row) => ids.includes(row.id!) && row.url).map((row) => row.url!);
}

describe("the gap list in Chromium, over the sample data", () => {
  let session: BrowserSession;
  let server: TestServer;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    session = await openBrowserSession({ page: { acceptDownloads: true } });
    ({ server, page, pageErrors } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  const gapList = () => page.getByTestId("gap-list");
  const chainPart = (id: string) => gapList().locator(`.gap-chain[data-chain="${id}"]`);

  async function openGaps(lang: "en" | "zh" = "en"): Promise<void> {
    await page.goto(`${server.url}/coverage?lang=${lang}&gaps=${shaanxi}`);
    await gapList().locator(".gap-chain").first().waitFor();
  }

  it("opens a province's gap list from the URL: every chain judged there, chains without segments marked", async () => {
    expect(unrecorded.length).toBeGreaterThan(0);
    await openGaps();
    expect(await page.locator("#gap-list-heading").innerText()).toBe("Gap list: Shaanxi");
    expect(await page.locator("#gap-list-region").inputValue()).toBe(shaanxi);
    const shown = await gapList().locator(".gap-chain").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-chain")));
    expect(new Set(shown)).toEqual(new Set(judged.map((chain) => chain.id)));
    for (const chain of unrecorded) {
      expect(await chainPart(chain.id!).getAttribute("data-segments-recorded")).toBe("false");
      expect(await chainPart(chain.id!).innerText()).toContain("Segments not recorded");
      expect(await chainPart(chain.id!).locator("table").count()).toBe(0);
    }
    // Polysilicon is a gap of photovoltaics here, and Baoti a titanium enterprise without a partner.
    expect(await chainPart(pv).locator(`tbody[data-segment="${polysilicon}"]`).count()).toBe(1);
    const unpartnered = chainPart("shaanxi-titanium-alloy-chain").getByTestId("gap-unpartnered");
    expect(await unpartnered.locator(`li[data-org="${baoti.id}"] a`).getAttribute("href")).toBe(`/org/${baoti.id}?lang=en`);
    expect(pageErrors).toEqual([]);
  });

  it("opens from the detail's region, and keeps the open list in the URL: choosing another region changes it", async () => {
    await page.goto(`${server.url}/coverage?lang=en&chain=shaanxi-titanium-alloy-chain&region=${shaanxi}`);
    await page.getByTestId("coverage-detail").waitFor();
    expect(await gapList().locator(".gap-chain").count()).toBe(0);
    await page.getByTestId("open-gap-list").click();
    await page.waitForURL((url) => url.searchParams.get("gaps") === shaanxi);
    await gapList().locator(".gap-chain").first().waitFor();
    await page.selectOption("#gap-list-region", "510000");
    await page.waitForURL((url) => url.searchParams.get("gaps") === "510000");
    // The list waits its turn behind the heat map's and the detail's analytics (ATLAS_HEAVY_CONCURRENCY): a busy machine takes seconds.
    await eventually(() => page.locator("#gap-list-heading").innerText()).toBe("Gap list: Sichuan");
    await page.selectOption("#gap-list-region", "");
    await page.waitForURL((url) => !url.searchParams.has("gaps"));
    await eventually(() => page.locator("#gap-list-heading").innerText()).toBe("Gap list");
    expect(pageErrors).toEqual([]);
  });

  it("follows a candidate to its evidence: the agreement's source, and the enterprise's profile showing the agreement", async () => {
    await openGaps();
    const gap = chainPart(pv).locator(`tbody[data-segment="${polysilicon}"]`);
    const candidates = gap.locator("tr[data-institution]");
    expect(await candidates.count()).toBeGreaterThan(0);
    // Institutions that work with polysilicon makers elsewhere, or with the chain's other segments, come first.
    expect(["segment_partner", "chain_partner"]).toContain(await candidates.first().getAttribute("data-reason"));
    expect(await candidates.first().locator(".candidate-reason").innerText()).toMatch(/^(Has (an agreement|\d+ agreements) with|Works with)/);
    expect(["Same prefecture", "Same province", "Elsewhere"]).toContain(await candidates.first().locator(".candidate-distance").innerText());

    const evidence = gap.locator('li[data-kind="agreement"]').filter({ has: page.locator("a.evidence-source") }).filter({ has: page.locator("a.evidence-profile") }).first();
    const agreementId = (await evidence.getAttribute("data-id"))!;
    const agreement = agreements.find((row) => row.id === agreementId);
    expect(agreement, agreementId).toBeDefined();
    const source = evidence.locator("a.evidence-source").first();
    const sourceHref = (await source.getAttribute("href"))!;
    expect(sourceUrlsOf(agreementId).map((url) => new URL(url).href)).toContain(sourceHref);
    expect((await source.getAttribute("rel"))?.split(" ")).toContain("noopener");
    expect(await source.getAttribute("target")).toBe("_blank");

    const profile = evidence.locator("a.evidence-profile");
    const enterpriseId = decodeURIComponent(/^\/org\/([^?]+)\?lang=en$/.exec((await profile.getAttribute("href"))!)![1]!);
    expect(agreement!.parties!.split("|")).toContain(enterpriseId);
    // The enterprise works in this segment elsewhere (segment_partner), or in another segment of the chain (chain_partner).
    const reason = await evidence.locator("xpath=ancestor::tr[1]").getAttribute("data-reason");
    const worksIn = (enterprises.find((row) => row.id === enterpriseId)?.segments ?? "").split("|");
    if (reason === "segment_partner") expect(worksIn).toContain(polysilicon);
    else expect(worksIn.some((id) => id.startsWith(`${pv}--`) && id !== polysilicon)).toBe(true);

    await profile.click();
    await page.waitForURL((url) => url.pathname === `/org/${encodeURIComponent(enterpriseId)}`);
    const row = page.locator(`[data-testid="agreement-row"][data-id="${agreementId}"]`);
    await row.waitFor();
    expect(await row.locator(`a.source-link[href="${sourceHref}"]`).count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });

  it("downloads the gap list as a workbook and reads it back", async () => {
    await openGaps();
    const link = gapList().getByTestId("gap-list-download");
    expect(await link.getAttribute("href")).toBe(`/api/gaps/${shaanxi}.xlsx?lang=en`);
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe(`gaps-${shaanxi}.xlsx`);
    const workbook = XLSX.read(readFileSync(await download.path()));
    expect(workbook.SheetNames).toEqual(["Gaps", "Enterprises", "Candidates", "Sources"]);
    const rows = (sheet: string) => XLSX.utils.sheet_to_json<Record<string, unknown>>(workbook.Sheets[sheet]!, { defval: "" });
    // One row per chain × uncovered segment: photovoltaics' polysilicon among them.
    expect(rows("Gaps").some((row) => row["Chain ID"] === pv && row["Segment ID"] === polysilicon)).toBe(true);
    expect(rows("Enterprises").find((row) => row["Enterprise ID"] === baoti.id)).toMatchObject({ Enterprise: baoti.name, "Chain ID": "shaanxi-titanium-alloy-chain" });
    // The candidate and its evidence the page showed, with the source's address.
    const evidence = chainPart(pv).locator(`tbody[data-segment="${polysilicon}"] li[data-kind="agreement"]`).filter({ has: page.locator("a.evidence-source") }).first();
    const agreementId = (await evidence.getAttribute("data-id"))!;
    const candidate = rows("Candidates").find((row) => row["Segment ID"] === polysilicon && String(row.Evidence).includes(agreementId));
    expect(candidate, agreementId).toBeDefined();
    expect(String(candidate!["Source URLs"])).toContain(sourceUrlsOf(agreementId)[0]!);
    expect(rows("Sources").some((row) => row.URL === sourceUrlsOf(agreementId)[0])).toBe(true);

    // The Chinese page asks for the Chinese workbook.
    await openGaps("zh");
    expect(await gapList().getByTestId("gap-list-download").getAttribute("href")).toBe(`/api/gaps/${shaanxi}.xlsx?lang=zh`);
    expect(await page.locator("#gap-list-heading").innerText()).toBe("空白清单：陕西省");
    for (const chain of unrecorded) expect(await chainPart(chain.id!).innerText()).toContain("未记录产业链环节");
    expect(pageErrors).toEqual([]);
  });

  it("prints the gap list alone on landscape A4: the button calls window.print, and paper hides the navigation, controls and heat map", async () => {
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await openGaps();
    await gapList().getByTestId("gap-list-print").click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: "print" });
    try {
      for (const selector of [".site-header", ".coverage-controls", ".coverage-matrix", ".coverage-detail", "#gap-list-region", '[data-testid="gap-list-download"]']) {
        expect(await page.locator(selector).isVisible(), selector).toBe(false);
      }
      expect(await page.locator("#gap-list-heading").isVisible()).toBe(true);
      expect(await chainPart(pv).locator("table").isVisible()).toBe(true);
      // Each table's header repeats on every page.
      expect(await chainPart(pv).locator("thead").evaluate((node) => getComputedStyle(node).display)).toBe("table-header-group");
      if (screenshotDir) {
        // Roughly the landscape A4 column (297 mm less 2 × 12 mm margins at 96 dpi), as printed.
        await page.setViewportSize({ width: 1030, height: 700 });
        await page.screenshot({ path: `${screenshotDir}/gap-list-print.png`, fullPage: true });
        await page.setViewportSize({ width: 1440, height: 900 });
      }
    } finally {
      // Back to no emulation: page.pdf prints with the print styles, as a browser's print would.
      await page.emulateMedia({ media: null });
    }
    const pdf = await page.pdf({ format: "A4" });
    if (screenshotDir) writeFileSync(`${screenshotDir}/gap-list.pdf`, pdf);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect((pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length).toBeGreaterThanOrEqual(1);
    // Every page A4 across (842 × 595 points): seven columns read better wide.
    const boxes = [...pdf.toString("latin1").matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) expect(box).toEqual([843, 596]);
    expect(pageErrors).toEqual([]);
  });

  it("fits a 390 px phone in both languages: the gap list's tables scroll inside themselves, the page does not", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      for (const lang of ["en", "zh"] as const) {
        await openGaps(lang);
        const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        expect(scrollWidth, `${lang}: the page's width at 390 px`).toBeLessThanOrEqual(clientWidth);
      }
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
    }
    expect(pageErrors).toEqual([]);
  });
});
