import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { dayNumber, isoDay } from "./iso-day.ts";

describe("isoDay and dayNumber", () => {
  it("write a date as the driver does, and order days as dates", () => {
    const dates = [
      new neo4j.types.Date(2024, 5, 6),
      new neo4j.types.Date(7, 12, 31),
      new neo4j.types.Date(0, 1, 1),
      new neo4j.types.Date(9999, 10, 9),
      new neo4j.types.Date(neo4j.int(1987), neo4j.int(11), neo4j.int(30)),
      new neo4j.types.Date(12345, 1, 1),
      new neo4j.types.Date(-44, 3, 15),
    ];
    expect(dates.map(isoDay)).toEqual(dates.map((d) => d.toString()));
    expect(isoDay(dates[1]!)).toBe("0007-12-31");
    const days = dates.slice(0, 5);
    const byNumber = [...days].sort((a, b) => dayNumber(a) - dayNumber(b)).map(isoDay);
    expect(byNumber).toEqual(days.map(isoDay).sort());
  });
});
