import * as XLSX from "@e965/xlsx";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../server/db/database.ts";
import { creditCodeCheckCharacter } from "../../server/model/identity-codes.ts";
import { openBrowserSession, type BrowserSession } from "../support/browser-session.ts";
import { editorToken } from "../support/editor-tokens.ts";
import type { TestServer } from "../support/test-server.ts";

// /import end to end in Chromium: a planner's .xlsx list made by the workbook library, with one
// credit code mistyped; the problem shown at file:sheet:row; the corrected file chosen again; one
// column mapped by hand; preview, commit; the new enterprises counted in the coverage view of their
// chain and province; undone, and gone.

const secret = "import-e2e-secret-of-at-least-32-characters";
const chainId = "shaanxi-titanium-alloy-chain";
const shaanxi = "610000";
const fileName = "陕西省钛产业链重点企业名单.xlsx";
const names = ["宝鸡浏览器测试钛业有限公司", "宝鸡浏览器测试新材料有限公司"];
const code = (first17: string) => `${first17}${creditCodeCheckCharacter(first17)}`;
const codes = [code("91610300MA6X00021"), code("91610300MA6X00022")];
const mistyped = codes[1]!.slice(0, 17) + (codes[1]![17] === "0" ? "1" : "0");

const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });
/** Set SCREENSHOT_DIR to keep what the page looked like (for a person to check the layout). */
const screenshotDir = process.env.SCREENSHOT_DIR;

/** The list as a planner keeps it: a title row, 序号, Chinese headers, chain and segment by name, and a short-name column the importer does not know. */
function plannerList(secondCode: string): string {
  const rows = [
    ["陕西省钛产业链重点企业名单"],
    ["序号", "企业名称", "统一社会信用代码", "所属产业链", "产业链环节", "所在地", "企业简写"],
    [1, names[0], codes[0], "钛及钛合金产业链", "海绵钛", "宝鸡市", "测试钛业"],
    [2, names[1], secondCode, "钛及钛合金产业链", "钛材", "宝鸡市", "测试新材"],
  ];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), "Sheet1");
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "atlas-import-e2e-")), fileName);
  writeFileSync(file, XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Uint8Array);
  return file;
}

