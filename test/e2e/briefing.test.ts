import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDataset } from "../../server/generate/generate.ts";
import { ingest } from "../../server/ingest/ingest.ts";
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

/**
 * The pages of a PDF, counted two ways that must agree: the page objects (`/Type /Page`, not the
 * `/Pages` tree) and the page tree's root `/Count`.
 */
function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString("latin1");
  expect(text.slice(0, 5)).toBe("%PDF-");
  const objects = (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  expect(counts.length, "the PDF has a page tree").toBeGreaterThan(0);
  expect(Math.max(...counts)).toBe(objects);
  return objects;
}

/** A briefing page, opened and settled: its figures shown and its map drawn (the map is the last to arrive). */
async function openBriefing(page: Page, url: string, timeout = 30_000): Promise<void> {
  await page.goto(url);
  await expect.poll(() => page.locator(".briefing-card").count(), { timeout }).toBeGreaterThan(0);
  await expect.poll(() => page.locator('[data-testid="briefing-map"] svg').count(), { timeout }).toBe(1);
}

/** Prints the page open in `page` to an A4 PDF, keeps it (and what paper shows, as a PNG) when asked, and counts its pages. */
async function printedPages(page: Page, name: string): Promise<number> {
  const pdf = await page.pdf({ format: "A4" });
  if (screenshotDir) {
    writeFileSync(`${screenshotDir}/${name}.pdf`, pdf);
    writeFileSync(`${screenshotDir}/${name}.html`, await page.content());
    // What the first page shows: the print layout at the A4 column's width (210 mm less 2 × 12 mm
    // margins at 96 dpi); the page ends 273 mm (1032 px) down.
    const viewport = page.viewportSize();
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: 703, height: 1032 });
    await page.screenshot({ path: `${screenshotDir}/${name}-print.png`, fullPage: true });
    if (viewport) await page.setViewportSize(viewport);
    // Not "screen": an emulated screen would stay for the next page.pdf, which then prints the screen layout.
    await page.emulateMedia({ media: null });
  }
  return pdfPageCount(pdf);
}

/**
 * Whether the page scrolls sideways: its scrolling element's scroll width against its client width,
 * with the elements that reach past the right edge (outside a box that scrolls on its own), to say
 * what to fix when it does.
 */
function sidewaysOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; pastEdge: string[] }> {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    const pastEdge = [...document.body.querySelectorAll("*")]
      .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 0.5 && element.closest(".briefing-table-scroll") === null)
      .slice(0, 8)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join(".")} (${Math.round(element.getBoundingClientRect().right)})`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, pastEdge };
  });
}

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

  it("prints: the button calls window.print, and the page makes exactly one A4 page, in English and Chinese, for a province and the country", { timeout: 240_000 }, async () => {
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

    for (const lang of ["en", "zh"]) {
      for (const [name, region] of [
        ["sichuan", `region=${sichuan}&`],
        ["country", ""],
      ] as const) {
        await openBriefing(page, `${server.url}/briefing?${region}from=${period.from}&to=${period.to}&lang=${lang}`);
        expect(await printedPages(page, `briefing-${name}-${lang}`), `${name} in ${lang}`).toBe(1);
      }
    }
    // On paper the site's header and the controls are gone.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.locator(".briefing-controls").isVisible()).toBe(false);
    expect(await page.locator('[data-testid="briefing-sources"]').isVisible()).toBe(true);
    await page.emulateMedia({ media: null });
    expect(pageErrors).toEqual([]);
  });

  it("maps the briefing's period, with whole-number legend ticks and a title cut at a word, never mid-word", { timeout: 240_000 }, async () => {
    const asked: unknown[] = [];
    const record = (request: { postData(): string | null }) => {
      const body = request.postData() ?? "";
      if (body.includes("query MapNetwork")) asked.push((JSON.parse(body) as { variables: unknown }).variables);
    };
    page.on("request", record);
    try {
      for (const lang of ["en", "zh"]) {
        asked.length = 0;
        await openBriefing(page, `${server.url}/briefing?region=${sichuan}&from=${period.from}&to=${period.to}&lang=${lang}`);
        expect(asked).toEqual([{ filter: { limit: 5000, from: period.from, to: period.to } }]);
        const legend = page.locator('[data-testid="briefing-map"] .legend-title');
        const shown = (await legend.evaluate((node) => node.firstChild?.textContent ?? "")).trim();
        const full = (await legend.evaluate((node) => node.querySelector("title")?.textContent ?? node.textContent ?? "")).trim();
        expect(full).toContain(period.from);
        if (shown !== full) {
          expect(shown.endsWith("…"), shown).toBe(true);
          const kept = shown.slice(0, -1);
          expect(full.startsWith(kept), shown).toBe(true);
          // English is cut where a word ends; Chinese may be cut between any two characters.
          if (lang === "en") expect(full.charAt(kept.length), shown).toMatch(/[\s,;:(]/);
        }
        // The title lies inside the map's picture.
        const fits = await legend.evaluate((node) => {
          const svg = (node as SVGTextElement).ownerSVGElement!;
          const box = (node as SVGTextElement).getBBox();
          const ctm = (node as SVGTextElement).getCTM()!;
          return ctm.e + box.x + box.width <= svg.viewBox.baseVal.width + 0.5;
        });
        expect(fits).toBe(true);
        const ticks = await page.locator('[data-testid="briefing-map"] .legend-ticks text').allTextContents();
        expect(ticks.length).toBeGreaterThan(1);
        for (const tick of ticks) expect(tick, `tick ${tick}`).toMatch(/^\d{1,3}(,\d{3})*$/);
      }
    } finally {
      page.off("request", record);
    }
    expect(pageErrors).toEqual([]);
  });

  it("says once what live means, and ranks central organisations in words: rank, share of the region's agreements, partners, groups linked", async () => {
    await openBriefing(page, `${server.url}/briefing?region=${sichuan}&from=${period.from}&to=${period.to}&lang=en`);
    const { body } = await postGraphQL(
      server.url,
      `query ($r: String, $from: Date!, $to: Date!) { briefing(regionCode: $r, from: $from, to: $to) {
        regionAgreements undatedAgreements centralOrganizations { rank agreements degree partnerGroups } } }`,
      { r: sichuan, ...period },
    );
    const answer = (body.data as { briefing: { regionAgreements: number; undatedAgreements: number; centralOrganizations: { rank: number; agreements: number; degree: number; partnerGroups: number }[] } }).briefing;
    expect(await page.getByTestId("briefing-live-note").count()).toBe(1);
    const note = await page.getByTestId("briefing-live-note").innerText();
    expect(note).toContain(`signed on or before ${period.to}`);
    if (answer.undatedAgreements > 0) expect(note).toContain(`${answer.undatedAgreements} agreements without a signing date are not counted`);
    expect(answer.centralOrganizations.length).toBeGreaterThan(0);
    const rows = await page.getByTestId("central-row").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
    expect(rows.map((row) => row[0])).toEqual(answer.centralOrganizations.map((c) => String(c.rank)));
    answer.centralOrganizations.forEach((central, i) => {
      const share = Math.round((100 * central.agreements) / answer.regionAgreements);
      expect(rows[i]![2]).toMatch(new RegExp(`^${central.agreements} \\(${share}(\\.\\d)?\\s?%\\)$`));
      expect(rows[i]![3]).toBe(String(central.degree));
      expect(rows[i]![4]).toBe(String(central.partnerGroups));
    });
    // No bare betweenness left for a leader to puzzle over.
    expect(await page.locator('[data-section="central"] th').allInnerTexts()).not.toContain("Betweenness");
    expect(pageErrors).toEqual([]);
  });

  it("fits a 390 px phone: the page never scrolls sideways (a wide table scrolls in its own box), in English and Chinese", { timeout: 240_000 }, async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      for (const lang of ["en", "zh"]) {
        for (const region of [`region=${sichuan}&`, ""]) {
          await openBriefing(page, `${server.url}/briefing?${region}from=${period.from}&to=${period.to}&lang=${lang}`);
          const { scrollWidth, clientWidth, pastEdge } = await sidewaysOverflow(page);
          expect(scrollWidth, `${region || "country"} in ${lang}: ${pastEdge.join(", ")}`).toBeLessThanOrEqual(clientWidth);
          if (screenshotDir && region !== "") {
            // In parts a person can read (a whole phone page is too tall to look at in one picture).
            const height = await page.evaluate(() => document.scrollingElement!.scrollHeight);
            for (let top = 0, part = 1; top < height; top += 1200, part += 1) {
              await page.screenshot({ path: `${screenshotDir}/briefing-phone-${lang}-${part}.png`, fullPage: true, clip: { x: 0, y: top, width: 390, height: Math.min(1200, height - top) } });
            }
          }
        }
      }
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
    }
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

describe("the briefing of a synthetic province with many organisations, printed", () => {
  let session: BrowserSession;
  let datasetDir: string;
  let home: string;

  beforeAll(async () => {
    datasetDir = mkdtempSync(path.join(os.tmpdir(), "atlas-briefing-"));
    // A province dataset, smaller than the `province` preset so the test loads it in a minute or so,
    // still with hundreds of organisations and thousands of agreements in the province.
    const generated = await generateDataset({
      scale: { spread: "province", institutions: 120, enterprises: 1_500, governments: 40, chains: 12, agreements: 6_000, alliances: 12 },
      seed: 7,
      out: datasetDir,
      province: "440000",
    });
    home = generated.province!;
    session = await openBrowserSession({
      failedResponsesAreErrors: true,
      afterLoad: async (database) => {
        // Synthetic organisations that share a name with the sample's are other organisations.
        const result = await ingest(database, [datasetDir], { skipUnknown: true, onConflict: "separate" });
        expect(result.problems).toEqual([]);
      },
    });
  }, 600_000);

  afterAll(async () => {
    await session?.close();
    if (datasetDir) rmSync(datasetDir, { recursive: true, force: true });
  });

  it("prints to exactly one A4 page for the province and for the country, in English and Chinese", { timeout: 900_000 }, async () => {
    const { server, page, pageErrors } = session;
    for (const lang of ["en", "zh"]) {
      for (const [name, region] of [
        ["synthetic-province", `region=${home}&`],
        ["synthetic-country", ""],
      ] as const) {
        // A cold answer over thousands of agreements (the network computed on request) takes a while on a busy machine.
        await openBriefing(page, `${server.url}/briefing?${region}from=${period.from}&to=${period.to}&lang=${lang}`, 180_000);
        // Many organisations: every list is full.
        if (region !== "") expect(await page.getByTestId("central-row").count()).toBe(5);
        expect(await printedPages(page, `briefing-${name}-${lang}`), `${name} in ${lang}`).toBe(1);
        if (screenshotDir && region !== "") await page.screenshot({ path: `${screenshotDir}/briefing-${name}-${lang}.png`, fullPage: true });
      }
    }
    expect(pageErrors).toEqual([]);
  });
});
