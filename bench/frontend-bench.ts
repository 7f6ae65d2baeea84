import type { BrowserContext, Page } from "playwright-core";
import { BROWSER_VIEWPORT, chromiumPath as defaultChromiumPath, launchChromium } from "../test/support/chromium.ts";

// The network explorer's frame times on synthetic networks, in headless Chromium. The benchmark
// suite and the browser test (test/e2e/network.test.ts) both measure through `measureNetworkFrames`,
// so the numbers the test prints and the ones the suite records come from the same steps.

/** Durations in milliseconds, as the page's frame meter summarises them (client/src/network/frame-stats.ts). */
export interface FrameTimes {
  frames: number;
  meanMs: number;
  p95Ms: number;
  maxMs: number;
}

/** One synthetic network, loaded, clicked during its layout, then panned. */
export interface NetworkFrameMeasurement {
  nodes: number;
  links: number;
  /** From navigation to the network being on the canvas (page load, script, synthetic network built). */
  loadSeconds: number;
  /** From the network being on the canvas to its force layout settling. */
  layoutSeconds: number;
  /** A click on "Zoom in" while the layout runs: how long until the page handled it and painted its effect. */
  clickDuringLayout: {
    /** The layout state when the click was sent: "running" unless the layout was already done. */
    layoutState: string;
    handledMs: number;
    paintedMs: number;
    /** The same, seen from outside the page (includes the round trips of the driver). */
    wallMs: number;
    zoomChanged: boolean;
  };
  pan: { durationMs: number; pointerMoves: number };
  /** Time between frames while panning. */
  frameInterval: FrameTimes;
  /** Time spent drawing each frame while panning. */
  drawTime: FrameTimes;
}

export interface FrontendBenchResult {
  chromium: { path: string; version: string };
  viewport: { width: number; height: number };
  panMs: number;
  /** One per size asked for, in that order; `pageErrors` should be empty. */
  networks: (NetworkFrameMeasurement & { pageErrors: string[] })[];
}

export interface FrontendBenchOptions {
  /** A running Atlas server, e.g. http://127.0.0.1:4100. */
  baseUrl: string;
  /** Synthetic network sizes, in nodes. */
  sizes?: number[];
  /** How long to pan each network. */
  panMs?: number;
  /** Defaults to CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
  chromiumPath?: string;
  onProgress?: (line: string) => void;
}

export const DEFAULT_SIZES: readonly number[] = [1000, 5000, 10000];
export const DEFAULT_PAN_MS = 2000;

// The page's test hooks and frame meter (client/src/network/test-hooks.ts, frame-meter.ts).
declare global {
  interface Window {
    __atlasTestHooks?: boolean;
    __atlasFrameStats?: { interval: FrameTimes; draw: FrameTimes; nodes: number; links: number; durationMs: number };
    /** Set by the measurement itself: how long a click took to be handled and painted. */
    __atlasClickLatency?: { handledMs: number; paintedMs: number };
    /** Set by the measurement itself: the page's clock when the layout settled. */
    __atlasLayoutSettledAt?: number;
  }
}

const CANVAS = '[data-testid="network-canvas"]';
// Ceilings, not expectations: 10,000 nodes took 27 s to lay out on two shared cores, and a busy
// machine can take several times that.
const LAYOUT_TIMEOUT_MS = 600_000;
const LOAD_TIMEOUT_MS = 60_000;

/** Test hooks (synthetic networks, frame stats) exist only when this flag is set before the page loads. */
export async function enableTestHooks(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript(() => {
    window.__atlasTestHooks = true;
  });
}

/**
 * Loads a synthetic network of `size` nodes on a page whose test hooks are on, clicks "Zoom in"
 * while the layout runs, waits for the layout to settle, then drags the canvas about for `panMs`.
 */
