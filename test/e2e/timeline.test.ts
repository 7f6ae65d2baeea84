import { readFileSync } from "node:fs";
import { type Download, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleDir } from "../../server/ingest/sample.ts";
import { csvRows } from "../support/csv-rows.ts";
import { openBrowserSession, type BrowserSession } from "../support/browser-session.ts";
import type { TestServer } from "../support/test-server.ts";

// What the timeline must show, computed from the sample's CSV without any of the server's code.
const agreements = csvRows(sampleDir, "agreements.csv");
const dated = agreements.filter((agreement) => agreement.signedOn !== "");
const undated = agreements.length - dated.length;
const today = new Date().toISOString().slice(0, 10);
const liveNow = dated.filter((agreement) => agreement.status !== "ended" && !(agreement.endsOn && agreement.endsOn < today)).length;
const distinct = (values: string[]) => new Set(values).size;
const yearTypeBars = distinct(dated.map((agreement) => `${agreement.signedOn!.slice(0, 4)} ${agreement.type}`));
const monthTypeBars = distinct(dated.map((agreement) => `${agreement.signedOn!.slice(0, 7)} ${agreement.type}`));
const years = dated.map((agreement) => Number(agreement.signedOn!.slice(0, 4)));
const firstYear = Math.min(...years);
const lastYear = Math.max(...years);
const months = dated.map((agreement) => agreement.signedOn!.slice(0, 7)).sort();
const monthSpan = (first: string, last: string) => (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7)) + 1;

/** Waits for the page to settle: the first answers of a cold server take more than expect.poll's default second. */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

const byTypeBars = (page: Page) => page.locator('[data-chart="new-by-type"] g[aria-label="bar"] rect');
const totalRows = (page: Page) => page.getByTestId("timeline-total-row");

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const file = await download.path();
  return { download, bytes: readFileSync(file) };
}