describe("the import view in Chromium", () => {
  let session: BrowserSession;
  let database: Database;
  let server: TestServer;
  let page: Page;
  let pageErrors: string[];
  const dialogs: string[] = [];

  const enterprisesNamed = async () =>
    Number((await database.read("MATCH (e:Enterprise) WHERE e.name IN $names RETURN count(e) AS n", { names })).records[0]!.get("n"));

  /** The coverage of the titanium chain in Shaanxi: its enterprise count line and the unpartnered table. */
  async function coverage(): Promise<{ figure: string; table: string }> {
    await page.goto(`${server.url}/coverage?lang=en&chain=${chainId}&region=${shaanxi}`);
    await page.getByTestId("enterprise-coverage").waitFor({ timeout: 20_000 });
    await page.getByTestId("unpartnered-table").waitFor({ timeout: 20_000 });
    return { figure: await page.getByTestId("enterprise-coverage").innerText(), table: await page.getByTestId("unpartnered-table").innerText() };
  }

  beforeAll(async () => {
    session = await openBrowserSession({ server: { jwtSecret: secret }, page: { locale: "en-GB" } });
    ({ server, page, pageErrors, database } = session);
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.accept();
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  it("shows the view with its templates and asks for a token before listing imports", async () => {
    await page.goto(`${server.url}/import?lang=en`);
    await eventually(() => page.locator("h1").innerText()).toBe("Import");
    expect(await page.locator('#site-nav a[data-route="import"]').getAttribute("aria-current")).toBe("page");
    await eventually(() => page.getByTestId("import-history-message").innerText()).toContain("Set an editor token");
    expect(await page.getByTestId("import-templates").locator("a").count()).toBe(8);
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator('[data-testid="import-templates"] a[data-kind="enterprises"]').click()]);
    expect(download.suggestedFilename()).toBe("enterprises-template.xlsx");
    if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/import-empty.png`, fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it("uploads a list, shows the mistyped code at file:sheet:row, takes the fixed file and a mapping, commits, and counts the enterprises in coverage; undo removes them", async () => {
    const before = await coverage();
    expect(before.figure).toContain("0 of 1");
    for (const name of names) expect(before.table).not.toContain(name);

    await page.goto(`${server.url}/import?lang=en`);
    await page.getByTestId("import-token").fill(await editorToken(secret, ["editor"], "planner-e2e"));
    await page.getByTestId("import-token-save").click();
    // The sample's own load is an import too: it is listed, and ours comes on top of it.
    await eventually(() => page.getByTestId("import-changeset").count()).toBeGreaterThan(0);
    const earlier = await page.getByTestId("import-changeset").count();

    // Upload: the list with a mistyped check character.
    await page.getByTestId("import-picker").setInputFiles(plannerList(mistyped));
    await eventually(() => page.getByTestId("import-file").count()).toBe(1);
    await page.getByTestId("import-preview").click();
    const problem = page.getByTestId("import-problem").filter({ hasText: "check character" });
    await eventually(() => problem.count()).toBe(1);
    expect(await problem.locator("code").innerText()).toBe(`${fileName}:Sheet1:4`);
    expect(await page.getByTestId("import-commit").isDisabled()).toBe(true);
    expect(await page.getByTestId("import-blockers").innerText()).toMatch(/^Fix the (\d+ problems|problem) first\.$/);
    const table = page.getByTestId("import-table");
    expect(await table.getByTestId("import-kind").inputValue()).toBe("enterprises");
    if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/import-problem.png`, fullPage: true });
    expect(await enterprisesNamed()).toBe(0);

    // Fix: the corrected file, chosen again under the same name, takes the wrong one's place.
    await page.getByTestId("import-picker").setInputFiles(plannerList(codes[1]!));
    await eventually(() => page.getByTestId("import-file").count()).toBe(1);
    await page.getByTestId("import-preview").click();
    await eventually(() => page.getByTestId("import-problem").count()).toBe(0);

    // Map: the short-name column the importer does not know, read as the enterprises' other names.
    const shortName = table.locator('select[data-header="企业简写"]');
    expect(await shortName.inputValue()).toBe("");
    await shortName.selectOption("aliases");
    await table.getByTestId("import-remember").check();
    await eventually(() => page.getByTestId("import-stale").isVisible()).toBe(true);
    expect(await page.getByTestId("import-commit").isDisabled()).toBe(true);
    await page.getByTestId("import-preview").click();
    await eventually(() => page.getByTestId("import-stale").isVisible()).toBe(false);
    await eventually(() => page.getByTestId("import-commit").isDisabled()).toBe(false);
    expect(Number(await page.getByTestId("import-count-new").getAttribute("data-value"))).toBeGreaterThanOrEqual(2);
    const added = page.getByTestId("import-new");
    for (const name of names) expect(await added.innerText()).toContain(name);
    if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/import-preview.png`, fullPage: true });
    // Nothing is written before the commit.
    expect(await enterprisesNamed()).toBe(0);

    await page.getByTestId("import-commit").click();
    await eventually(() => page.getByTestId("import-commit-message").innerText()).toContain("Imported:");
    await eventually(() => page.getByTestId("import-changeset").count()).toBe(earlier + 1);
    const changeset = page.getByTestId("import-changeset").first();
    expect(await changeset.innerText()).toContain(fileName);
    expect(await changeset.innerText()).toContain("planner-e2e");
    expect(await enterprisesNamed()).toBe(2);
    const aliases = await database.read("MATCH (e:Enterprise {name: $name}) RETURN e.aliases AS aliases", { name: names[0] });
    expect(aliases.records[0]!.get("aliases")).toContain("测试钛业");
    if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/import-committed.png`, fullPage: true });

    // The coverage view counts them in their chain and province.
    const after = await coverage();
    expect(after.figure).toContain("0 of 3");
    for (const name of names) expect(after.table).toContain(name);

    // Undo, confirmed: the import is marked undone and the enterprises are gone.
    await page.goto(`${server.url}/import?lang=en`);
    await eventually(() => page.getByTestId("import-changeset").first().innerText()).toContain(fileName);
    await page.getByTestId("import-changeset").first().getByTestId("import-undo").click();
    await eventually(() => page.getByTestId("import-changeset").first().getAttribute("data-undone")).toBe("");
    expect(dialogs.at(-1)).toContain(`Undo the import of ${fileName}`);
    expect(await enterprisesNamed()).toBe(0);
    const undone = await coverage();
    expect(undone.figure).toContain("0 of 1");
    for (const name of names) expect(undone.table).not.toContain(name);
    expect(pageErrors).toEqual([]);
  });

  it("applies the remembered mapping to the next file of the same shape, and says so", async () => {
    await page.goto(`${server.url}/import?lang=en`);
    await page.getByTestId("import-picker").setInputFiles(plannerList(codes[1]!));
    await page.getByTestId("import-preview").click();
    await eventually(() => page.getByTestId("import-mapping-applied").count()).toBe(1);
    await eventually(() => page.getByTestId("import-table").locator('select[data-header="企业简写"]').inputValue()).toBe("aliases");
    await eventually(() => page.getByTestId("import-stale").isVisible()).toBe(false);
    expect(pageErrors).toEqual([]);
  });

  it("holds a row matching a known organisation in another region as a conflict: decided, previewed again, then committable", async () => {
    const rows = [
      ["序号", "企业名称", "所在地"],
      [1, "宝钛集团有限公司", "成都市"],
    ];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), "Sheet1");
    const moved = path.join(mkdtempSync(path.join(os.tmpdir(), "atlas-import-conflict-")), "名单.xlsx");
    writeFileSync(moved, XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Uint8Array);
    const regionOfBaoti = async () => (await database.read("MATCH (e:Enterprise {id: 'baoti-group'}) RETURN e.regionCode AS r")).records[0]!.get("r") as string;

    await page.goto(`${server.url}/import?lang=en`);
    await page.getByTestId("import-picker").setInputFiles(moved);
    await page.getByTestId("import-preview").click();
    const conflict = page.getByTestId("import-conflict");
    await eventually(() => conflict.count()).toBe(1);
    expect(await conflict.getAttribute("data-where")).toBe("名单.xlsx:Sheet1:2");
    expect(await conflict.innerText()).toContain("610300 there, 510100 here");
    expect(await page.getByTestId("import-blockers").innerText()).toContain("Decide the conflict first.");
    expect(await page.getByTestId("import-commit").isDisabled()).toBe(true);
    if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/import-conflict.png`, fullPage: true });

    await conflict.locator('input[data-decision="keep"]').check();
    await eventually(() => page.getByTestId("import-stale").isVisible()).toBe(true);
    await page.getByTestId("import-preview").click();
    await eventually(() => page.getByTestId("import-stale").isVisible()).toBe(false);
    await eventually(() => page.getByTestId("import-problem").count()).toBe(0);
    // Kept as it is: the decision stays checked after the new preview, and nothing was written.
    expect(await page.getByTestId("import-conflict").locator('input[data-decision="keep"]').isChecked()).toBe(true);
    expect(await regionOfBaoti()).toBe("610300");
    expect(pageErrors).toEqual([]);
  });

  it("refuses a file over the limit in the browser, naming the limit, and speaks Chinese at a phone's width", async () => {
    await page.goto(`${server.url}/import?lang=en`);
    const big = path.join(mkdtempSync(path.join(os.tmpdir(), "atlas-import-big-")), "huge.csv");
    writeFileSync(big, Buffer.alloc(19 * 1024 * 1024, 0x41));
    await page.getByTestId("import-picker").setInputFiles(big);
    await eventually(() => page.getByTestId("import-refusal").innerText()).toContain("over the import limit of 18 MB");
    expect(await page.getByTestId("import-file").count()).toBe(0);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/import?lang=zh`);
    await eventually(() => page.locator("h1").innerText()).toBe("导入");
    await page.getByTestId("import-picker").setInputFiles(plannerList(mistyped));
    await page.getByTestId("import-preview").click();
    await eventually(() => page.getByTestId("import-problem").count()).toBeGreaterThan(0);
    // The server words the problem in the page's language, at the same file:sheet:row.
    const problem = page.getByTestId("import-problem").filter({ hasText: "校验码" });
    expect(await problem.count()).toBe(1);
    expect(await problem.locator("code").innerText()).toBe(`${fileName}:Sheet1:4`);
    expect(await problem.innerText()).toContain(`代码“${mistyped}”有误：统一社会信用代码 ${mistyped} 的校验码应为`);
    expect(await page.getByTestId("import-blockers").innerText()).toContain("请先修正");
    // Nothing runs off the side of a phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    if (screenshotDir) {
      // In parts a person can read: the whole page at a phone's width is several screens tall.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, part = 1; y < height; y += 1600, part++) {
        await page.screenshot({ path: `${screenshotDir}/import-zh-phone-${part}.png`, fullPage: true, clip: { x: 0, y, width: 390, height: Math.min(1600, height - y) } });
      }
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(pageErrors).toEqual([]);
  });
});
