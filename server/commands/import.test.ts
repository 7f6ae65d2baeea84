import { describe, expect, it } from "vitest";
import { formatChangesets, parseImportArgs } from "./import.ts";

describe("parseImportArgs", () => {
  it("reads list and undo", () => {
    expect(parseImportArgs(["list"])).toEqual({ action: "list", limit: 20 });
    expect(parseImportArgs(["list", "--limit", "5"])).toEqual({ action: "list", limit: 5 });
    expect(parseImportArgs(["undo", "cs-20261206-141233-3fa2"])).toEqual({ action: "undo", id: "cs-20261206-141233-3fa2" });
    expect(parseImportArgs(["undo", "--by", "王工", "cs-1"])).toEqual({ action: "undo", id: "cs-1", by: "王工" });
  });

  it("says what is wrong with the arguments", () => {
    expect(parseImportArgs([])).toBe("say list or undo");
    expect(parseImportArgs(["redo", "x"])).toBe('unknown import action "redo"');
    expect(parseImportArgs(["undo"])).toBe("give the id of the import to undo (import list shows them)");
    expect(parseImportArgs(["undo", "a", "b"])).toBe('give one import to undo, not "a" and "b"');
    expect(parseImportArgs(["undo", "a", "--by"])).toBe("--by takes the name of who undoes it");
    expect(parseImportArgs(["list", "--limit", "all"])).toBe('--limit takes a whole number, not "all"');
  });
});

describe("formatChangesets", () => {
  it("prints one line per import, saying which were undone or cut short", () => {
    const text = formatChangesets([
      { id: "cs-2", by: "王工", at: "2026-12-06T14:12:33.000Z", files: ["名单.xlsx"], counts: { new: 3, changed: 1, unchanged: 0 }, undoneAt: "2026-12-06T15:00:00.000Z", undoneBy: "李工" },
      { id: "cs-1", by: "script", at: "2026-12-06T14:00:00.000Z", files: ["a.csv", "b.csv"], counts: { new: 10, changed: 0, unchanged: 2 }, complete: false },
    ]);
    expect(text.split("\n")).toEqual([
      "cs-2  2026-12-06T14:12:33.000Z  by 王工  3 new, 1 changed, 0 unchanged  名单.xlsx  undone by 李工 at 2026-12-06T15:00:00.000Z",
      "cs-1  2026-12-06T14:00:00.000Z  by script  10 new, 0 changed, 2 unchanged  a.csv, b.csv  (incomplete: cut short)",
    ]);
    expect(formatChangesets([])).toBe("No imports recorded yet.");
  });
});
