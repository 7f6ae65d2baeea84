import { describe, expect, it } from "vitest";
import { formatSummary, localeFromEnvironment, parseIngestArgs } from "./ingest.ts";

describe("parseIngestArgs", () => {
  it("reads paths and options", () => {
    expect(parseIngestArgs(["--dry-run", "data/sample", "--batch-size", "1000", "more.csv"])).toEqual({ dryRun: true, batchSize: 1000, paths: ["data/sample", "more.csv"] });
    expect(parseIngestArgs(["--skip-unknown", "lists/"])).toEqual({ dryRun: false, skipUnknown: true, paths: ["lists/"] });
    expect(parseIngestArgs(["--on-conflict", "separate", "lists/"])).toEqual({ dryRun: false, onConflict: "separate", paths: ["lists/"] });
    expect(parseIngestArgs(["--by", "王工", "名单.xlsx"])).toEqual({ dryRun: false, by: "王工", paths: ["名单.xlsx"] });
    expect(parseIngestArgs(["--first-load", "transactional", "big/"])).toEqual({ dryRun: false, firstLoad: "transactional", paths: ["big/"] });
  });

  it("says what is wrong with the arguments", () => {
    expect(parseIngestArgs([])).toBe("give at least one file or folder");
    expect(parseIngestArgs(["--batch-size", "lots", "x"])).toMatch(/--batch-size takes a whole number/);
    expect(parseIngestArgs(["--force", "x"])).toBe("unknown option --force");
    expect(parseIngestArgs(["--on-conflict", "merge", "x"])).toBe('--on-conflict takes keep, replace or separate, not "merge"');
    expect(parseIngestArgs(["x", "--by"])).toBe("--by takes the name the import is recorded under");
    expect(parseIngestArgs(["--lang", "fr", "x"])).toBe('--lang takes en or zh, not "fr"');
    expect(parseIngestArgs(["--first-load", "fast", "x"])).toBe('--first-load takes auto, importer or transactional, not "fast"');
  });

  it("takes the language of the messages from --lang, else from the environment as POSIX orders it", () => {
    expect(parseIngestArgs(["--lang", "zh", "名单.xlsx"])).toEqual({ dryRun: false, lang: "zh", paths: ["名单.xlsx"] });
    expect(localeFromEnvironment({ LANG: "zh_CN.UTF-8" })).toBe("zh");
    expect(localeFromEnvironment({ LC_ALL: "", LC_MESSAGES: "zh_TW.UTF-8", LANG: "en_GB.UTF-8" })).toBe("zh");
    expect(localeFromEnvironment({ LC_ALL: "en_US.UTF-8", LANG: "zh_CN.UTF-8" })).toBe("en");
    expect(localeFromEnvironment({ LANG: "C.UTF-8" })).toBe("en");
    expect(localeFromEnvironment({})).toBe("en");
  });
});

describe("formatSummary", () => {
  it("prints per label what changed, the rate, and says when nothing did", () => {
    const text = formatSummary(
      { problems: [], notes: [], skipped: [], read: { institutions: 3, agreements: 1 }, summary: { nodes: { Organization: { created: 0, updated: 0, unchanged: 3 } }, relationshipsCreated: 0 } },
      2,
    );
    expect(text).toContain("  Organization           0         0         3");
    expect(text).toContain("4 records in 2.0 s (2 records/s)");
    expect(text).toContain("No changes: the database already held all of this.");
  });
});
