import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { largestPage } from "./page-size-limit.ts";

describe("largestPage", () => {
  it("finds the largest limit or first, nested or not", () => {
    const document = parse("{ institutions(limit: 20) { agreements(limit: 300) { id } } enterprisesConnection(first: 50) { edges { node { id } } } }");
    expect(largestPage(document)).toEqual({ field: "agreements", size: 300 });
  });

  it("resolves variables", () => {
    const document = parse("query ($n: Int) { search(text: \"x\", limit: $n) { id } }");
    expect(largestPage(document, { n: 5000 })).toEqual({ field: "search", size: 5000 });
  });

  it("is null when no list asks for a size", () => {
    expect(largestPage(parse("{ institutions { id } }"))).toBeNull();
  });
});
