import { describe, expect, it } from "vitest";
import { previousPeriod } from "./previous-period.ts";

describe("previousPeriod", () => {
  it("compares whole calendar years and quarters with the ones before, whatever their days", () => {
    // 2024 has 366 days and 2023 has 365: by days the comparison would start on 2022-12-31.
    expect(previousPeriod("2024-01-01", "2024-12-31")).toEqual({ previousFrom: "2023-01-01", previousTo: "2023-12-31" });
    expect(previousPeriod("2025-04-01", "2025-06-30")).toEqual({ previousFrom: "2025-01-01", previousTo: "2025-03-31" });
    expect(previousPeriod("2025-03-01", "2025-03-31")).toEqual({ previousFrom: "2025-02-01", previousTo: "2025-02-28" });
    expect(previousPeriod("2025-01-01", "2025-02-28")).toEqual({ previousFrom: "2024-11-01", previousTo: "2024-12-31" });
  });

  it("uses the same number of days for any other period", () => {
    expect(previousPeriod("2025-03-01", "2025-03-01")).toEqual({ previousFrom: "2025-02-28", previousTo: "2025-02-28" });
    expect(previousPeriod("2025-03-10", "2025-03-19")).toEqual({ previousFrom: "2025-02-28", previousTo: "2025-03-09" });
  });
});
