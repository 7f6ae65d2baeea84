import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cypherDir, namedQuery, splitStatements, stripComments } from "./cypher-files.ts";

describe("cypher files", () => {
  it("splits a schema file into statements and drops comments", () => {
    const text = "// a comment\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\nCREATE FULLTEXT INDEX b IF NOT EXISTS\nFOR (n:B) ON EACH [n.name]\nOPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };\n";
    expect(splitStatements(text)).toEqual([
      "CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)",
      "CREATE FULLTEXT INDEX b IF NOT EXISTS\nFOR (n:B) ON EACH [n.name]\nOPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }",
    ]);
  });

  it("pins the schema: a constraint on every keyed label and the bilingual name index", () => {
    const statements = splitStatements(readFileSync(path.join(cypherDir, "schema.cypher"), "utf8"));
    const constrained = statements.flatMap((s) => /FOR \(n:(\w+)\) REQUIRE n\.(\w+) IS UNIQUE/.exec(s)?.slice(1, 3).join(".") ?? []);
    expect(constrained.sort()).toEqual(
      ["Agreement.id", "Alliance.id", "AtlasMeta.id", "ChainSegment.id", "Changeset.id", "Enterprise.id", "Government.id", "IndustryChain.id", "Institution.id", "Organization.code", "Organization.id", "Region.code", "Source.id"].sort(),
    );
    expect(statements.some((s) => s.includes("FULLTEXT INDEX name_search") && s.includes("n.nameZh") && s.includes("'cjk'"))).toBe(true);
  });

  it("refuses names that could reach outside cypher/queries", () => {
    expect(() => namedQuery("../schema")).toThrow(/Not a query name/);
    expect(stripComments("// only a comment\n")).toBe("");
  });
});
