// The path finder's pickers over the sample and the register: a path asked by typing names, in
// English and in Chinese, with no ids put in the URL by hand.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "../../server/commands/prepare-database.ts";
import { createLogger } from "../../server/logger.ts";
import { openBrowserSession, type BrowserSession } from "../support/browser-session.ts";

/** Where to save what the page showed, when set. */
const screenshotDir = process.env.SCREENSHOT_DIR;
const industryDepartment = "shaanxi-department-of-industry-and-it";
const xaut = "xian-university-of-technology";

describe("finding a path by typing names, in Chromium", () => {
  let session: BrowserSession;
  let page: Page;
  beforeAll(async () => {
    session = await openBrowserSession({
      // As npm start has it: the sample, then the Ministry's register folded into it.
      afterLoad: async (database) => void (await prepareDatabase(database, { loadSample: false, loadRegister: true, logger: createLogger("silent") })),
    });
    page = session.page;
  }, 300_000);
  afterAll(() => session?.close());

  /** Types into a path end's picker and picks the suggestion for `id`, showing `shown` as its name. */
  async function pickEnd(label: string, listId: string, typed: string, id: string, shown: string) {
    const box = page.getByRole("combobox", { name: label });
    await box.fill(typed);
    const option = page.locator(`#${listId} [role="option"][data-id="${id}"]`);
    await option.waitFor({ timeout: 15_000 });
    expect(await option.innerText()).toContain(shown);
    await option.click();
  }

  async function openNetwork(query: string) {
    await page.goto(`${session.server.url}/network${query}`);
    await page.waitForSelector('[data-testid="network-canvas"][data-layout="done"]', { timeout: 120_000 });
    expect(new URL(page.url()).searchParams.get("pathFrom")).toBeNull();
  }

  it("in English: Shaanxi Department of Industry to Huawei", async () => {
    await openNetwork("");
    await pickEnd("From", "network-path-from-list", "Shaanxi Department of Industry", industryDepartment, "Shaanxi Department of Industry and Information Technology");
    await page.waitForURL((url) => url.searchParams.get("pathFrom") === industryDepartment);
    await pickEnd("To", "network-path-to-list", "Huawei", "huawei", "Huawei");
    await page.waitForURL((url) => url.searchParams.get("pathTo") === "huawei");
    const result = page.getByTestId("path-result");
    await expect.poll(() => result.innerText(), { timeout: 30_000 }).toContain("links apart");
    // The department signed with Xi'an University of Technology, which runs a college with Huawei.
    const steps = await page.getByTestId("path-steps").getByRole("listitem").allInnerTexts();
    expect(steps[0]).toContain("Shaanxi Department of Industry");
    expect(steps.at(-1)).toContain("Huawei");
    expect(steps).toContain("Xi'an University of Technology");
    if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/search-path-en.png` });
    expect(session.pageErrors).toEqual([]);
  });

  it("in Chinese: 陕西省工业和信息化厅 to 华为, and 西安理工 as a part of a name", async () => {
    await openNetwork("?lang=zh");
    await pickEnd("起点", "network-path-from-list", "工业和信息化厅", industryDepartment, "陕西省工业和信息化厅");
    await page.waitForURL((url) => url.searchParams.get("pathFrom") === industryDepartment);
    await pickEnd("终点", "network-path-to-list", "华为", "huawei", "华为");
    await page.waitForURL((url) => url.searchParams.get("pathTo") === "huawei");
    const result = page.getByTestId("path-result");
    await expect.poll(() => result.innerText(), { timeout: 30_000 }).toContain("相隔");
    const steps = await page.getByTestId("path-steps").getByRole("listitem").allInnerTexts();
    expect(steps[0]).toContain("陕西省工业和信息化厅");
    expect(steps).toContain("西安理工大学");
    expect(steps.at(-1)).toContain("华为");
    if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/search-path-zh.png` });
    // A part of a Chinese name, typed with a space, finds the university for the other end.
    await pickEnd("终点", "network-path-to-list", "西安 理工", xaut, "西安理工大学");
    await page.waitForURL((url) => url.searchParams.get("pathTo") === xaut);
    await expect.poll(() => result.innerText(), { timeout: 30_000 }).toContain("直接合作");
    expect(session.pageErrors).toEqual([]);
  });
});
