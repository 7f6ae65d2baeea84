import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { projectRoot } from "./config.ts";

// The server's layers are kept by lint (no-restricted-imports in eslint.config.js): these cases
// show that a forbidden import is caught and an allowed one is not, with the project's own config.
const eslint = new ESLint({ cwd: projectRoot, overrideConfigFile: path.join(projectRoot, "eslint.config.js") });

/** The layer rule's messages for one import written in `file` (a path under the project; it need not exist). */
async function layerMessages(file: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { something } from "${specifier}";\nexport { something };\n`, { filePath: path.join(projectRoot, file) });
  return (result?.messages ?? []).filter((message) => message.ruleId === "no-restricted-imports").map((message) => message.message);
}

describe("the server's layer rules", () => {
  it.each([
    ["server/db/example.ts", "../ingest/index.ts", /db may not import .*ingest/],
    ["server/db/example.ts", "../regions/index.ts", /db may not import .*regions/],
    ["server/db/example.ts", "../api/index.ts", /db may not import .*api/],
    ["server/extract/example.ts", "../ingest/index.ts", /extract may not import .*ingest/],
    ["server/extract/en/example.ts", "../../ingest/index.ts", /extract may not import .*ingest/],
    ["server/extract/example.ts", "../db/index.ts", /extract may not import .*db/],
    ["server/analytics/example.ts", "../generate/index.ts", /analytics may not import .*generate/],
    ["server/api/example.ts", "../ingest/index.ts", /api may not import .*ingest/],
    ["server/regions/example.ts", "../db/index.ts", /regions may not import .*db/],
    ["server/model/example.ts", "../api/index.ts", /model may not import .*api/],
    ["server/random.ts", "./db/index.ts", /random may not import .*db/],
    ["server/http/example.ts", "../commands/index.ts", /http may not import .*commands/],
    ["server/logger.ts", "./db/index.ts", /root files may not import/],
    ["server/commands/example.ts", "../../bench/run-bench.ts", /does not ship the benchmarks/],
    ["server/cli.ts", "../bench/cli.ts", /does not ship the benchmarks/],
    ["server/http/example.ts", "../../test/support/test-server.ts", /only test files may import test\//],
    ["server/ingest/example.test.ts", "../../test/integration/regions.test.ts", /may use test\/support\//],
    ["server/api/example.ts", "../db/database.ts", /through its index\.ts/],
    ["server/extract/en/example.ts", "../../regions/region-table.ts", /through its index\.ts/],
    ["server/cli.ts", "./commands/start.ts", /through its index\.ts/],
  ])("refuses %s importing %s", { timeout: 30_000 }, async (file, specifier, message) => {
    const messages = await layerMessages(file, specifier);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.join("\n")).toMatch(message);
  });

  it.each([
    ["server/ingest/example.ts", "../db/index.ts"],
    ["server/ingest/example.ts", "../extract/index.ts"],
    ["server/api/example.ts", "../analytics/index.ts"],
    ["server/commands/example.ts", "../http/index.ts"],
    ["server/cli.ts", "./commands/index.ts"],
    ["server/model/example.ts", "../text/index.ts"],
    ["server/generate/example.ts", "../random.ts"],
    ["server/db/example.ts", "../config.ts"],
    ["server/db/example.ts", "./database.ts"],
    ["server/extract/en/example.ts", "../types.ts"],
    ["server/ingest/example.test.ts", "../../test/support/hostile-input.ts"],
  ])("allows %s importing %s", { timeout: 30_000 }, async (file, specifier) => {
    expect(await layerMessages(file, specifier)).toEqual([]);
  });
});

describe("one way to change the graph", () => {
  async function syntaxMessages(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: path.join(projectRoot, file) });
    return (result?.messages ?? []).filter((message) => message.ruleId === "no-restricted-syntax").map((message) => message.message);
  }

  it("refuses a transaction or the raw driver outside db/ (and the start)", async () => {
    const write = "export const f = (database: { writeTransaction(): void }) => database.writeTransaction();\n";
    expect(await syntaxMessages("server/ingest/example.ts", write)).toEqual([expect.stringMatching(/through changeGraph/)]);
    expect(await syntaxMessages("server/db/example.ts", write)).toEqual([]);
    const driver = "export const f = (database: { driverForGraphQL(): void }) => database.driverForGraphQL();\n";
    expect(await syntaxMessages("server/api/example.ts", driver)).toEqual([expect.stringMatching(/Only the start/)]);
    expect(await syntaxMessages("server/commands/start.ts", driver)).toEqual([]);
  });
});
