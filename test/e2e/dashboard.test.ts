import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleDir } from "../../server/ingest/sample.ts";
import { openBrowserSession, type BrowserSession } from "../support/browser-session.ts";
import { csvRows } from "../support/csv-rows.ts";
import type { TestServer } from "../support/test-server.ts";

describe("the dashboard in Chromium, over the sample data", () => {
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

  it("lists the sample organisations with their counts", async () => {
    await page.goto(`${server.url}/`);
    await page.getByTestId("org-row").first().waitFor();
    const expected = [...csvRows(sampleDir, "institutions.csv"), ...csvRows(sampleDir, "enterprises.csv"), ...csvRows(sampleDir, "governments.csv")];
    await expect.poll(() => page.getByTestId("org-row").count()).toBe(expected.length);
    const tableText = await page.getByTestId("org-table").innerText();
    for (const organization of expected) expect(tableText).toContain(organization.name);
    await expect.poll(() => page.getByTestId("count-institutions").getAttribute("data-value")).toBe(String(csvRows(sampleDir, "institutions.csv").length));
    expect(pageErrors).toEqual([]);
  });

  it("filters by name and keeps the filter in the URL", async () => {
    await page.goto(`${server.url}/?q=petroleum`);
    await expect.poll(() => page.getByTestId("org-row").count()).toBe(1);
    expect(await page.getByTestId("org-table").innerText()).toContain("Harbin Institute of Petroleum");
    expect(pageErrors).toEqual([]);
  });

  it("opens an organisation's profile from its link", async () => {
    await page.goto(`${server.url}/?q=huawei`);
    await page.getByRole("link", { name: "Huawei", exact: true }).click();
    await page.waitForURL(/\/org\/huawei$/);
    await expect.poll(() => page.locator("main").innerText()).toContain("Huawei");
    expect(pageErrors).toEqual([]);
  });

  it("serves the GraphQL IDE from the project itself", async () => {
    const outside: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith("data:")) outside.push(request.url());
    });
    await page.goto(`${server.url}/graphiql`);
    await page.locator(".graphiql-container").waitFor();
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
