import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { applySchema } from "../../server/db/apply-schema.ts";
import type { Database } from "../../server/db/database.ts";
import { ingest } from "../../server/ingest/ingest.ts";
import { sampleDir } from "../../server/ingest/sample.ts";
import { BROWSER_VIEWPORT, launchChromium, requireChromium } from "./chromium.ts";
import { connectTestDatabase, resetDatabase } from "./test-database.ts";
import { startTestServer, type TestServer, type TestServerOptions } from "./test-server.ts";

export interface BrowserSession {
  database: Database;
  server: TestServer;
  browser: Browser;
  page: Page;
  /** Every uncaught page error and console error so far: a browser test ends by expecting none. */
  pageErrors: string[];
  close(): Promise<void>;
}

/**
 * The sample loaded into an emptied test database, the real server over it, and a 1440×900 page
 * of Debian's Chromium that records its errors. `afterLoad` runs before the server starts.
 */
export async function openBrowserSession(
  options: {
    server?: TestServerOptions;
    page?: BrowserContextOptions;
    afterLoad?: (database: Database) => Promise<void>;
    /** Also count answers of 400 and above as page errors (for views that should never get one). */
    failedResponsesAreErrors?: boolean;
  } = {},
): Promise<BrowserSession> {
  // Checked first, so a missing browser fails fast instead of after the database is reloaded.
  requireChromium();
  const database = connectTestDatabase();
  await applySchema(database);
  await resetDatabase(database);
  await ingest(database, [sampleDir]);
  await options.afterLoad?.(database);
  const server = await startTestServer(database, options.server);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: BROWSER_VIEWPORT, ...options.page });
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(message.text());
  });
  if (options.failedResponsesAreErrors) {
    page.on("response", (response) => {
      if (response.status() >= 400) pageErrors.push(`${response.status()} ${response.url()}`);
    });
  }
  return {
    database,
    server,
    browser,
    page,
    pageErrors,
    async close() {
      await browser.close();
      await server.close();
      await database.close();
    },
  };
}
