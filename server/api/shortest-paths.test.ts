import { describe, expect, it } from "vitest";
import { namedQuery } from "../db/index.ts";
import { pathLimits, pathQueries } from "./shortest-paths.ts";

describe("the shortest-path queries, one per bound", () => {
  it("has one for every maxHops the API allows, each bounded by it and otherwise the same", () => {
    expect(pathQueries).toHaveLength(pathLimits.maxHops);
    const template = namedQuery(pathQueries[0]!).replace("*..1]", "*..N]");
    pathQueries.forEach((name, i) => {
      const text = namedQuery(name);
      expect(text, name).toContain(`[:COLLABORATES_WITH*..${i + 1}]`);
      expect(text.replace(`*..${i + 1}]`, "*..N]"), name).toBe(template);
      // A length checked after the search would bring back the exhaustive fallback.
      expect(text, name).not.toMatch(/length\(p\)|\$maxHops/);
    });
  });
});
