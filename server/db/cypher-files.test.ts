import { readdirSync, readFileSync } from "node:fs";
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

  it("pins the schema: a constraint on every keyed label and a text index on every searchable label's searchText", () => {
    const statements = splitStatements(readFileSync(path.join(cypherDir, "schema.cypher"), "utf8"));
    const constrained = statements.flatMap((s) => /FOR \(n:(\w+)\) REQUIRE n\.(\w+) IS UNIQUE/.exec(s)?.slice(1, 3).join(".") ?? []);
    expect(constrained.sort()).toEqual(
      ["Agreement.id", "Alliance.id", "AtlasMeta.id", "ChainSegment.id", "Changeset.id", "Enterprise.id", "Government.id", "IndustryChain.id", "Institution.id", "Organization.code", "Organization.id", "Region.code", "Source.id"].sort(),
    );
    const textIndexed = statements.flatMap((s) => /^CREATE TEXT INDEX \w+ IF NOT EXISTS FOR \(n:(\w+)\) ON \(n\.searchText\)$/.exec(s)?.[1] ?? []);
    expect(textIndexed.sort()).toEqual(["Alliance", "IndustryChain", "Organization"]);
    expect(statements).toContain("DROP INDEX name_search IF EXISTS");
  });

  it("writes searchText with one expression wherever a searchable node's names are written", () => {
    // The backfill's expression, with its node variable as a placeholder.
    const expressionOf = (text: string) =>
      [...text.matchAll(/SET (\w+)\.searchText = (.+)$/gm)].map(([, variable, expression]) => expression!.replace(new RegExp(`\\b${variable!}\\.`, "g"), "NODE."));
    const canonical = expressionOf(namedQuery("fill-search-text"));
    expect(canonical).toHaveLength(1);
    expect(canonical[0]).toContain("[NODE.name, NODE.nameZh, NODE.code] + coalesce(NODE.aliases, [])");
    const writers = [
      ...["merge-organizations", "merge-alliances", "merge-chains"].map((name) => namedQuery(name)),
      ...["02-chains", "04-institutions", "05-enterprises", "06-governments", "08-alliances"].map((name) => readFileSync(path.join(cypherDir, "load-csv", `${name}.cypher`), "utf8")),
    ];
    for (const writer of writers) expect(expressionOf(writer)).toEqual(canonical);
    // No other query writes names without it.
    const queries = readdirSync(path.join(cypherDir, "queries")).map((file) => file.replace(/\.cypher$/, ""));
    const namingWriters = queries.filter((name) => /SET \w+ \+= row\.props/.test(namedQuery(name)) && /MERGE \(\w+:(Organization|Alliance|IndustryChain) /.test(namedQuery(name)));
    expect(namingWriters.sort()).toEqual(["merge-alliances", "merge-chains", "merge-organizations"]);
  });

  it("refuses names that could reach outside cypher/queries", () => {
    expect(() => namedQuery("../schema")).toThrow(/Not a query name/);
    expect(stripComments("// only a comment\n")).toBe("");
  });
});
