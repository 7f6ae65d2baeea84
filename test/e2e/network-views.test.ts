// The network explorer as researchers use it, in Chromium over the sample: several regions with
// the link rule said and drawn, the GEXF download read back, one community number in the network
// panel, the profile and the export, and the force, ring and map layouts. Screenshots of the new
// controls at 1440 and 390 px, in English and Chinese, are written for a person to look at.
import { mkdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { UndirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enableTestHooks } from "../../bench/frontend-bench.ts";
import { openBrowserSession, type BrowserSession } from "../support/browser-session.ts";
import { neighbourSets } from "../support/neighbour-sets.ts";
import { postGraphQL } from "../support/test-server.ts";

interface ApiNode {
  id: string;
  name: string;
  regionCode: string | null;
  community: number;
  outsideRegions: boolean;
}

interface ApiNetwork {
  nodes: ApiNode[];
  links: { source: string; target: string }[];
}

declare global {
  interface Window {
    __atlasNodeScreenPosition?: (id: string) => { x: number; y: number } | null;
  }
}

const NETWORK = `query ($filter: NetworkFilter) { network(filter: $filter) { nodes { id name regionCode community outsideRegions } links { source target } } }`;
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 30_000 });
/** Where the screenshots go: looked at by a person, not compared by the test. */
const shotDir = path.join(os.tmpdir(), "alliance-atlas-network-views");

