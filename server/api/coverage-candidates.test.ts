import { describe, expect, it } from "vitest";
import { distanceOf, evidenceIds, rankCandidates, withEvidence, type CandidateRows, type GapAnchors, type PlacedInstitution } from "./coverage-candidates.ts";

const place = (id: string, prefectureCode: string | null, provinceCode: string | null, inRegion = true): PlacedInstitution => ({
  institution: { id, name: id, nameZh: null, label: "Institution", kind: "vocational_college", regionCode: prefectureCode ?? provinceCode },
  prefectureCode,
  provinceCode,
  inRegion,
});
const segment = (id: string) => ({ id, name: id, nameZh: null, stage: null, order: null });
const enterprise = { id: "e1", name: "E1", nameZh: null, label: "Enterprise", kind: null, regionCode: "510100" };
const source = { id: "src-1", kind: "article", url: "https://example.org/1", title: "t", publisher: null, publishedOn: null };
const anchors: GapAnchors = { prefectureCodes: new Set(["510100"]), provinceCodes: new Set(["510000"]) };

function partner(who: PlacedInstitution, agreementId: string, segmentIds: string[]) {
  return { ...who, ties: [{ agreement: agreementId, enterprise: enterprise.id, segmentIds }] };
}

describe("rankCandidates", () => {
  it("lists each institution once, under its strongest reason, with that reason's evidence", () => {
    const rows: CandidateRows = {
      partners: [partner(place("a", "510100", "510000"), "agr-2", ["other"]), partner(place("a", "510100", "510000"), "agr-1", ["s"])],
      serving: [{ ...place("a", "510100", "510000"), facts: [{ kind: "alliance", id: "al-1" }] }],
      regional: [{ ...place("a", "510100", "510000"), enterpriseAgreements: 7 }],
    };
    const [only, ...rest] = rankCandidates("s", rows, anchors, 10);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ reason: "segment_partner", tier: 1, strength: 1, agreements: 1, distance: "same_prefecture" });
    expect(only!.evidence).toEqual([{ kind: "agreement", id: "agr-1", enterpriseId: "e1", segmentId: "s" }]);
  });

  it("fills in the evidence shown from one read of names and sources", () => {
    const rows: CandidateRows = { partners: [partner(place("a", null, "510000"), "agr-1", ["t"])], serving: [], regional: [{ ...place("b", null, "510000"), enterpriseAgreements: 0 }] };
    const ranked = rankCandidates("s", rows, anchors, 10);
    expect(evidenceIds(ranked)).toEqual({ agreementIds: ["agr-1"], allianceIds: [], organizationIds: ["b", "e1"] });
    const details = [
      { kind: "agreement" as const, id: "agr-1", name: "Joint lab", org: null, sources: [source] },
      { kind: "organization" as const, id: "e1", name: "E1", org: enterprise, sources: [] },
      { kind: "organization" as const, id: "b", name: "b", org: null, sources: [source] },
    ];
    const segments = new Map([["t", segment("t")]]);
    const [chainPartner, regional] = ranked.map((c) => withEvidence(c, details, segments));
    expect(chainPartner!.evidence).toEqual([{ kind: "agreement", id: "agr-1", name: "Joint lab", enterprise, segment: segment("t"), sources: [source] }]);
    expect(regional!.evidence).toEqual([{ kind: "institution", id: "b", name: "b", enterprise: null, segment: null, sources: [source] }]);
  });

  it("ranks by tier, then distance, then strength, then id; and stops at the limit", () => {
    const rows: CandidateRows = {
      partners: [
        partner(place("far-strong", null, "110000", false), "agr-1", ["s"]),
        partner(place("far-strong", null, "110000", false), "agr-2", ["s"]),
        partner(place("near-weak", "510100", "510000"), "agr-3", ["s"]),
        partner(place("chain-only", "510100", "510000"), "agr-4", ["t"]),
      ],
      serving: [{ ...place("ally", "510700", "510000"), facts: [{ kind: "agreement", id: "agr-9" }] }],
      regional: [
        { ...place("busy", "510700", "510000"), enterpriseAgreements: 4 },
        { ...place("idle", "510100", "510000"), enterpriseAgreements: 0 },
        { ...place("b-twin", "510700", "510000"), enterpriseAgreements: 4 },
      ],
    };
    const ranked = rankCandidates("s", rows, anchors, 10).map((c) => [c.institution.id, c.reason, c.distance, c.strength]);
    expect(ranked).toEqual([
      ["near-weak", "segment_partner", "same_prefecture", 1],
      ["far-strong", "segment_partner", "elsewhere", 2],
      ["chain-only", "chain_partner", "same_prefecture", 1],
      ["ally", "chain_alliance", "same_province", 1],
      ["idle", "regional_fit", "same_prefecture", 0],
      ["b-twin", "regional_fit", "same_province", 4],
      ["busy", "regional_fit", "same_province", 4],
    ]);
    expect(rankCandidates("s", rows, anchors, 2).map((c) => c.institution.id)).toEqual(["near-weak", "far-strong"]);
  });

  it("shows at most five pieces of evidence but counts them all", () => {
    const who = place("a", null, "510000");
    const rows: CandidateRows = { partners: ["1", "2", "3", "4", "5", "6", "7"].map((n) => partner(who, `agr-${n}`, ["s"])), serving: [], regional: [] };
    const [candidate] = rankCandidates("s", rows, anchors, 10);
    expect(candidate!.strength).toBe(7);
    expect(candidate!.evidence.map((e) => e.id)).toEqual(["agr-1", "agr-2", "agr-3", "agr-4", "agr-5"]);
  });
});

describe("distanceOf", () => {
  it("is the same prefecture, else the same province, else elsewhere; an institution placed only by province is never in a prefecture", () => {
    expect(distanceOf({ prefectureCode: "510100", provinceCode: "510000" }, anchors)).toBe("same_prefecture");
    expect(distanceOf({ prefectureCode: "510700", provinceCode: "510000" }, anchors)).toBe("same_province");
    expect(distanceOf({ prefectureCode: null, provinceCode: "510000" }, anchors)).toBe("same_province");
    expect(distanceOf({ prefectureCode: "610100", provinceCode: "610000" }, anchors)).toBe("elsewhere");
    expect(distanceOf({ prefectureCode: null, provinceCode: null }, anchors)).toBe("elsewhere");
  });
});
