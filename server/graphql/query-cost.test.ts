import { readFileSync } from "node:fs";
import { Kind, parse, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { defaultLimits } from "../api/index.ts";
import { buildSchema, typeDefsPaths } from "./build-schema.ts";
import { queryCost, schemaDefaultPageSize } from "./query-cost.ts";

// The schema exactly as the server builds it, without a driver (@neo4j/graphql needs none to generate it).
const { schema } = await buildSchema(undefined, {});

function cost(text: string, variables: Record<string, unknown> = {}): number {
  const document = parse(text);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  return queryCost(schema, document, operation, variables);
}

describe("queryCost", () => {
  it("multiplies nested lists by their limits: under 200 bytes over the regions table cost far over the limit", () => {
    const regions = `{ regions(limit:1000, where:{level:{eq:"county"}}) { parent { children(limit:1000) { parent { children(limit:1000) { parent { children(limit:1000) { code } } } } } } } }`;
    expect(regions.length).toBeLessThan(200);
    expect(cost(regions)).toBeGreaterThan(1e18);
    const agreements = "{ agreements(limit: 1000) { parties { agreements(limit: 1000) { parties { agreements(limit: 1000) { id } } } } } }";
    expect(cost(agreements)).toBeGreaterThan(1e12);
    expect(cost(agreements)).toBeGreaterThan(defaultLimits.maxCost);
  });

  it("counts each value once per row: a list by its limit, a list without one by the schema's default page", () => {
    expect(cost("{ regions(limit: 10) { code name } }")).toBe(10 * (1 + 2));
    expect(cost("{ regions { code } }")).toBe(schemaDefaultPageSize * 2);
    expect(cost("{ regions(limit: 10) { code children { code } } }")).toBe(10 * (1 + 1 + schemaDefaultPageSize * 2));
    expect(cost("{ regions(limit: 10) { code children(limit: 0) { code } } }")).toBe(10 * 2);
    // A list that takes no page (here a list of strings) is one value.
    expect(cost("{ institutions(limit: 3) { aliases } }")).toBe(3 * 2);
  });

  it("takes a page from the request's variables, else the variable's default, else the argument's default", () => {
    const query = "query ($n: Int) { regions(limit: $n) { code } }";
    expect(cost(query, { n: 7 })).toBe(14);
    expect(cost(query)).toBe(schemaDefaultPageSize * 2);
    expect(cost("query ($n: Int = 4) { regions(limit: $n) { code } }")).toBe(8);
    // search(limit: Int = 10)
    expect(cost('{ search(text: "x") { id } }')).toBe(10 * 2);
    expect(cost('query ($limit: Int) { search(text: "x", limit: $limit) { id } }', { limit: 50 })).toBe(50 * 2);
  });

  it("sizes a connection's edges by its first", () => {
    expect(cost("{ regionsConnection(first: 10) { edges { node { code } } aggregate { count { nodes } } } }")).toBe(1 + 10 * (1 + 2) + 3);
    expect(cost("{ regionsConnection { edges { node { code } } } }")).toBe(1 + schemaDefaultPageSize * 3);
  });

  it("counts a fragment as if written out, however often it is spread", () => {
    const inline = "{ regions(limit: 10) { code children(limit: 5) { code name } } }";
    const spread = "fragment R on Region { code name } { regions(limit: 10) { code children(limit: 5) { ...R } } }";
    expect(cost(spread)).toBe(cost(inline));
    const onInterface = "{ organizations(limit: 10) { id ... on Institution { kind } } }";
    expect(cost(onInterface)).toBe(10 * 3);
  });
});

describe("schemaDefaultPageSize", () => {
  it("is every node type's @limit default in schema.graphql", () => {
    const defaults = [...readFileSync(typeDefsPaths[0]!, "utf8").matchAll(/@limit\(default:\s*(\d+)/g)].map((match) => Number(match[1]));
    expect(defaults.length).toBeGreaterThan(5);
    expect(new Set(defaults)).toEqual(new Set([schemaDefaultPageSize]));
  });
});