describe("the network explorer's regions, GEXF, community numbers and layouts in Chromium", () => {
  let session: BrowserSession;
  let page: Page;

  async function networkOf(filter: Record<string, unknown>): Promise<ApiNetwork> {
    const { body } = await postGraphQL(session.server.url, NETWORK, { filter });
    if (body.errors) throw new Error(body.errors.map((e) => e.message).join("; "));
    return (body.data as { network: ApiNetwork }).network;
  }

  const attribute = (name: string) => page.getByTestId("network-canvas").getAttribute(name);
  const position = (id: string) => page.evaluate((nodeId) => window.__atlasNodeScreenPosition?.(nodeId) ?? null, id);

  /** The network of `count` organisations drawn and laid out. */
  async function shown(count: number): Promise<void> {
    await eventually(async () => `${await attribute("data-node-count")} ${await attribute("data-layout")}`).toBe(`${count} done`);
  }

  /** The value beside a term of the node panel's facts. */
  function panelFact(term: string): Promise<string | null> {
    return page.getByTestId("node-details").evaluate((panel, wanted) => {
      const dt = [...panel.querySelectorAll("dt")].find((d) => d.textContent === wanted);
      return dt?.nextElementSibling?.textContent ?? null;
    }, term);
  }

  beforeAll(async () => {
    session = await openBrowserSession({ page: { acceptDownloads: true } });
    page = session.page;
    await enableTestHooks(page);
    mkdirSync(shotDir, { recursive: true });
  });

  afterAll(async () => {
    await session?.close();
  });

  it("shows Sichuan with its partners elsewhere, says the rule, adds Shaanxi, and keeps both ends when asked", async () => {
    const oneEnd = await networkOf({ regionCodes: ["510000"], linkRule: "ONE_END", limit: 500 });
    const ownNetwork = await networkOf({ regionCodes: ["510000"], limit: 500 });
    const outside = oneEnd.nodes.filter((n) => n.outsideRegions).length;
    expect(oneEnd.nodes.length).toBeGreaterThan(ownNetwork.nodes.length);
    expect(outside).toBeGreaterThan(0);

    await page.goto(`${session.server.url}/network`);
    await page.getByTestId("region-510000").check();
    await page.waitForURL((url) => url.searchParams.get("regions") === "510000");
    await shown(oneEnd.nodes.length);
    const rule = page.getByTestId("region-rule");
    expect(await rule.getAttribute("data-rule")).toBe("one");
    expect(await rule.innerText()).toMatch(/at least one end in Sichuan/);
    expect(await rule.innerText()).toContain(`${oneEnd.nodes.length - outside} organisations there and ${outside} partners elsewhere (hollow circles)`);
    expect(await page.getByTestId("legend-outside").innerText()).toContain(String(outside));
    expect(await page.getByTestId("ends-one").isChecked()).toBe(true);

    await page.getByTestId("region-610000").check();
    await page.waitForURL((url) => url.searchParams.get("regions") === "510000,610000");
    const two = await networkOf({ regionCodes: ["510000", "610000"], linkRule: "ONE_END", limit: 500 });
    expect(two.nodes.length).toBeGreaterThan(oneEnd.nodes.length);
    await shown(two.nodes.length);
    expect(await rule.innerText()).toMatch(/Sichuan.*, Shaanxi/);
    expect(await page.getByTestId("network-regions").innerText()).toMatch(/2 chosen: Sichuan.*, Shaanxi/);

    await page.getByTestId("ends-both").check();
    await page.waitForURL((url) => url.searchParams.get("ends") === "both");
    const both = await networkOf({ regionCodes: ["510000", "610000"], linkRule: "BOTH_ENDS", limit: 500 });
    await shown(both.nodes.length);
    expect(await rule.getAttribute("data-rule")).toBe("both");
    expect(await rule.innerText()).toMatch(/Only links with both ends in/);

    // The link holds it all.
    await page.reload();
    await shown(both.nodes.length);
    for (const id of ["region-510000", "region-610000", "ends-both"]) expect(await page.getByTestId(id).isChecked(), id).toBe(true);
    expect(session.pageErrors).toEqual([]);
  });

  it("downloads the network shown as GEXF from the export menu, holding its organisations and links", async () => {
    const expected = await networkOf({ regionCodes: ["510000"], linkRule: "ONE_END", limit: 500 });
    await page.goto(`${session.server.url}/network?regions=510000`);
    await shown(expected.nodes.length);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /GEXF/ }).click()]);
    expect(download.suggestedFilename()).toBe("alliance-atlas-network.gexf");
    const graph = parseGexf(UndirectedGraph, readFileSync((await download.path())!, "utf8"));
    expect(graph.order).toBe(Number(await attribute("data-node-count")));
    expect(graph.size).toBe(Number(await attribute("data-link-count")));
    expect(graph.nodes().sort()).toEqual(expected.nodes.map((n) => n.id).sort());
    expect(graph.filterNodes((_id, attributes) => attributes["outsideRegions"] === true).sort()).toEqual(expected.nodes.filter((n) => n.outsideRegions).map((n) => n.id).sort());
    expect(session.pageErrors).toEqual([]);
  });

  it("numbers an organisation's community the same in the network panel, its profile and the GEXF export", async () => {
    const whole = await networkOf({ limit: 500 });
    // One not in the largest community, so a number off by one anywhere shows.
    const node = whole.nodes.find((n) => n.community > 1) ?? whole.nodes[0]!;
    expect(node.community).toBeGreaterThanOrEqual(1);
    const number = String(node.community);

    await page.goto(`${session.server.url}/network?selected=${encodeURIComponent(node.id)}`);
    await shown(whole.nodes.length);
    await eventually(() => panelFact("Community")).toBe(number);

    const response = await fetch(`${session.server.url}/api/export?format=gexf&limit=500`);
    const graph = parseGexf(UndirectedGraph, await response.text());
    expect(String(graph.getNodeAttribute(node.id, "community"))).toBe(number);

    await page.goto(`${session.server.url}/org/${encodeURIComponent(node.id)}`);
    await eventually(() => page.getByTestId("metric-community").locator(".metric-value").innerText()).toBe(number);

    // A region's organisations with one end inside keep the whole network's numbers too.
    const sichuan = await networkOf({ regionCodes: ["510000"], linkRule: "ONE_END", limit: 500 });
    const inside = sichuan.nodes.find((n) => !n.outsideRegions)!;
    await page.goto(`${session.server.url}/network?regions=510000&selected=${encodeURIComponent(inside.id)}`);
    await shown(sichuan.nodes.length);
    await eventually(() => panelFact("Community")).toBe(String(whole.nodes.find((n) => n.id === inside.id)!.community));
    expect(session.pageErrors).toEqual([]);
  });

  it("switches between the force, ring and map layouts, each kept in the URL and the same on reload", async () => {
    const whole = await networkOf({ limit: 500 });
    const neighbours = neighbourSets(whole.links);
    await page.goto(`${session.server.url}/network`);
    await shown(whole.nodes.length);

    // Rings around the organisation selected: its partners all at one distance, theirs further out.
    const hub = whole.nodes.find((n) => (neighbours.get(n.id)?.size ?? 0) >= 2 && [...neighbours.get(n.id)!].some((p) => [...neighbours.get(p)!].some((q) => q !== n.id && !neighbours.get(n.id)!.has(q))))!;
    await page.goto(`${session.server.url}/network?selected=${encodeURIComponent(hub.id)}`);
    await shown(whole.nodes.length);
    await page.locator("#network-layout").selectOption("radial");
    await page.waitForURL((url) => url.searchParams.get("layout") === "radial");
    await eventually(() => attribute("data-layout-mode")).toBe("radial");
    await shown(whole.nodes.length);
    const centre = (await position(hub.id))!;
    const distance = async (id: string) => {
      const at = (await position(id))!;
      return Math.hypot(at.x - centre.x, at.y - centre.y);
    };
    const partners = [...neighbours.get(hub.id)!];
    const first = await Promise.all(partners.map(distance));
    for (const d of first) expect(d).toBeCloseTo(first[0]!, 0);
    const secondHop = partners.flatMap((p) => [...neighbours.get(p)!]).find((q) => q !== hub.id && !neighbours.get(hub.id)!.has(q))!;
    expect(await distance(secondHop)).toBeGreaterThan(first[0]! + 5);
    expect(await page.getByTestId("legend-layout").innerText()).toContain(`${hub.name} in the middle`);
    await page.screenshot({ path: path.join(shotDir, "network-radial-1440.png") });

    // The map: Chengdu's organisations west and south of Xi'an's.
    const chengdu = whole.nodes.find((n) => n.regionCode?.startsWith("5101"))!;
    const xian = whole.nodes.find((n) => n.regionCode?.startsWith("6101"))!;
    await page.locator("#network-layout").selectOption("geo");
    await page.waitForURL((url) => url.searchParams.get("layout") === "geo");
    await eventually(() => attribute("data-layout-mode")).toBe("geo");
    await shown(whole.nodes.length);
    const [west, east] = [(await position(chengdu.id))!, (await position(xian.id))!];
    expect(west.x).toBeLessThan(east.x);
    expect(west.y).toBeGreaterThan(east.y);
    expect(await page.getByTestId("legend-layout").innerText()).toMatch(/^Map: each organisation at its prefecture/);
    await page.screenshot({ path: path.join(shotDir, "network-geo-1440.png") });
    // Seeded: the same picture after a reload.
    await page.reload();
    await shown(whole.nodes.length);
    await eventually(() => attribute("data-layout-mode")).toBe("geo");
    expect(await position(chengdu.id)).toEqual(west);

    await page.locator("#network-layout").selectOption("force");
    await page.waitForURL((url) => url.searchParams.get("layout") === "force");
    await eventually(() => attribute("data-layout-mode")).toBe("force");
    await shown(whole.nodes.length);
    expect(await page.getByTestId("legend-layout").count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });

  it("fits the new controls at 1440 and 390 px in English and Chinese, with no sideways scroll on a phone", async () => {
    const expected = await networkOf({ regionCodes: ["510000", "610000"], linkRule: "ONE_END", limit: 500 });
    for (const lang of ["en", "zh"] as const) {
      for (const viewport of [
        { width: 1440, height: 900 },
        { width: 390, height: 844 },
      ]) {
        await page.setViewportSize(viewport);
        await page.goto(`${session.server.url}/network?regions=510000,610000&colour=community&lang=${lang}`);
        await shown(expected.nodes.length);
        const widths = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, client: document.scrollingElement!.clientWidth }));
        expect(widths.scroll, `${lang} ${viewport.width}`).toBeLessThanOrEqual(widths.client);
        expect(await page.getByTestId("region-rule").innerText()).toMatch(lang === "zh" ? /至少一端在/ : /at least one end in/);
        const file = path.join(shotDir, `network-${lang}-${viewport.width}.png`);
        await page.screenshot({ path: file, fullPage: true });
      }
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    console.log(`network view screenshots: ${shotDir}`);
    expect(session.pageErrors).toEqual([]);
  });
});
