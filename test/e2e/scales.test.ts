// Scales that agree across views: a coverage share has the same colour on the map as in the heat
// map and the segment strip, counts' legends have whole-number ticks each once, the map's
// figures for a region are the coverage view's, and a province's map fills its box.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { relativeLuminance } from "../../client/src/charts/chart-text.ts";
import { openBrowserSession, type BrowserSession } from "../support/browser-session.ts";
import type { TestServer } from "../support/test-server.ts";

const shaanxi = "610000";
const baoji = "610300";
/** Baoti Group (宝钛集团) lies in Baoji and has no agreement: 0 % of the chain's segments there. */
const titanium = "shaanxi-titanium-alloy-chain";
/** Half of its segments covered in Shaanxi, in the sample. */
const display = "shaanxi-new-display-chain";

/** The colours of a chart's legend ramp at its two ends. */
async function rampEnds(page: Page, chart: string): Promise<{ start: string; end: string }> {
  return page.locator(`${chart} linearGradient`).first().evaluate((gradient) => {
    const stops = [...gradient.querySelectorAll("stop")];
    return { start: stops[0]!.getAttribute("stop-color")!, end: stops.at(-1)!.getAttribute("stop-color")! };
  });
}

describe("scales and figures that agree between views, in Chromium over the sample", () => {
  let session: BrowserSession;
  let server: TestServer;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    session = await openBrowserSession();
    ({ server, page, pageErrors } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  const heatCell = (chain: string, region: string) => page.locator(`.coverage-heatmap g.cell[data-chain="${chain}"][data-region="${region}"] rect.cell-fill`);
  const mapRegion = (code: string) => page.locator(`[data-testid="map-svg"] path.region[data-code="${code}"]`);

  it("colours 0 %, 50 % and 100 % coverage alike on the map and in the heat map, dark for 0 %", async () => {
    await page.goto(`${server.url}/coverage?lang=en`);
    await heatCell(titanium, shaanxi).waitFor();
    expect(await page.locator(`.coverage-heatmap g.cell[data-chain="${titanium}"][data-region="${shaanxi}"]`).getAttribute("data-value")).toBe("0");
    const heatZero = await heatCell(titanium, shaanxi).getAttribute("fill");
    const heatHalf = await heatCell(display, shaanxi).getAttribute("fill");
    const heatRamp = await rampEnds(page, ".coverage-heatmap");

    const mapFill = async (chain: string) => {
      await page.goto(`${server.url}/map?figure=coverage&chain=${chain}&lang=en`);
      await expect.poll(() => mapRegion(shaanxi).getAttribute("data-value")).not.toBe("");
      return { value: await mapRegion(shaanxi).getAttribute("data-value"), fill: await mapRegion(shaanxi).getAttribute("fill") };
    };
    const mapZero = await mapFill(titanium);
    const mapRamp = await rampEnds(page, '[data-testid="map-svg"]');
    const mapHalf = await mapFill(display);
    expect(mapZero).toEqual({ value: "0", fill: heatZero });
    expect(mapHalf).toEqual({ value: "0.5", fill: heatHalf });
    // 100 %: no cell of the sample has it, so the ramps' ends, and a covered block of the strip.
    expect(mapRamp).toEqual(heatRamp);
    expect(heatRamp.start).toBe(heatZero);
    await page.goto(`${server.url}/coverage?chain=nev-industry-chain&lang=en`);
    const covered = page.locator('[data-testid="segment-strip"] .segment-covered rect').first();
    await covered.waitFor();
    expect(await covered.getAttribute("fill")).toBe(heatRamp.end);
    // One direction: 0 % is the dark end (a gap catches the eye), 100 % the light one.
    expect(relativeLuminance(heatRamp.start)).toBeLessThan(relativeLuminance(heatRamp.end));
    expect(pageErrors).toEqual([]);
  });

  it("gives every count legend of the map whole-number ticks, none repeated", async () => {
    for (const [province, figure] of [
      ["", "agreements"],
      ["", "enterprises"],
      [shaanxi, "agreements"],
      [shaanxi, "institutions"],
      [shaanxi, "enterprises"],
    ] as const) {
      await page.goto(`${server.url}/map?figure=${figure}${province ? `&province=${province}` : ""}&lang=en`);
      await page.getByTestId("map-svg").waitFor();
      await expect.poll(() => page.getByTestId("map-svg").getAttribute("data-level")).toBe(province ? "prefecture" : "province");
      const ticks = await page.locator('[data-testid="map-svg"] .legend-ticks text').allTextContents();
      const label = `${figure} ${province || "China"}: ${ticks.join(" ")}`;
      expect(ticks.length, label).toBeGreaterThanOrEqual(2);
      expect(ticks.every((tick) => /^\d[\d,]*$/.test(tick)), label).toBe(true);
      expect(new Set(ticks).size, label).toBe(ticks.length);
      const numbers = ticks.map((tick) => Number(tick.replace(/,/g, "")));
      expect(numbers, label).toEqual([...numbers].sort((a, b) => a - b));
    }
    expect(pageErrors).toEqual([]);
  });

  it("shows Baoji's enterprises on the map as the coverage view counts them (Baoti Group)", async () => {
    // The coverage view: the titanium chain in Baoji, one enterprise, none partnered.
    await page.goto(`${server.url}/coverage?level=prefecture&within=${shaanxi}&chain=${titanium}&region=${baoji}&lang=en`);
    await page.getByTestId("coverage-detail").waitFor();
    expect(await page.getByTestId("enterprise-coverage").innerText()).toContain("0 of 1");

    await page.goto(`${server.url}/map?province=${shaanxi}&region=${baoji}&figure=coverage&chain=${titanium}&lang=en`);
    await expect.poll(() => page.getByTestId("map-panel-heading").innerText()).toBe("Baoji");
    const figure = (key: string) => page.locator(`[data-testid="map-region-panel"] dd[data-figure="${key}"]`);
    await figure("chain-enterprises").waitFor();
    expect(await figure("chain-enterprises").innerText()).toBe("1, 0 partnered");
    expect(await figure("enterprises").innerText()).toBe("1");
    expect(await figure("partnered-enterprises").innerText()).toBe("0");

    // Coloured by enterprises, Baoji is no longer hatched as if it had none.
    await page.goto(`${server.url}/map?province=${shaanxi}&region=${baoji}&figure=enterprises&lang=en`);
    await expect.poll(() => mapRegion(baoji).getAttribute("data-value")).toBe("1");
    expect(pageErrors).toEqual([]);
  });

  it("fits a tall province's map to the width of its box, the province's figures beside it", async () => {
    for (const region of ["", baoji]) {
      await page.goto(`${server.url}/map?province=${shaanxi}${region ? `&region=${region}` : ""}&lang=en`);
      await expect.poll(() => page.getByTestId("map-svg").getAttribute("data-level")).toBe("prefecture");
      await expect.poll(() => page.getByTestId("map-panel-heading").innerText()).toBe(region ? "Baoji" : "Shaanxi");
      const { box, shape } = await page.getByTestId("map-canvas").evaluate((canvas) => ({
        box: canvas.clientWidth,
        shape: canvas.querySelector("g.regions")!.getBoundingClientRect().width,
      }));
      // Shaanxi is about twice as tall as wide: it once took a third of the width.
      expect(shape / box, region || "no region").toBeGreaterThan(0.7);
      expect(shape).toBeLessThanOrEqual(box);
    }
    expect(pageErrors).toEqual([]);
  });
});
