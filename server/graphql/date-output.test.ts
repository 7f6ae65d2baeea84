import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";
import { GraphQLScalarType } from "graphql";
import { describe, expect, it } from "vitest";
import { fasterDateOutput } from "./date-output.ts";

const typeDefs = "type Thing @node { id: ID! on: Date }";

describe("fasterDateOutput", () => {
  it("writes every Neo4j date as the library's scalar does, and leaves everything else to it", async () => {
    const schema = await new Neo4jGraphQL({ typeDefs }).getSchema();
    const date = schema.getType("Date") as GraphQLScalarType;
    const dates = [new neo4j.types.Date(2024, 5, 6), new neo4j.types.Date(1, 1, 1), new neo4j.types.Date(9999, 12, 31), new neo4j.types.Date(2000, 2, 29), new neo4j.types.Date(neo4j.int(1987), neo4j.int(10), neo4j.int(3))];
    const before = dates.map((d) => date.serialize(d));
    // Days as Cypher's toString writes them, days JavaScript moves on, months it refuses, and other texts.
    const strings = ["2024-05-06", "2024-02-29", "1900-02-28", "2000-02-29", "0000-01-01", "9999-12-31", "2024-02-30", "1900-02-29", "2023-02-29", "2024-04-31", "2024-05-06T10:00:00Z", "+012345-01-01"];
    const stringsBefore = strings.map((s) => date.serialize(s));
    const far = new neo4j.types.Date(12345, 1, 1);
    const farBefore = date.serialize(far);
    fasterDateOutput(schema);
    expect((date.serialize as { atlasFast?: true }).atlasFast).toBe(true);
    expect(dates.map((d) => date.serialize(d))).toEqual(before);
    expect(before).toEqual(["2024-05-06", "0001-01-01", "9999-12-31", "2000-02-29", "1987-10-03"]);
    expect(strings.map((s) => date.serialize(s))).toEqual(stringsBefore);
    expect(stringsBefore.slice(0, 10)).toEqual(["2024-05-06", "2024-02-29", "1900-02-28", "2000-02-29", "0000-01-01", "9999-12-31", "2024-03-01", "1900-03-01", "2023-03-01", "2024-05-01"]);
    for (const refused of ["2024-13-01", "2024-00-10", "not a day"]) expect(() => date.serialize(refused)).toThrow();
    // A year the text form cannot hold in four digits goes to the library, which says what it makes of it.
    expect(date.serialize(far)).toBe(farBefore);
    expect(() => date.serialize(42)).toThrow(/Date cannot represent value/);
    fasterDateOutput(schema); // twice changes nothing
    expect(date.serialize(dates[0])).toBe("2024-05-06");
  });

  it("gives the library's text for every day of 1899–1901, 1999–2001 and 2023–2025, every 29th–31st of 0099–0101 and 9998–9999, and texts near a day", async () => {
    const schema = await new Neo4jGraphQL({ typeDefs }).getSchema();
    const date = schema.getType("Date") as GraphQLScalarType;
    const library = (value: string) => {
      try {
        return date.serialize(value) as string;
      } catch {
        return "refused";
      }
    };
    const pad = (n: number, width: number) => String(n).padStart(width, "0");
    const texts: string[] = [];
    for (const year of [1899, 1900, 1901, 1999, 2000, 2001, 2023, 2024, 2025]) {
      for (let month = 1; month <= 12; month++) for (let day = 1; day <= 31; day++) texts.push(`${year}-${pad(month, 2)}-${pad(day, 2)}`);
    }
    for (const year of [99, 100, 101, 9998, 9999]) for (let month = 1; month <= 12; month++) for (const day of [29, 30, 31]) texts.push(`${pad(year, 4)}-${pad(month, 2)}-${day}`);
    texts.push("2024-5-06", " 2024-05-06", "2024-05-06 ", "２０２４-05-06", "2024/05/06", "2024-05-06T00:00:00", "12024-05-06", "2024-00-06", "2024-05-00", "2024-05-32");
    const before = texts.map(library);
    fasterDateOutput(schema);
    expect(texts.map(library)).toEqual(before);
  });
});
