import { describe, expect, it } from "vitest";
import { parseDate } from "./parse-date.ts";

describe("parseDate", () => {
  it("reads the ways spreadsheets write dates", () => {
    expect(parseDate("2025-03-20")).toBe("2025-03-20");
    expect(parseDate("2025/3/20")).toBe("2025-03-20");
    expect(parseDate("2025.3.2")).toBe("2025-03-02");
    expect(parseDate("2025年3月20日")).toBe("2025-03-20");
    expect(parseDate("２０２５年３月２０日")).toBe("2025-03-20");
  });

  it("refuses dates that do not exist and other text", () => {
    expect(parseDate("2025-02-29")).toBeUndefined();
    expect(parseDate("2024-02-29")).toBe("2024-02-29");
    expect(parseDate("2025-13-01")).toBeUndefined();
    expect(parseDate("20/03/2025")).toBeUndefined();
    expect(parseDate("March 20")).toBeUndefined();
  });
});
