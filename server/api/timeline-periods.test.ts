import { describe, expect, it } from "vitest";
import { buildTimeline, nextPeriod } from "./timeline-periods.ts";

describe("nextPeriod", () => {
  it("steps years and months, across a year's end", () => {
    expect(nextPeriod("2024", "YEAR")).toBe("2025");
    expect(nextPeriod("2024-11", "MONTH")).toBe("2024-12");
    expect(nextPeriod("2024-12", "MONTH")).toBe("2025-01");
  });
});

describe("buildTimeline", () => {
  const rows = [
    { type: "joint_lab", signedPeriod: "2021", endedPeriod: "2023", agreements: 2 },
    { type: "joint_lab", signedPeriod: "2023", endedPeriod: null, agreements: 1 },
    { type: "order_class", signedPeriod: "2021", endedPeriod: null, agreements: 3 },
    { type: "order_class", signedPeriod: null, endedPeriod: null, agreements: 4 },
    { type: "order_class", signedPeriod: null, endedPeriod: "2022", agreements: 1 },
  ];

  it("counts new and ended per period and type", () => {
    expect(buildTimeline(rows, "YEAR").buckets).toEqual([
      { period: "2021", type: "joint_lab", new: 2, ended: 0 },
      { period: "2021", type: "order_class", new: 3, ended: 0 },
      { period: "2022", type: "order_class", new: 0, ended: 1 },
      { period: "2023", type: "joint_lab", new: 1, ended: 2 },
    ]);
  });

  it("gives every period from first to last with the live total at its end", () => {
    // 2021: 5 signed, none ended. 2022: unchanged (the undated one that ended was never counted live).
    // 2023: +1 signed, the two 2021 joint labs end: 5 + 1 - 2 = 4.
    expect(buildTimeline(rows, "YEAR").totals).toEqual([
      { period: "2021", new: 5, ended: 0, cumulative: 5 },
      { period: "2022", new: 0, ended: 1, cumulative: 5 },
      { period: "2023", new: 1, ended: 2, cumulative: 4 },
    ]);
  });

  it("never counts live one marked ended at an unknown date (no end date), though it counts as new", () => {
    const withEndedUndated = [...rows, { type: "joint_lab", signedPeriod: "2021", endedPeriod: null, endedUndated: true, agreements: 2 }];
    expect(buildTimeline(withEndedUndated, "YEAR").totals).toEqual([
      { period: "2021", new: 7, ended: 0, cumulative: 5 },
      { period: "2022", new: 0, ended: 1, cumulative: 5 },
      { period: "2023", new: 1, ended: 2, cumulative: 4 },
    ]);
  });

  it("counts agreements with no signing date apart", () => {
    expect(buildTimeline(rows, "YEAR").undated).toBe(5);
  });

  it("keeps only the periods of a window, with the live total still counting what came before", () => {
    const timeline = buildTimeline(rows, "YEAR", { from: "2022-06-01", to: "2023-12-31" });
    expect(timeline.totals.map((t) => [t.period, t.cumulative])).toEqual([
      ["2022", 5],
      ["2023", 4],
    ]);
    expect(timeline.buckets.every((b) => b.period >= "2022")).toBe(true);
  });

  it("fills empty months", () => {
    const timeline = buildTimeline([{ type: "other", signedPeriod: "2024-11", endedPeriod: "2025-02", agreements: 1 }], "MONTH");
    expect(timeline.totals.map((t) => `${t.period}:${t.cumulative}`)).toEqual(["2024-11:1", "2024-12:1", "2025-01:1", "2025-02:0"]);
  });

  it("is empty for no agreements", () => {
    expect(buildTimeline([], "YEAR")).toEqual({ interval: "YEAR", buckets: [], totals: [], undated: 0 });
  });
});
