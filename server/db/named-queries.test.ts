import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../config.ts";
import { cypherDir, namedQuery } from "./cypher-files.ts";

const names = readdirSync(path.join(cypherDir, "queries"))
  .filter((file) => file.endsWith(".cypher"))
  .map((file) => file.replace(/\.cypher$/, ""))
  .sort();

/** Every server source file but the tests, as one text: where a named query's name must appear. */
function serverSource(): string {
  const serverDir = path.join(projectRoot, "server");
  return readdirSync(serverDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .map((file) => readFileSync(path.join(serverDir, file), "utf8"))
    .join("\n");
}

// What each API operation sends, query by query with its parameters, is pinned in
// test/integration/api-cypher.test.ts; these checks are about the files themselves.
describe("named Cypher queries", () => {
  // Input reaches Cypher as $parameters; a template placeholder in a query file would mean text pasted in.
  it.each(names)("%s has no template placeholders", (name) => {
    expect(namedQuery(name)).not.toMatch(/\$\{|\{\{/);
  });

  // Server code names its queries as string literals (namedQuery("…"), read(context, "…")): a file
  // no code names is dead, and should go rather than be kept true to a schema nobody reads with it.
  it("every file in cypher/queries is named by some server code", () => {
    const source = serverSource();
    const unused = names.filter((name) => !new RegExp(`["'\`]${name}["'\`]`).test(source));
    expect(unused).toEqual([]);
  });
});
