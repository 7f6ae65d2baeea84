import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../server/ingest/ingest.ts";
import { openBrowserSession, type BrowserSession } from "../support/browser-session.ts";
import type { TestServer } from "../support/test-server.ts";

interface ApiProfile {
  organization: { id: string; name: string; nameZh: string | null };
  agreements: { id: string; sources: { quote: string | null; source: { url: string | null } }[] }[];
  partners: { organization: { id: string; name: string; nameZh: string | null }; agreements: number }[];
}

/** Names as an attacker would write them, ingested like any record: the page must show them as text. */
const hostileCollege = "<img src=x onerror=alert(1)> College";
const hostileCompany = "<script>alert(2)</script> Co. Ltd.";

const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

describe("the organisation profile in Chromium, over the sample data", () => {
  let session: BrowserSession;
  let server: TestServer;
  let page: Page;
  let pageErrors: string[];
  let huawei: ApiProfile;
  const dialogs: string[] = [];

  async function profile(id: string): Promise<ApiProfile | null> {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `query($id: ID!) { orgProfile(id: $id) {
          organization { id name nameZh }
          agreements { id sources { quote source { url } } }
          partners { organization { id name nameZh } agreements }
        } }`,
        variables: { id },
      }),
    });
    const body = (await response.json()) as { data: { orgProfile: ApiProfile | null } };
    return body.data.orgProfile;
  }

  beforeAll(async () => {
    session = await openBrowserSession({
      page: { acceptDownloads: true, locale: "en-GB" },
      afterLoad: async (database) => {
        const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-hostile-names-"));
        const quoted = (value: string) => `"${value.replace(/"/g, '""')}"`;
        writeFileSync(path.join(dir, "institutions.csv"), `id,name\nhx-img-college,${quoted(hostileCollege)}\n`);
        writeFileSync(path.join(dir, "enterprises.csv"), `id,name\nhx-script-company,${quoted(hostileCompany)}\n`);
        writeFileSync(path.join(dir, "agreements.csv"), "id,type,parties\nhx-hostile-lab,joint_lab,hx-img-college|hx-script-company\n");
        const loaded = await ingest(database, [dir]);
        if (loaded.problems.length > 0) throw new Error(loaded.problems.join("\n"));
      },
    });
    ({ server, page, pageErrors } = session);
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const answer = await profile("huawei");
    if (answer === null) throw new Error("The sample has no organisation huawei");
    huawei = answer;
  });

  afterAll(async () => {
    await session?.close();
  });

  it("shows Huawei's agreements, their sources and its partners as the API answers", async () => {
    await page.goto(`${server.url}/org/huawei?lang=en`);
    await eventually(() => page.getByTestId("org-name").innerText()).toBe(huawei.organization.name);
    await eventually(() => page.getByTestId("agreement-row").count()).toBe(huawei.agreements.length);
    expect(await page.getByTestId("partner-row").count()).toBe(huawei.partners.length);
    const url = huawei.agreements.flatMap((agreement) => agreement.sources).find((evidence) => evidence.source.url)?.source.url;
    expect(url).toBeTruthy();
    expect(await page.locator(`a.source-link[href="${new URL(url!).href}"]`).count()).toBeGreaterThan(0);
    const quotes = huawei.agreements.flatMap((agreement) => agreement.sources).filter((evidence) => evidence.quote).length;
    expect(await page.locator(".evidence blockquote").count()).toBe(quotes);
    expect(await page.getByTestId("metric-betweenness").innerText()).toMatch(/rank \d+/);
    expect(await page.getByTestId("ego-partner").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("show-in-network").getAttribute("href")).toBe("/network?selected=huawei&lang=en");
    expect(pageErrors).toEqual([]);
  });

  it("exports the partners as CSV", async () => {
    await page.goto(`${server.url}/org/huawei?lang=en`);
    await eventually(() => page.getByTestId("partner-row").count()).toBe(huawei.partners.length);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('section[aria-labelledby="profile-partners-heading"] .export-buttons [data-format="csv"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe("partners-huawei.csv");
    const text = readFileSync(await download.path(), "utf8");
    const rows = parse(text, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((row) => row.ID).sort()).toEqual(huawei.partners.map((partner) => partner.organization.id).sort());
    expect(pageErrors).toEqual([]);
  });

  it("opens a partner's profile from its link", async () => {
    const partner = huawei.partners[0]!.organization;
    await page.goto(`${server.url}/org/huawei?lang=en`);
    await page.locator('[data-testid="partner-row"] a.org-name').first().waitFor();
    await page.locator('[data-testid="partner-row"] a.org-name', { hasText: partner.name }).first().click();
    await page.waitForURL(new RegExp(`/org/${encodeURIComponent(partner.id)}\\?lang=en$`));
    await eventually(() => page.getByTestId("org-name").innerText()).toBe(partner.name);
    expect(pageErrors).toEqual([]);
  });

  it("speaks Chinese with ?lang=zh", async () => {
    await page.goto(`${server.url}/org/huawei?lang=zh`);
    await eventually(() => page.getByTestId("agreement-row").count()).toBe(huawei.agreements.length);
    expect(await page.getByTestId("org-name").innerText()).toBe(huawei.organization.nameZh ?? huawei.organization.name);
    const text = await page.locator("main").innerText();
    expect(text).toContain("合作方");
    expect(text).toContain("在合作网络中查看");
    expect(text).not.toContain("Agreements shared");
    expect(pageErrors).toEqual([]);
  });

  it("shows names holding markup as text, never as elements or scripts", async () => {
    await page.goto(`${server.url}/org/hx-img-college?lang=en`);
    await eventually(() => page.getByTestId("org-name").innerText()).toBe(hostileCollege);
    await eventually(() => page.locator('[data-testid="partner-row"] a.org-name').first().innerText()).toBe(hostileCompany);
    expect(await page.locator("main img, main script").count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("notes figures that predate the graph's last change, fits a 390 px phone, and shows the new ones when the recompute ends", async () => {
    let done = false;
    let profileRequests = 0;
    const status = () => (done ? { state: "idle", stale: false, computedAt: "2026-12-06T10:05:00.000Z", phase: null, progress: null } : { state: "waiting", stale: true, computedAt: "2026-12-06T10:00:00.000Z", phase: null, progress: null });
    await page.route("**/graphql", async (route) => {
      const text = route.request().postData() ?? "";
      if (text.includes("query MetricsStatus")) return route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ data: { metricsStatus: status() } }) });
      if (!text.includes("query OrgProfile")) return route.continue();
      profileRequests += 1;
      const response = await route.fetch();
      const body = (await response.json()) as { data: { orgProfile: { metrics: Record<string, unknown>; egoNetwork: Record<string, unknown> } } };
      if (!done) {
        body.data.orgProfile.metrics.metricsStale = true;
        body.data.orgProfile.egoNetwork.metricsComputedAt = "2026-12-06T10:00:00.000Z";
      }
      return route.fulfill({ response, body: JSON.stringify(body) });
    });
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      for (const [lang, line, note] of [
        ["en", "The graph has changed: network figures are being updated", /^Figures from 6 Dec 2026, \d\d:\d\d; an update is under way\.$/],
        ["zh", "图谱已更改：网络数据正在更新", /^数据截至 2026年12月6日 \d\d:\d\d；正在更新。$/],
      ] as const) {
        await page.goto(`${server.url}/org/huawei?lang=${lang}`);
        await eventually(() => page.getByTestId("metrics-stale-notice").innerText()).toMatch(note);
        await eventually(() => page.getByTestId("metrics-status").innerText()).toBe(line);
        const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        expect(scrollWidth, `${lang}: the page's width at 390 px`).toBeLessThanOrEqual(clientWidth);
      }
      const before = profileRequests;
      done = true;
      await eventually(() => page.getByTestId("metrics-status").isHidden()).toBe(true);
      await eventually(() => profileRequests).toBeGreaterThan(before);
      await eventually(() => page.getByTestId("metrics-stale-notice").count()).toBe(0);
      expect(await page.getByTestId("metric-betweenness").innerText()).toMatch(/排名|rank/);
    } finally {
      await page.unroute("**/graphql");
      await page.setViewportSize({ width: 1440, height: 900 });
    }
    expect(pageErrors).toEqual([]);
  });

  it("says so for an id no organisation has", async () => {
    await page.goto(`${server.url}/org/nope?lang=en`);
    await eventually(() => page.getByTestId("profile-not-found").innerText()).toContain("“nope”");
    expect(await page.locator("h1").innerText()).toBe("Organisation not found");
    expect(pageErrors).toEqual([]);
  });
});