describe("the timeline in Chromium, over the sample data", () => {
  let session: BrowserSession;
  let server: TestServer;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    session = await openBrowserSession({ page: { acceptDownloads: true, locale: "en-GB" } });
    ({ server, page, pageErrors } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it("draws a bar per year and type of the sample's dated agreements, and says how many are undated", async () => {
    expect(firstYear).toBe(2010);
    expect(lastYear).toBe(2025);
    await page.goto(`${server.url}/timeline?lang=en`);
    await eventually(() => byTypeBars(page).count()).toBe(yearTypeBars);
    await eventually(() => totalRows(page).count()).toBe(lastYear - firstYear + 1);
    expect(await totalRows(page).first().locator("th").innerText()).toBe(String(firstYear));
    expect(await page.locator('[data-chart="new-vs-ended"] g[aria-label="bar"] rect').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-chart="cumulative"] g[aria-label="line"] path').count()).toBe(1);
    expect(await page.getByTestId("timeline-summary").innerText()).toContain(`${dated.length} agreements signed from ${firstYear} to ${lastYear}`);
    expect(await page.getByTestId("timeline-undated").innerText()).toBe(`${undated} agreements have no signing date and are not on the timeline.`);
    // The charts name themselves for assistive technology.
    expect(await page.locator('[data-chart="new-by-type"] svg').getAttribute("aria-label")).toBe("New agreements by type");
    expect(pageErrors).toEqual([]);
  });

  it("switches to months from the keyboard; the URL and the drawing follow", async () => {
    await page.goto(`${server.url}/timeline?lang=en`);
    await eventually(() => byTypeBars(page).count()).toBe(yearTypeBars);
    await page.getByTestId("timeline-interval-year").focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForURL(/[?&]interval=month/);
    await eventually(() => byTypeBars(page).count()).toBe(monthTypeBars);
    await eventually(() => totalRows(page).count()).toBe(monthSpan(months[0]!, months[months.length - 1]!));
    expect(await page.locator('[data-chart="new-by-type"] g[aria-label="x-axis label"]').textContent()).toBe("Month signed");
    // A reload of the shared URL shows the same.
    await page.reload();
    await eventually(() => byTypeBars(page).count()).toBe(monthTypeBars);
    expect(await page.getByTestId("timeline-interval-month").isChecked()).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it("filters by type and region through the URL, with a clear empty state", async () => {
    await page.goto(`${server.url}/timeline?lang=en`);
    await eventually(() => byTypeBars(page).count()).toBe(yearTypeBars);

    await page.getByRole("button", { name: "None", exact: true }).click();
    await page.waitForURL(/[?&]types=(&|$)/);
    await eventually(() => page.getByTestId("timeline-status").innerText()).toContain("No agreement type is selected");
    expect(await byTypeBars(page).count()).toBe(0);

    await page.getByTestId("timeline-type-strategic_cooperation").check();
    await page.waitForURL(/[?&]types=strategic_cooperation(&|$)/);
    const strategic = dated.filter((agreement) => agreement.type === "strategic_cooperation");
    await eventually(() => byTypeBars(page).count()).toBe(distinct(strategic.map((agreement) => agreement.signedOn!.slice(0, 4))));
    await eventually(() => page.getByTestId("timeline-summary").innerText()).toContain(`${strategic.length} agreements signed`);

    // Shanghai: the eight agreements of 2017 of the Shanghai Petrochemical Academy are there.
    await page.locator("#timeline-region-add").selectOption("310000");
    await page.waitForURL(/[?&]regions=310000(&|$)/);
    await eventually(() => page.getByTestId("timeline-region-chips").innerText()).toContain("Shanghai");
    await eventually(() => totalRows(page).first().locator("th").innerText()).toBe("2017");
    expect(await totalRows(page).first().locator("td").first().innerText()).toBe("8");

    // A date range with nothing in it says so.
    await page.goto(`${server.url}/timeline?lang=en&from=1990-01-01&to=1990-12-31`);
    await eventually(() => page.getByTestId("timeline-status").innerText()).toContain("No agreements with a signing date match these filters.");
    expect(await page.getByTestId("timeline-undated").innerText()).toContain("have no signing date");
    expect(pageErrors).toEqual([]);
  });

  it("says it is loading, and shows the server's message when the query fails", async () => {
    await page.route("**/graphql", async (route) => {
      const body = route.request().postData() ?? "";
      if (!body.includes("query Timeline")) return route.continue();
      await new Promise((resolve) => setTimeout(resolve, 700));
      return route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ errors: [{ message: "The timeline is resting." }] }) });
    });
    try {
      await page.goto(`${server.url}/timeline?lang=en`);
      await eventually(() => page.getByTestId("timeline-status").innerText()).toContain("Loading the timeline");
      await eventually(() => page.getByRole("alert").innerText()).toContain("Could not load the timeline. The GraphQL server reported: The timeline is resting.");
    } finally {
      await page.unroute("**/graphql");
    }
    expect(pageErrors).toEqual([]);
  });

  it("speaks Chinese after the language switch, keeping the state, and exports PNG, SVG and CSV", async () => {
    await page.goto(`${server.url}/timeline?lang=en&interval=month`);
    await eventually(() => byTypeBars(page).count()).toBe(monthTypeBars);
    await page.locator("#language-switch").click();
    await page.waitForURL(/[?&]lang=zh/);
    expect(new URL(page.url()).searchParams.get("interval")).toBe("month");
    await eventually(() => page.locator("h1").innerText()).toBe("时间线");
    await eventually(() => byTypeBars(page).count()).toBe(monthTypeBars);
    expect(await page.locator('[data-chart="new-by-type"] h2').innerText()).toBe("各类型新签协议");
    expect(await page.locator('[data-chart="new-by-type"] svg > title').textContent()).toBe("各类型新签协议");
    expect(await page.locator('[data-chart="new-by-type"] g[aria-label="x-axis label"]').textContent()).toBe("签署月份");
    expect(await page.locator('[data-chart="new-by-type"] .timeline-legend').textContent()).toContain("战略合作");
    expect(await page.getByTestId("timeline-undated").innerText()).toBe(`有 ${undated} 项协议没有签署日期，未列入时间线。`);

    // PNG: a real PNG at twice the drawn size.
    const svgWidth = Number(await page.locator('[data-chart="new-by-type"] svg').getAttribute("width"));
    const png = await downloaded(page, () => page.locator('[data-chart="new-by-type"] button[data-format="png"]').click());
    expect(png.download.suggestedFilename()).toMatch(/^timeline-new-by-type-month-\d{4}-\d{2}-\d{4}-\d{2}\.png$/);
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.bytes.readUInt32BE(16)).toBe(svgWidth * 2);

    // SVG: standalone, with its Chinese title.
    const svg = await downloaded(page, () => page.locator('[data-chart="cumulative"] button[data-format="svg"]').click());
    expect(svg.download.suggestedFilename()).toMatch(/\.svg$/);
    const svgText = svg.bytes.toString("utf8");
    expect(svgText).toMatch(/^<\?xml[^>]*\?>\n<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svgText).toContain("<title>有效协议</title>");

    // CSV of the totals: BOM, the header in Chinese, one row per month.
    const csv = await downloaded(page, () => page.locator(".timeline-totals button[data-format='csv']").click());
    expect(csv.download.suggestedFilename()).toMatch(/^timeline-totals-month-.*\.csv$/);
    const text = csv.bytes.toString("utf8");
    expect(text.startsWith("\uFEFF时期,新签,终止,期末有效\r\n")).toBe(true);
    const lines = text.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + monthSpan(months[0]!, months[months.length - 1]!));
    expect(lines[1]).toMatch(new RegExp(`^${months[0]},\\d+,0,\\d+$`));
    const live = lines.slice(1).map((line) => Number(line.split(",")[3]));
    expect(live[live.length - 1]).toBe(liveNow);
    expect(pageErrors).toEqual([]);
  });
});
