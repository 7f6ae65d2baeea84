// Every view on a phone (390×844, an iPhone 12–15's viewport): the page never scrolls sideways.
// Wide things (tables, the heat map) may scroll inside their own box; the page itself must not.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowserSession, type BrowserSession } from "../support/browser-session.ts";
import type { TestServer } from "../support/test-server.ts";

/** Where the screenshots go, when asked for (PHONE_SCREENSHOTS=/tmp). */
const screenshots = process.env.PHONE_SCREENSHOTS;
const phone = { width: 390, height: 844 } as const;

/** Each view, with what shows that it has drawn its content. */
const views: { name: string; path: string; ready: string }[] = [
  { name: "home", path: "/", ready: '[data-testid="org-row"]' },
  { name: "organizations", path: "/organizations", ready: '[data-testid="org-row"]' },
  { name: "coverage", path: "/coverage", ready: ".coverage-heatmap" },
  // A chain of 12 segments, so the segment strip is at its longest.
  { name: "coverage-detail", path: "/coverage?chain=nev-industry-chain", ready: '[data-testid="segment-strip"] svg' },
  { name: "gap-list", path: "/coverage?gaps=610000", ready: '[data-testid="gap-list"]' },
  { name: "map", path: "/map", ready: '[data-testid="map-svg"]' },
  { name: "map-province", path: "/map?province=610000&region=610300", ready: '[data-testid="map-panel-heading"]' },
  { name: "timeline", path: "/timeline", ready: '[data-testid="timeline-results"]' },
  { name: "profile", path: "/org/baoti-group", ready: "h1" },
  { name: "review", path: "/review", ready: "h1" },
  { name: "import", path: "/import", ready: "h1" },
  { name: "graphiql", path: "/graphiql", ready: ".graphiql-container" },
  { name: "not-found", path: "/no-such-view", ready: "h1" },
  { name: "network", path: "/network", ready: "canvas" },
  { name: "briefing", path: "/briefing?region=510000&from=2025-01-01&to=2025-12-31", ready: '[data-testid="briefing-map"] svg' },
  { name: "briefing-country", path: "/briefing?from=2025-01-01&to=2025-12-31", ready: '[data-testid="briefing-map"] svg' },
];

/** How far the page scrolls sideways, and whether the page hides it instead of fitting. */
async function sideways(page: Page) {
  return page.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement;
    const hidden = [document.documentElement, document.body].map((element) => getComputedStyle(element).overflowX).filter((value) => value !== "visible" && value !== "auto");
    return { scrollWidth: scroller.scrollWidth, clientWidth: scroller.clientWidth, hidden };
  });
}

describe("every view at 390×844, in English and Chinese", () => {
  let session: BrowserSession;
  let server: TestServer;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    session = await openBrowserSession({ page: { viewport: phone, deviceScaleFactor: 1, isMobile: true, hasTouch: true } });
    ({ server, page, pageErrors } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  for (const lang of ["en", "zh"] as const) {
    it(`fits every view in ${lang} without sideways scrolling`, async () => {
      const wide: string[] = [];
      for (const view of views) {
        await page.goto(`${server.url}${view.path}${view.path.includes("?") ? "&" : "?"}lang=${lang}`);
        await page.locator(view.ready).first().waitFor({ timeout: 30_000 });
        await page.waitForLoadState("networkidle");
        const { scrollWidth, clientWidth, hidden } = await sideways(page);
        expect(clientWidth, view.name).toBe(phone.width);
        // Hiding the overflow would only cut the page off: it must fit.
        expect(hidden, view.name).toEqual([]);
        if (scrollWidth > clientWidth) wide.push(`${view.name}: ${scrollWidth} px`);
        if (screenshots) await page.screenshot({ path: `${screenshots}/phone-${view.name}-${lang}.png` });
        // The not-found page comes with the status 404, which the browser logs as an error.
        if (view.name === "not-found") pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((error) => !error.includes("status of 404")));
      }
      expect(wide).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
  }

  it("answers an unknown page with the dashboard's own not-found view and the status 404", async () => {
    const response = await page.goto(`${server.url}/no-such-view?lang=zh`);
    expect(response?.status()).toBe(404);
    await page.locator("h1").waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    expect(await page.locator('header a[href^="/map"]').count()).toBeGreaterThan(0);
    pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((error) => !error.includes("status of 404")));
    // A program (JSON, not HTML, in Accept) gets a plain 404, not the dashboard.
    const api = await fetch(`${server.url}/no-such-view`, { headers: { accept: "application/json" } });
    expect(api.status).toBe(404);
    expect(await api.text()).not.toContain("site-nav");
    expect(pageErrors).toEqual([]);
  });

  it("wraps the 12-segment strip within its box, on a phone and on a desktop", async () => {
    for (const viewport of [phone, { width: 1440, height: 900 }]) {
      await page.setViewportSize(viewport);
      await page.goto(`${server.url}/coverage?chain=nev-industry-chain&lang=en`);
      const strip = page.getByTestId("segment-strip");
      await strip.locator("svg").waitFor();
      expect(await strip.locator(".segment").count()).toBe(12);
      const box = await strip.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
      expect(box.scrollWidth, `${viewport.width} px`).toBeLessThanOrEqual(box.clientWidth);
    }
    await page.setViewportSize(phone);
    expect(pageErrors).toEqual([]);
  });
});
