import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySchema } from "../server/db/apply-schema.ts";
import type { Database } from "../server/db/database.ts";
import { ingest } from "../server/ingest/ingest.ts";
import { sampleDir } from "../server/ingest/sample.ts";
import { csvRows } from "../test/support/csv-rows.ts";
import { connectTestDatabase, resetDatabase } from "../test/support/test-database.ts";
import { startTestServer, type TestServer } from "../test/support/test-server.ts";

/** Debian's Chromium (.ci/run installs it); playwright-core never downloads a browser of its own. */
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

describe("the dashboard in Chromium, over the sample data", () => {
  let database: Database;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(chromiumPath)) throw new Error(`No Chromium at ${chromiumPath}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH.`);
    database = connectTestDatabase();
    await applySchema(database);
    await resetDatabase(database);
    await ingest(database, [sampleDir]);
    server = await startTestServer(database);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await database?.close();
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