export async function measureNetworkFrames(page: Page, baseUrl: string, size: number, options: { panMs?: number } = {}): Promise<NetworkFrameMeasurement> {
  const panMs = options.panMs ?? DEFAULT_PAN_MS;
  const canvas = page.locator(CANVAS);
  await page.goto(`${baseUrl}/network?lang=en&synthetic=${size}`);
  // Times are read on the page's clock (performance.now counts from navigation), at the frame the
  // state changed, so the driver's round trips do not count.
  let shownAt: number;
  try {
    shownAt = await canvasTimeWhen(page, "data-node-count", String(size), LOAD_TIMEOUT_MS);
  } catch (error) {
    const count = await canvas.getAttribute("data-node-count", { timeout: 1000 }).catch(() => null);
    throw new Error(`the network view did not show ${size} synthetic nodes (it shows ${count ?? "none"}; are the test hooks on?)`, { cause: error });
  }
  // Noted by an observer rather than by polling, so a layout that settles while the click is
  // being measured is still timed to the moment it settled. (No named functions inside page
  // functions: under tsx, as npm run bench runs, esbuild wraps them in a __name helper that the
  // page does not have.)
  await canvas.evaluate((element) => {
    delete window.__atlasLayoutSettledAt;
    if (element.getAttribute("data-layout") === "done") window.__atlasLayoutSettledAt = performance.now();
    new MutationObserver(() => {
      if (element.getAttribute("data-layout") === "done") window.__atlasLayoutSettledAt ??= performance.now();
    }).observe(element, { attributes: true, attributeFilter: ["data-layout"] });
  });

  // Timed in the page, from the input event to the next frame after its handler.
  const zoomIn = page.getByRole("button", { name: "Zoom in" });
  const target = await zoomIn.boundingBox();
  if (target === null) throw new Error('no "Zoom in" button on the network view');
  await zoomIn.evaluate((button) => {
    delete window.__atlasClickLatency;
    button.addEventListener(
      "click",
      (event) => {
        const handledMs = performance.now() - event.timeStamp;
        requestAnimationFrame(() => {
          window.__atlasClickLatency = { handledMs, paintedMs: performance.now() - event.timeStamp };
        });
      },
      { once: true },
    );
  });
  const layoutState = (await canvas.getAttribute("data-layout")) ?? "";
  const zoomBefore = await canvas.getAttribute("data-zoom");
  const clicked = Date.now();
  await page.mouse.click(target.x + target.width / 2, target.y + target.height / 2);
  await page.waitForFunction(() => window.__atlasClickLatency !== undefined, undefined, { polling: 20, timeout: 10_000 });
  const wallMs = Date.now() - clicked;
  const latency = await page.evaluate(() => window.__atlasClickLatency!);
  const zoomChanged = (await canvas.getAttribute("data-zoom")) !== zoomBefore;

  await page.waitForFunction(() => window.__atlasLayoutSettledAt !== undefined, undefined, { polling: 100, timeout: LAYOUT_TIMEOUT_MS });
  const settledAt = await page.evaluate(() => window.__atlasLayoutSettledAt!);

  await page.evaluate(() => {
    delete window.__atlasFrameStats;
  });
  const box = await canvas.boundingBox();
  if (box === null) throw new Error("the network canvas is not on screen");
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const panStarted = Date.now();
  let pointerMoves = 0;
  while (Date.now() - panStarted < panMs) {
    pointerMoves += 1;
    // A wandering drag rather than a straight one, so the whole network passes through the view.
    await page.mouse.move(cx + 220 * Math.sin(pointerMoves / 9), cy + 140 * Math.cos(pointerMoves / 13));
    await page.waitForTimeout(8);
  }
  await page.mouse.up();
  await page.waitForFunction(() => window.__atlasFrameStats !== undefined, undefined, { timeout: 10_000 });
  const stats = await page.evaluate(() => window.__atlasFrameStats!);

  return {
    nodes: stats.nodes,
    links: stats.links,
    loadSeconds: seconds(shownAt),
    layoutSeconds: seconds(settledAt - shownAt),
    clickDuringLayout: { layoutState, handledMs: round(latency.handledMs), paintedMs: round(latency.paintedMs), wallMs, zoomChanged },
    pan: { durationMs: stats.durationMs, pointerMoves },
    frameInterval: stats.interval,
    drawTime: stats.draw,
  };
}

/** A measurement as a few readable lines (the browser test prints them, the suite reports them). */
export function describeNetworkFrames(m: NetworkFrameMeasurement): string[] {
  const times = (s: FrameTimes) => `mean ${s.meanMs.toFixed(1)} ms, p95 ${s.p95Ms.toFixed(1)} ms, max ${s.maxMs.toFixed(1)} ms over ${s.frames} frames`;
  const click = m.clickDuringLayout;
  return [
    `network explorer, ${m.nodes} synthetic organisations, ${m.links} links: shown after ${m.loadSeconds.toFixed(2)} s, laid out in ${m.layoutSeconds.toFixed(2)} s`,
    `  click during layout (layout was "${click.layoutState}"): handled ${click.handledMs.toFixed(0)} ms and painted ${click.paintedMs.toFixed(0)} ms after the input (${click.wallMs} ms seen from outside)`,
    `  pan for ${m.pan.durationMs} ms (${m.pan.pointerMoves} pointer moves): frame interval ${times(m.frameInterval)}`,
    `  draw time ${times(m.drawTime)}`,
  ];
}

/** Frame times of the network explorer at each size, each on a fresh page of one headless Chromium. */
export async function benchNetworkFrames(options: FrontendBenchOptions): Promise<FrontendBenchResult> {
  const sizes = options.sizes ?? [...DEFAULT_SIZES];
  const panMs = options.panMs ?? DEFAULT_PAN_MS;
  const path = options.chromiumPath ?? defaultChromiumPath;
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const progress = options.onProgress ?? (() => {});
  const browser = await launchChromium(path);
  try {
    const result: FrontendBenchResult = { chromium: { path, version: browser.version() }, viewport: { ...BROWSER_VIEWPORT }, panMs, networks: [] };
    for (const size of sizes) {
      progress(`network explorer: ${size} synthetic organisations…`);
      // A fresh page each time, so one size's memory and caches do not weigh on the next.
      const context = await browser.newContext({ viewport: BROWSER_VIEWPORT });
      try {
        await enableTestHooks(context);
        const page = await context.newPage();
        const pageErrors: string[] = [];
        page.on("pageerror", (error) => pageErrors.push(error.message));
        page.on("console", (message) => {
          if (message.type() === "error") pageErrors.push(message.text());
        });
        const measurement = await measureNetworkFrames(page, baseUrl, size, { panMs });
        for (const line of describeNetworkFrames(measurement)) progress(line);
        if (pageErrors.length > 0) progress(`  page errors: ${pageErrors.join("; ")}`);
        result.networks.push({ ...measurement, pageErrors });
      } catch (error) {
        throw new Error(`network frame benchmark at ${size} nodes failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      } finally {
        await context.close();
      }
    }
    return result;
  } finally {
    await browser.close();
  }
}

/** Waits until the canvas has `attribute="value"`; returns the page's clock (ms since navigation) at that frame. */
async function canvasTimeWhen(page: Page, attribute: string, value: string, timeout: number): Promise<number> {
  const handle = await page.waitForFunction(
    ({ selector, attribute, value }) => (document.querySelector(selector)?.getAttribute(attribute) === value ? performance.now() : false),
    { selector: CANVAS, attribute, value },
    { polling: "raf", timeout },
  );
  return (await handle.jsonValue()) as number;
}

function seconds(ms: number): number {
  return Math.round(ms) / 1000;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
