// GraphiQL's documentation on a default start: a researcher opens /graphiql and finds every query
// in the Docs panel. It once came up empty, because building the dashboard inside the server's
// process (Vite sets NODE_ENV=production) turned Apollo's introspection off. Introspection is now
// its own setting, on by default whatever NODE_ENV says (SECURITY.md gives the reasoning: the
// schema is public and read-only, and the depth, cost and page limits hold either way).
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../server/config.ts";
import { openBrowserSession, type BrowserSession } from "../support/browser-session.ts";
import type { TestServer } from "../support/test-server.ts";

describe("GraphiQL at /graphiql on a default start, in Chromium", () => {
  let session: BrowserSession;
  let server: TestServer;
  let page: Page;
  let pageErrors: string[];
  const nodeEnv = process.env.NODE_ENV;

  beforeAll(async () => {
    // As a production start has it, with the introspection setting a start reads from an
    // environment that does not mention it.
    process.env.NODE_ENV = "production";
    session = await openBrowserSession({ server: { introspection: loadConfig({ NODE_ENV: "production" }).introspection } });
    ({ server, page, pageErrors } = session);
  });

  afterAll(async () => {
    process.env.NODE_ENV = nodeEnv;
    await session?.close();
  });

  it("lists the Query fields in the documentation explorer", async () => {
    await page.goto(`${server.url}/graphiql`);
    await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
    const docs = page.locator(".graphiql-doc-explorer");
    await docs.getByText("Root Types").waitFor();
    await docs.locator("a", { hasText: /^Query$/ }).first().click();
    await expect.poll(() => docs.locator(".graphiql-doc-explorer-field-name").allInnerTexts()).toEqual(expect.arrayContaining(["network", "search", "coverageMatrix", "regionFigures", "institutions"]));
    expect(pageErrors).toEqual([]);
  });
});
