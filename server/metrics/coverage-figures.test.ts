import { describe, expect, it } from "vitest";
import { coverageCounts, countsOf } from "./coverage-figures.ts";

// Sichuan (510000) > Chengdu (510100); Mianyang (510700) in Sichuan. The EV chain is national, the
// hydrogen chain belongs to Chengdu.
const enterprises = [
  { regionCodes: ["510104", "510100", "510000"], partnered: true, segments: [{ chainId: "ev", place: null, segmentId: "ev-cells" }, { chainId: "h2", place: "510100", segmentId: "h2-tanks" }] },
  { regionCodes: ["510700", "510000"], partnered: false, segments: [{ chainId: "ev", place: null, segmentId: "ev-motors" }, { chainId: "h2", place: "510100", segmentId: "h2-tanks" }] },
  { regionCodes: ["510700", "510000"], partnered: true, segments: [{ chainId: "ev", place: null, segmentId: "ev-motors" }, { chainId: "ev", place: null, segmentId: "ev-cells" }] },
];
const serving = [
  { chainId: "ev", place: null, segmentId: "ev-charging", regionCodes: ["510700", "510000"] },
  { chainId: "h2", place: "510100", segmentId: "h2-fuel", regionCodes: ["510700", "510000"] },
];

describe("coverageCounts", () => {
  const counts = coverageCounts(["510000", "510100", "510700"], enterprises, serving);

  it("counts an enterprise once per chain in every region it lies in, and its segments when partnered", () => {
    expect(countsOf(counts, "ev", "510000")).toEqual({ enterpriseCount: 3, partneredEnterpriseCount: 2, coveredSegmentIds: new Set(["ev-cells", "ev-motors", "ev-charging"]) });
    expect(countsOf(counts, "ev", "510700")).toEqual({ enterpriseCount: 2, partneredEnterpriseCount: 1, coveredSegmentIds: new Set(["ev-motors", "ev-cells", "ev-charging"]) });
    expect(countsOf(counts, "ev", "510100")).toEqual({ enterpriseCount: 1, partneredEnterpriseCount: 1, coveredSegmentIds: new Set(["ev-cells"]) });
  });

  it("counts a chain with a place only inside it, for enterprises and for what serves it", () => {
    expect(countsOf(counts, "h2", "510000")).toEqual({ enterpriseCount: 1, partneredEnterpriseCount: 1, coveredSegmentIds: new Set(["h2-tanks"]) });
    expect(countsOf(counts, "h2", "510700")).toBeUndefined();
  });
});
