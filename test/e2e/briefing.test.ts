import { writeFileSync } from "node:fs";
import { type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowserSession, type BrowserSession } from "../support/browser-session.ts";
import { postGraphQL, type TestServer } from "../support/test-server.ts";


const sichuan = "510000";
const shaanxi = "610000";
const period = { from: "2025-01-01", to: "2025-12-31" };

interface Figure {
  key: string;
  value: number;
  previous: number;
  change: number;
  sourceIds: string[];
}
interface BriefingAnswer {
  figures: Figure[];
  topPartnerships: { sourceIds: string[] }[];
  centralOrganizations: { sourceIds: string[] }[];
  coverageGaps: { sourceIds: string[] }[];
  sources: { id: string; url: string | null }[];
}

/** Waits for the page to settle: the first answers of a cold server take more than expect.poll's default second. */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

/** Set SCREENSHOT_DIR to keep what the page looked like (for a person to check the layout). */
const screenshotDir = process.env.SCREENSHOT_DIR;

describe("the briefing in Chromium, over the sample data", () => {
  let server: TestServer;
  let page: Page;
  let pageErrors: string[];
  let session: BrowserSession;

  /** The briefing as the API answers it, asked in the test, for comparison with the page. */
  async function apiBriefing(regionCode: string | null): Promise<BriefingAnswer> {
    const { body } = await postGraphQL(
      server.url,
      `query ($regionCode: String, $from: Date!, $to: Date!) { briefing(regionCode: $regionCode, from: $from, to: $to) {
        figures { key value previous change sourceIds }
        topPartnerships { sourceIds } centralOrganizations { sourceIds } coverageGaps { sourceIds }
        sources { id url } } }`,
      { regionCode, ...period },
    );
    expect(body.errors).toBeUndefined();
    return (body.data as { briefing: BriefingAnswer }).briefing;
  }

  /** What the cards show: key, value, previous and change, as numbers. */
  async function shownFigures(): Promise<{ key: string; value: number; previous: number; change: number }[]> {
    return page.locator(".briefing-card").evaluateAll((cards) =>
      cards.map((card) => {
        const digits = (text: string | null | undefined) => Number((text ?? "").replace(/[^\d]/g, ""));
        return {
          key: (card as HTMLElement).dataset.figure ?? "",
          value: digits(card.querySelector('[data-testid="figure-value"]')?.textContent),
          previous: digits(card.querySelector('[data-testid="figure-previous"]')?.textContent),
          change: Number((card.querySelector('[data-testid="figure-change"]') as HTMLElement | null)?.dataset.change),
        };
      }),
    );
  }

  async function expectFiguresOf(regionCode: string | null): Promise<BriefingAnswer> {
    const answer = await apiBriefing(regionCode);
    const expected = answer.figures.map(({ key, value, previous, change }) => ({ key, value, previous, change }));
    await eventually(() => shownFigures()).toEqual(expected);
    return answer;
  }

  beforeAll(async () => {
    session = await openBrowserSession({ page: { locale: "en-GB" }, failedResponsesAreErrors: true });
    ({ server, page, pageErrors } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it("shows the API's figures for Sichuan in 2025, with the change as an arrow and a sign", async () => {
    await page.goto(`${server.url}/briefing?region=${sichuan}&from=${period.from}&to=${period.to}&lang=en`);
    const answer = await expectFiguresOf(sichuan);
    expect(answer.figures.some((figure) => figure.value > 0)).toBe(true);
    await eventually(() => page.locator("h1").innerText()).toBe("Briefing: Sichuan, 2025-01-01 to 2025-12-31");
    for (const figure of answer.figures) {
      const change = await page.locator(`.briefing-card[data-figure="${figure.key}"] [data-testid="figure-change"]`).innerText();
      if (figure.change > 0) expect(change).toMatch(/▲.*\+\d/);
      else if (figure.change < 0) expect(change).toMatch(/▼.*−\d/);
      else expect(change).toMatch(/no change/);
    }
    expect(await page.getByTestId("partnership-row").count()).toBe(answer.topPartnerships.length);
    expect(await page.getByTestId("central-row").count()).toBe(answer.centralOrganizations.length);
    expect(await page.getByTestId("gap-row").count()).toBe(answer.coverageGaps.length);
    // Partners link to their profiles.
    if (answer.topPartnerships.length > 0) expect(await page.locator('[data-testid="partnership-row"] a.org-name').first().getAttribute("href")).toMatch(/^\/org\/[^?]+\?lang=en$/);
    // The map: the provinces, from the server's own boundaries, with Sichuan among them.
    const boundaries = (await (await fetch(`${server.url}/api/boundaries/province`)).json()) as { features: unknown[] };
    expect(boundaries.features.length).toBe(34);
    await eventually(() => page.locator('[data-testid="briefing-map"] path[data-code]').count()).toBe(boundaries.features.length);
    expect(await page.locator(`[data-testid="briefing-map"] path[data-code="${sichuan}"]`).count()).toBe(1);
    if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/briefing-en.png`, fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it("footnotes every fact: each marker resolves to an entry of the numbered source list, numbered in order of first citation", async () => {
    await page.goto(`${server.url}/briefing?region=${sichuan}&from=${period.from}&to=${period.to}&lang=en`);
    const answer = await expectFiguresOf(sichuan);
    const markers = await page.locator(".footnote-ref").evaluateAll((links) => links.map((link) => ({ href: link.getAttribute("href"), text: link.textContent })));
    expect(markers.length).toBeGreaterThan(0);
    const entries = await page.locator('[data-testid="briefing-sources"] li').evaluateAll((items) => items.map((item) => ({ id: item.id, text: item.textContent ?? "", source: (item as HTMLElement).dataset.source })));
    expect(entries).toHaveLength(answer.sources.length);
    expect(new Set(entries.map((entry) => entry.source))).toEqual(new Set(answer.sources.map((source) => source.id)));
    const ids = new Set(entries.map((entry) => entry.id));
    let highest = 0;
    for (const marker of markers) {
      const n = Number(/^\[(\d+)\]$/.exec(marker.text ?? "")?.[1]);
      expect(marker.href).toBe(`#briefing-source-${n}`);
      expect(ids.has(`briefing-source-${n}`)).toBe(true);
      // First citations come in order: a new number is always the next one.
      if (n > highest) {
        expect(n).toBe(highest + 1);
        highest = n;
      }
    }
    // Each entry starts with its number and prints its address.
    entries.forEach((entry, index) => expect(entry.text.startsWith(`[${index + 1}] `)).toBe(true));
    for (const source of answer.sources.filter((s) => s.url)) {
      expect(entries.find((entry) => entry.source === source.id)!.text).toContain(source.url!);
    }
    expect(pageErrors).toEqual([]);
  });

  it("follows a change of region in the URL and on the page", async () => {
    await page.goto(`${server.url}/briefing?region=${sichuan}&from=${period.from}&to=${period.to}&lang=en`);
    await expectFiguresOf(sichuan);
    await eventually(() => page.getByTestId("briefing-region").isEnabled()).toBe(true);
    await page.getByTestId("briefing-region").selectOption(shaanxi);
    await page.waitForURL(new RegExp(`[?&]region=${shaanxi}(&|$)`));
    const url = new URL(page.url());
    expect(url.searchParams.get("from")).toBe(period.from);
    expect(url.searchParams.get("to")).toBe(period.to);
    await eventually(() => page.locator("h1").innerText()).toBe("Briefing: Shaanxi, 2025-01-01 to 2025-12-31");
    await expectFiguresOf(shaanxi);
    // The whole country takes the region out of the URL.
    await page.getByTestId("briefing-region").selectOption("");
    await page.waitForURL((next) => !next.searchParams.has("region"));
    await eventually(() => page.locator("h1").innerText()).toContain("the whole country");
    await expectFiguresOf(null);
    expect(pageErrors).toEqual([]);
  });

  it("speaks Chinese with ?lang=zh", async () => {
    await page.goto(`${server.url}/briefing?region=${sichuan}&from=${period.from}&to=${period.to}&lang=zh`);
    await expectFiguresOf(sichuan);
    await eventually(() => page.locator("h1").innerText()).toBe("简报：四川省，2025-01-01 至 2025-12-31");
    expect(await page.locator("#briefing-figures-heading").innerText()).toBe("关键数字");
    expect(await page.locator('.briefing-card[data-figure="liveAgreements"] .briefing-card-label').innerText()).toContain("有效协议");
    expect(await page.locator("#briefing-sources-heading").innerText()).toBe("资料来源");
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/briefing-zh.png`, fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it("prints: the button calls window.print, and the page makes a one- or two-page A4 PDF", async () => {
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.goto(`${server.url}/briefing?region=${sichuan}&from=${period.from}&to=${period.to}&lang=en`);
    await expectFiguresOf(sichuan);
    await page.getByTestId("briefing-print").click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    const pdf = await page.pdf({ format: "A4" });
    if (screenshotDir) {
      writeFileSync(`${screenshotDir}/briefing.pdf`, pdf);
      // Roughly the A4 column (210 mm less 2 × 15 mm margins at 96 dpi), as printed.
      await page.emulateMedia({ media: "print" });
      await page.setViewportSize({ width: 680, height: 1000 });
      await page.screenshot({ path: `${screenshotDir}/briefing-print.png`, fullPage: true });
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.emulateMedia({ media: "screen" });
    }
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    // On paper the site's header and the controls are gone.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.locator(".briefing-controls").isVisible()).toBe(false);
    expect(await page.locator('[data-testid="briefing-sources"]').isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen" });
    expect(pageErrors).toEqual([]);
  });

  it("says when a period has nothing to report, when dates are reversed, and when the query fails", async () => {
    // A period where nothing happened anywhere on the page (the sample has undated agreements, live at
    // any date, so such an answer is staged).
    const zero = (key: string) => ({ key, value: 0, previous: 0, change: 0, sourceIds: [] });
    const quiet = {
      region: { code: sichuan, name: "Sichuan", nameZh: "四川省" },
      from: "1990-01-01",
      to: "1990-12-31",
      previousFrom: "1989-01-01",
      previousTo: "1989-12-31",
      figures: ["liveAgreements", "newAgreements", "endedAgreements", "activeOrganizations", "newPartnerships", "partneredEnterprises"].map(zero),
      topPartnerships: [],
      centralOrganizations: [],
      coverageGaps: [],
      sources: [],
    };
    await page.route("**/graphql", async (route) => {
      if (!(route.request().postData() ?? "").includes("query Briefing")) return route.continue();
      return route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ data: { briefing: quiet } }) });
    });
    try {
      await page.goto(`${server.url}/briefing?region=${sichuan}&from=1990-01-01&to=1990-12-31&lang=en`);
      await eventually(() => page.getByTestId("briefing-status").innerText()).toContain("Nothing happened in Sichuan from 1990-01-01 to 1990-12-31");
      expect(await page.locator(".briefing-card").count()).toBe(0);
    } finally {
      await page.unroute("**/graphql");
    }

    await page.goto(`${server.url}/briefing?from=2025-12-31&to=2025-01-01&lang=en`);
    await eventually(() => page.getByRole("alert").innerText()).toContain("The period is empty");

    await page.route("**/graphql", async (route) => {
      if (!(route.request().postData() ?? "").includes("query Briefing")) return route.continue();
      await new Promise((resolve) => setTimeout(resolve, 700));
      return route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ errors: [{ message: "The briefing is resting." }] }) });
    });
    try {
      await page.goto(`${server.url}/briefing?lang=en`);
      await eventually(() => page.getByTestId("briefing-status").innerText()).toContain("Loading the briefing");
      await eventually(() => page.getByRole("alert").innerText()).toContain("Could not load the briefing. The GraphQL server reported: The briefing is resting.");
    } finally {
      await page.unroute("**/graphql");
    }
    expect(pageErrors).toEqual([]);
  });
});
