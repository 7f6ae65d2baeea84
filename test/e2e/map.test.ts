import { readFileSync } from "node:fs";
import { type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowserSession, type BrowserSession } from "../support/browser-session.ts";
import type { TestServer } from "../support/test-server.ts";

/** Where the screenshots go, when asked for (MAP_SCREENSHOTS=/tmp). */
const screenshots = process.env.MAP_SCREENSHOTS;
const sichuan = "510000";

describe("the map view in Chromium, over the sample data", () => {
  let server: TestServer;
  let page: Page;
  let pageErrors: string[];
  let session: BrowserSession;
  const foreignRequests: string[] = [];
  const boundaryRequests: string[] = [];

  beforeAll(async () => {
    session = await openBrowserSession({ page: { acceptDownloads: true } });
    ({ server, page, pageErrors } = session);
    page.on("request", (request) => {
      const url = request.url();
      // Images of exports are data: URLs, drawn in the page; everything else must come from us.
      if (url.startsWith("data:") || url.startsWith("blob:")) return;
      if (!url.startsWith(`${server.url}/`)) foreignRequests.push(url);
      if (url.includes("/api/boundaries/")) boundaryRequests.push(url);
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  const regions = () => page.locator('[data-testid="map-svg"] path.region');
  const region = (code: string) => page.locator(`[data-testid="map-svg"] path.region[data-code="${code}"]`);

  it("draws the 34 provinces from the served boundaries, asking nothing of any other host", async () => {
    await page.goto(`${server.url}/map?lang=en`);
    await page.getByTestId("map-svg").waitFor();
    expect(await regions().count()).toBe(34);
    expect(await region(sichuan).getAttribute("role")).toBe("button");
    expect(await region(sichuan).locator("title").textContent()).toMatch(/^Sichuan: /);
    expect(boundaryRequests.some((url) => url.endsWith("/api/boundaries/province"))).toBe(true);
    // At least one province has agreements in the sample: it is coloured, others hatched.
    const empties = await regions().evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-empty")));
    expect(empties).toContain("false");
    expect(empties).toContain("true");
    if (screenshots) await page.screenshot({ path: `${screenshots}/map-provinces-en.png` });
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("follows the figure in the URL", async () => {
    await page.goto(`${server.url}/map?lang=en`);
    await page.getByTestId("map-svg").waitFor();
    await page.selectOption("#map-figure", "institutions");
    await page.waitForURL((url) => url.searchParams.get("figure") === "institutions");
    await expect.poll(() => page.locator('[data-testid="map-svg"] .legend-title').textContent()).toBe("Institutions recorded in the region");
    await page.selectOption("#map-figure", "coverage");
    await page.waitForURL((url) => url.searchParams.get("figure") === "coverage");
    expect(await page.locator("#map-chain").isVisible()).toBe(true);
    await page.locator("#map-flows").uncheck();
    await page.waitForURL((url) => url.searchParams.get("flows") === "off");
    expect(await page.locator('[data-testid="map-svg"] .map-flows').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it("drills into Sichuan's prefectures, shows its figures and links to the timeline filtered by it", async () => {
    await page.goto(`${server.url}/map?lang=en`);
    await region(sichuan).waitFor();
    await region(sichuan).click();
    await page.waitForURL((url) => url.searchParams.get("province") === sichuan && url.searchParams.get("region") === sichuan);
    await expect.poll(() => page.getByTestId("map-svg").getAttribute("data-level")).toBe("prefecture");
    const codes = await regions().evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-code") ?? ""));
    expect(codes).toContain("510100");
    expect(codes.length).toBe(21);
    expect(codes.every((code) => code.startsWith("51"))).toBe(true);
    expect(boundaryRequests.some((url) => url.endsWith(`/api/boundaries/prefecture?within=${sichuan}`))).toBe(true);
    expect(await page.getByTestId("map-heading").innerText()).toBe("Prefectures of Sichuan");
    expect(await page.getByTestId("map-panel-heading").innerText()).toBe("Sichuan");
    if (screenshots) await page.screenshot({ path: `${screenshots}/map-sichuan-en.png` });

    // Chengdu by keyboard: the panel follows.
    await region("510100").focus();
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.searchParams.get("region") === "510100");
    await expect.poll(() => page.getByTestId("map-panel-heading").innerText()).toBe("Chengdu");
    expect(await page.getByTestId("map-open-network").getAttribute("href")).toBe("/network?regions=510100&lang=en");
    expect(await page.getByTestId("map-open-coverage").getAttribute("href")).toBe("/coverage?region=510100&level=prefecture&within=510000&lang=en");

    await region(sichuan).count(); // (not drawn at this level)
    await page.getByTestId("map-back").click();
    await page.waitForURL((url) => !url.searchParams.has("province"));
    await expect.poll(() => regions().count()).toBe(34);

    await page.goto(`${server.url}/map?lang=en&province=${sichuan}&region=${sichuan}`);
    await page.getByTestId("map-open-timeline").click();
    await page.waitForURL((url) => url.pathname === "/timeline" && url.searchParams.get("regions") === sichuan);
    await page.getByTestId("timeline-status").or(page.getByTestId("timeline-results")).first().waitFor();
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("speaks Chinese with ?lang=zh", async () => {
    await page.goto(`${server.url}/map?lang=zh`);
    await page.getByTestId("map-svg").waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    expect(await page.locator("h1").innerText()).toBe("地图");
    expect(await region(sichuan).locator("title").textContent()).toMatch(/^四川省：/);
    expect(await page.locator('[data-testid="map-svg"] .legend-nodata').textContent()).toBe("暂无记录");
    if (screenshots) await page.screenshot({ path: `${screenshots}/map-provinces-zh.png` });
    expect(pageErrors).toEqual([]);
  });

  it("exports the map as PNG and SVG", async () => {
    await page.goto(`${server.url}/map?lang=en`);
    await page.getByTestId("map-svg").waitFor();
    const tools = page.locator(".map-panel .export-buttons");
    const [png] = await Promise.all([page.waitForEvent("download"), tools.locator('[data-format="png"]').click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const bytes = readFileSync(await png.path());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const [svg] = await Promise.all([page.waitForEvent("download"), tools.locator('[data-format="svg"]').click()]);
    const text = readFileSync(await svg.path(), "utf8");
    expect((text.match(/class="region[ "]/g) ?? []).length).toBe(34);
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
