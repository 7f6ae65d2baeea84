import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { evalExtractCommand } from "./eval-extract.ts";

describe("eval-extract --corpus", () => {
  afterEach(() => vi.restoreAllMocks());

  function run(args: string[]): Promise<{ code: number; stderr: string }> {
    let stderr = "";
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      stderr += String(chunk);
      return true;
    });
    return evalExtractCommand(args).then((code) => ({ code, stderr }));
  }

  it("refuses a folder without the corpus' texts, naming the first missing file and its address", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "no-corpus-"));
    const { code, stderr } = await run(["--corpus", dir]);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`eval-extract: ${dir}/(en|zh)-\\d{3}\\.txt: missing; the corpus lists (en|zh)-\\d{3} \\(https?://`));
  });

  it("asks for the folder when none is given", async () => {
    expect(await run(["--corpus"])).toEqual({ code: 2, stderr: "eval-extract: --corpus needs the folder that holds the articles' texts (DIR/<id>.txt)\n" });
    expect((await run(["--corpus", "--details"])).code).toBe(2);
  });
});
