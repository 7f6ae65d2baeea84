import { type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../server/db/database.ts";
import { openBrowserSession, type BrowserSession } from "../support/browser-session.ts";
import { editorToken } from "../support/editor-tokens.ts";
import type { TestServer } from "../support/test-server.ts";


const secret = "review-e2e-secret-of-at-least-32-characters";
const hostileQuote = 'The parties agreed <img src=x onerror=alert(1)> to build a joint lab.';

const sign = (key: string, roles: string[]) =>
  editorToken(key, roles, "review-e2e");

/** Waits for the page to settle: the first answers of a cold server take more than expect.poll's default second. */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

/** Set SCREENSHOT_DIR to keep what the page looked like (for a person to check the layout). */
const screenshotDir = process.env.SCREENSHOT_DIR;

describe("the review queue in Chromium", () => {
  let database: Database;
  let server: TestServer;
  let page: Page;
  let pageErrors: string[];
  let session: BrowserSession;
  const dialogs: string[] = [];
  /** The two agreements marked for review: the first has the hostile quote. */
  let ids: [string, string];
  let quotes: Record<string, string>;

  const reviewStatus = async (id: string) => (await database.read("MATCH (a:Agreement {id: $id}) RETURN a.reviewStatus AS s", { id })).records[0]!.get("s") as string | null;
  const item = (id: string) => page.locator(`[data-testid="review-item"][data-agreement="${id}"]`);

  /** Marks agreements for review as an extraction would, and tells the caches the graph changed. */
  async function markUnreviewed(agreementIds: string[]): Promise<void> {
    await database.write("MATCH (a:Agreement) WHERE a.id IN $ids SET a.reviewStatus = 'unreviewed'", { ids: agreementIds });
    await database.write("MERGE (m:AtlasMeta {id: 'graph'}) SET m.version = coalesce(m.version, 0) + 1");
  }

  beforeAll(async () => {
    session = await openBrowserSession({
      server: { jwtSecret: secret },
      page: { locale: "en-GB" },
      failedResponsesAreErrors: true,
      afterLoad: async (loaded) => {
        database = loaded;
        const picked = await database.read(
          "MATCH (a:Agreement)-[:EVIDENCED_BY]->(:Source) WHERE a.title IS NOT NULL WITH DISTINCT a ORDER BY a.id LIMIT 3 RETURN collect(a.id) AS ids",
        );
        const three = picked.records[0]!.get("ids") as string[];
        expect(three).toHaveLength(3);
        ids = [three[0]!, three[1]!];
        quotes = { [ids[0]]: hostileQuote, [ids[1]]: "Both sides will train 200 students a year.", [three[2]!]: "A third agreement, to be corrected." };
        for (const [id, quote] of Object.entries(quotes)) {
          await database.write("MATCH (:Agreement {id: $id})-[e:EVIDENCED_BY]->(:Source) SET e.quote = $quote, e.confidence = 0.4", { id, quote });
        }
        await markUnreviewed(ids);
      },
    });
    ({ server, page, pageErrors } = session);
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  it("lists both agreements with their quotes, the hostile one as text", async () => {
    await page.goto(`${server.url}/review?lang=en`);
    await eventually(() => page.getByTestId("review-item").count()).toBe(2);
    for (const id of ids) {
      await expect(item(id).getByTestId("review-quote").first().textContent()).resolves.toBe(quotes[id]);
      expect(await item(id).locator(".review-parties li").count()).toBeGreaterThan(0);
    }
    expect(await page.getByTestId("review-list").locator("img").count()).toBe(0);
    expect(await page.getByTestId("review-status").innerText()).toContain("2 agreements await review");
    // How to get a token is said on the page.
    expect(await page.locator(".review-token").innerText()).toContain("npm run -s atlas -- token --subject NAME");
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/review.png`, fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it("refuses a decision without a token, or with a wrong one, and changes nothing", async () => {
    await page.goto(`${server.url}/review?lang=en`);
    await eventually(() => page.getByTestId("review-item").count()).toBe(2);
    await item(ids[0]).getByRole("button", { name: /^Approve/ }).click();
    await eventually(() => item(ids[0]).getByTestId("review-message").innerText()).toContain("Unauthenticated: ");
    expect(await page.getByTestId("review-item").count()).toBe(2);
    if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/review-refused.png`, fullPage: true });
    expect(await reviewStatus(ids[0])).toBe("unreviewed");

    // A token signed with another secret is refused the same way.
    await page.getByTestId("review-token").fill(await sign("some-other-secret-of-at-least-32-chars", ["editor"]));
    await page.getByTestId("review-token-save").click();
    await item(ids[0]).getByRole("button", { name: /^Approve/ }).click();
    await eventually(() => item(ids[0]).getByTestId("review-message").innerText()).toContain("Unauthenticated: ");
    expect(await reviewStatus(ids[0])).toBe("unreviewed");
    await page.getByRole("button", { name: "Forget token" }).click();
    // Both refusals are 401 answers (as the import routes give), which the browser also logs; nothing else failed.
    const refusal = [`401 ${server.url}/graphql`, "Failed to load resource: the server responded with a status of 401 (Unauthorized)"];
    expect(pageErrors.splice(0).sort()).toEqual([...refusal, ...refusal].sort());
  });

  it("approves and rejects with an editor token: the items leave the list and the database records the decisions", async () => {
    await page.goto(`${server.url}/review?lang=en`);
    await eventually(() => page.getByTestId("review-item").count()).toBe(2);
    const token = await sign(secret, ["editor"]);
    await page.getByTestId("review-token").fill(token);
    await page.getByTestId("review-token-save").click();
    // Kept for the tab only, and never in the address.
    expect(await page.evaluate(() => Object.values(sessionStorage))).toContain(token);
    expect(page.url()).not.toContain(token);

    await item(ids[0]).getByRole("button", { name: /^Approve/ }).click();
    await eventually(() => item(ids[0]).count()).toBe(0);
    expect(await page.getByTestId("review-confirmation").innerText()).toMatch(/^Approved “.+”\.$/);
    expect(await reviewStatus(ids[0])).toBe("approved");

    await item(ids[1]).getByRole("button", { name: /^Reject/ }).click();
    await eventually(() => item(ids[1]).count()).toBe(0);
    expect(await page.getByTestId("review-confirmation").innerText()).toMatch(/^Rejected “.+”\.$/);
    expect(await reviewStatus(ids[1])).toBe("rejected");
    await eventually(() => page.getByTestId("review-status").innerText()).toBe("Nothing awaits review.");

    // A reload keeps the token (same tab) and shows the empty queue.
    await page.reload();
    await eventually(() => page.getByTestId("review-status").innerText()).toBe("Nothing awaits review.");
    expect(await page.getByTestId("review-token").inputValue()).toBe(token);
    expect(pageErrors).toEqual([]);
  });

  it("corrects an agreement through the inline form", async () => {
    const third = Object.keys(quotes).find((id) => !ids.includes(id))!;
    await markUnreviewed([third]);
    await page.goto(`${server.url}/review?lang=en`);
    await eventually(() => page.getByTestId("review-item").count()).toBe(1);
    await item(third).getByRole("button", { name: /^Correct/ }).click();
    await item(third).getByLabel("Title").fill("A corrected title");
    await item(third).locator("select[name=type]").selectOption("order_class");
    await item(third).getByLabel("Ends").fill("2030-06-30");
    if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/review-correct.png`, fullPage: true });
    await item(third).getByRole("button", { name: "Save correction" }).click();
    await eventually(() => item(third).count()).toBe(0);
    expect(await page.getByTestId("review-confirmation").innerText()).toContain("Corrected");
    const row = (await database.read("MATCH (a:Agreement {id: $id}) RETURN a.reviewStatus AS s, a.title AS title, a.type AS type, toString(a.endsOn) AS endsOn", { id: third })).records[0]!;
    expect(row.get("s")).toBe("corrected");
    expect(row.get("title")).toBe("A corrected title");
    expect(row.get("type")).toBe("order_class");
    expect(row.get("endsOn")).toBe("2030-06-30");
    expect(pageErrors).toEqual([]);
  });

  it("speaks Chinese", async () => {
    await page.goto(`${server.url}/review?lang=zh`);
    await eventually(() => page.locator("h1").innerText()).toBe("审核");
    await eventually(() => page.getByTestId("review-status").innerText()).toBe("没有待审核的内容。");
    expect(pageErrors).toEqual([]);
  });
});
