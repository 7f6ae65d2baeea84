import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cypherDir, namedQuery } from "./cypher-files.ts";

const names = readdirSync(path.join(cypherDir, "queries"))
  .filter((file) => file.endsWith(".cypher"))
  .map((file) => file.replace(/\.cypher$/, ""))
  .sort();

describe("named Cypher queries", () => {
  // The exact text we send is pinned: a change to any query shows in review as a snapshot change.
  it.each(names)("%s is pinned", (name) => {
    expect(namedQuery(name)).toMatchSnapshot();
  });

  // Input reaches Cypher as $parameters; a template placeholder in a query file would mean text pasted in.
  it.each(names)("%s has no template placeholders", (name) => {
    expect(namedQuery(name)).not.toMatch(/\$\{|\{\{/);
  });
});
