import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { defaultLimits } from "../api/index.ts";
import { projectRoot } from "../config.ts";
import { buildSchema } from "./build-schema.ts";
import { findGraphqlDocuments } from "./graphql-documents.ts";
import { queryCost } from "./query-cost.ts";

// The contract between the dashboard (and the benchmarks, which send the dashboard's questions) and
// the API: every document they send is valid against the schema the server serves. The schema is
// built exactly as the server builds it, without a driver (@neo4j/graphql needs none to generate it).
// graphql is taken from its CommonJS copy, the one @neo4j/graphql builds the schema with: a schema of
// one copy cannot be validated by the other.
const graphql = createRequire(import.meta.url)("graphql") as typeof import("graphql");
const { schema } = await buildSchema(undefined, {});
const documents = await findGraphqlDocuments(projectRoot, ["client/src", "bench"]);

/** The validation errors of one document, as text; [] when it is valid. */
function problems(text: string): string[] {
  let document;
  try {
    document = graphql.parse(text);
  } catch (error) {
    return [(error as Error).message];
  }
  const errors = graphql.validate(schema, document).map((error) => error.message);
  const operations = document.definitions.filter((definition) => definition.kind === graphql.Kind.OPERATION_DEFINITION);
  if (operations.some((operation) => !operation.name)) errors.push("every operation is named, so logs and this test can tell them apart");
  return errors;
}

function operationNames(text: string): string {
  return [...text.matchAll(/\b(?:query|mutation|subscription)\s+(\w+)/g)].map((match) => match[1]).join(", ") || "(anonymous)";
}

describe("the GraphQL documents of the client and the benchmarks", () => {
  it("are found (so this test cannot pass by finding none)", () => {
    expect(documents.length).toBeGreaterThan(10);
    expect(new Set(documents.map((d) => d.file.split("/")[0]))).toEqual(new Set(["client", "bench"]));
  });

  it.each(documents.map((d) => [`${d.file} ${operationNames(d.text)} (${d.constant})`, d.text] as const))("%s is valid against the schema", (_, text) => {
    expect(problems(text)).toEqual([]);
  });

  // The dashboard's pages in variables are `$limit`s of search (at most 50) and of the review queue
  // (50): counted at 50. Every other page is written in the document.
  it.each(documents.map((d) => [`${d.file} ${operationNames(d.text)} (${d.constant})`, d.text] as const))("%s costs less than the default maxCost", (_, text) => {
    const document = graphql.parse(text);
    for (const operation of document.definitions.filter((definition) => definition.kind === graphql.Kind.OPERATION_DEFINITION)) {
      expect(queryCost(schema, document, operation, { limit: 50 }), operation.name?.value).toBeLessThan(defaultLimits.maxCost);
    }
  });

  it("would catch a misspelt field", () => {
    const [problem, ...more] = problems('query Misspelt { chainCoverage(chainId: "c") { segmentCoverag } }');
    expect(problem).toMatch(/^Cannot query field "segmentCoverag" on type "ChainCoverage"/);
    expect(more).toEqual([]);
  });
});
