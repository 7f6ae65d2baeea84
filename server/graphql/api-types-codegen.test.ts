import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { apiTypesSource } from "./api-types-codegen.ts";
import { apiTypesPath, generatedApiTypes } from "./write-api-types.ts";

describe("the API's types for TypeScript", () => {
  it("are up to date with api.graphql (regenerate with `npm run codegen`)", () => {
    expect(readFileSync(apiTypesPath, "utf8")).toBe(generatedApiTypes());
  });

  it("write non-null fields plainly, nullable ones as | null, lists as arrays, enums as unions", () => {
    const source = apiTypesSource(`
      type Query { thing(id: ID!, limit: Int = 5, filter: ThingFilter): Thing }
      "A thing."
      type Thing { id: ID! "Its name." name: String tags: [String!]! scores: [Float] kind: Kind! }
      input ThingFilter { kinds: [Kind!] from: Date }
      enum Kind { BIG SMALL }
    `);
    expect(source).toContain("export interface ThingArgs {\n  id: string;\n  limit?: number | null;\n  filter?: ThingFilter | null;\n}");
    expect(source).toContain('/** A thing. */\nexport interface Thing {\n  id: string;\n  /** Its name. */\n  name: string | null;\n  tags: string[];\n  scores: (number | null)[] | null;\n  kind: Kind;\n}');
    expect(source).toContain("export interface ThingFilter {\n  kinds?: Kind[] | null;\n  from?: string | null;\n}");
    expect(source).toContain('export type Kind = "BIG" | "SMALL";\nexport const kindValues: readonly Kind[] = ["BIG", "SMALL"];');
  });
});
