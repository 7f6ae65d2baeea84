// chainCoverage and coverageMatrix over the api-small fixture, each answer compared with the oracle
// (test/support/api-oracle.ts), which applies DESIGN.md "Coverage, precisely" to the CSV files.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../server/db/database.ts";
import { ApiOracle, queryData, readContainment, type OracleCandidate, type OracleChainCoverage } from "../support/api-oracle.ts";
import { loadApiFixture } from "../support/api-fixture.ts";
import { postGraphQL, type TestServer } from "../support/test-server.ts";

interface ApiOrgRef {
  id: string;
  name: string;
  nameZh: string | null;
  label: string;
  kind: string | null;
  regionCode: string | null;
}

interface ApiChainCoverage {
  chain: { id: string; name: string; nameZh: string | null };
  region: { code: string; nameZh: string | null; level: string | null } | null;
  segmentCoverage: number | null;
  enterpriseCoverage: number;
  segmentsRecorded: boolean;
  segmentCount: number;
  coveredSegmentCount: number;
  enterpriseCount: number;
  partneredEnterpriseCount: number;
  segments: {
    segment: { id: string; name: string; order: number | null; stage: string | null };
    covered: boolean;
    enterprises: number;
    coveredEnterprises: number;
    coveredBy: { kind: string; id: string }[];
    candidates: ApiCandidate[];
  }[];
  uncoveredEnterprises: ApiOrgRef[];
}

interface ApiCandidate {
  institution: ApiOrgRef;
  reason: string;
  tier: number;
  distance: string;
  strength: number;
  agreements: number;
  inRegion: boolean;
  evidence: { kind: string; id: string; enterprise: { id: string } | null; segment: { id: string } | null; sources: { id: string; url: string | null }[] }[];
}

/** What the oracle knows of a candidate, from the API's answer. */
function asOracleCandidate(candidate: ApiCandidate): Omit<OracleCandidate, "evidence"> {
  return { institution: candidate.institution.id, reason: candidate.reason as OracleCandidate["reason"], distance: candidate.distance as OracleCandidate["distance"], strength: candidate.strength, inRegion: candidate.inRegion };
}

const orgRef = "id name nameZh label kind regionCode";
const chainCoverageQuery = `query ($chainId: ID!, $regionCode: String) {
  chainCoverage(chainId: $chainId, regionCode: $regionCode) {
    chain { id name nameZh }
    region { code nameZh level }
    segmentCoverage enterpriseCoverage segmentsRecorded segmentCount coveredSegmentCount enterpriseCount partneredEnterpriseCount
    segments {
      segment { id name order stage }
      covered enterprises coveredEnterprises
      coveredBy { kind id }
      candidates {
        institution { ${orgRef} } reason tier distance strength agreements inRegion
        evidence { kind id enterprise { id } segment { id } sources { id url } }
      }
    }
    uncoveredEnterprises { ${orgRef} }
  }
}`;

describe("chainCoverage and coverageMatrix on the api-small fixture", () => {
  let database: Database;
  let server: TestServer;
  let oracle: ApiOracle;
  const query = <T>(text: string, variables: Record<string, unknown> = {}) => queryData<T>(postGraphQL, server.url, text, variables);

  beforeAll(async () => {
    ({ database, server, oracle } = await loadApiFixture());
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  async function chainCoverage(chainId: string, regionCode?: string): Promise<ApiChainCoverage> {
    return (await query<{ chainCoverage: ApiChainCoverage }>(chainCoverageQuery, { chainId, regionCode })).chainCoverage;
  }

  /** The API's answer equals the oracle's in every figure, segment, reason, candidate and gap. */
  function expectCoverage(api: ApiChainCoverage, expected: OracleChainCoverage, regionCode: string | undefined) {
    const where = `${expected.chain} in ${regionCode ?? "the country"}`;
    expect(api.chain.id, where).toBe(expected.chain);
    if (expected.region) expect(api.region?.code, where).toBe(expected.region);
    else expect(api.region, where).toBeNull();
    expect(api.segmentsRecorded, where).toBe(expected.segmentCount > 0);
    if (expected.segmentCoverage === undefined) expect(api.segmentCoverage, where).toBeNull();
    else expect(api.segmentCoverage, where).toBeCloseTo(expected.segmentCoverage, 9);
    expect(api.enterpriseCoverage, where).toBeCloseTo(expected.enterpriseCoverage, 9);
    expect(
      { segmentCount: api.segmentCount, coveredSegmentCount: api.coveredSegmentCount, enterpriseCount: api.enterpriseCount, partneredEnterpriseCount: api.partneredEnterpriseCount },
      where,
    ).toEqual({
      segmentCount: expected.segmentCount,
      coveredSegmentCount: expected.coveredSegmentCount,
      enterpriseCount: expected.enterpriseCount,
      partneredEnterpriseCount: expected.partneredEnterpriseCount,
    });
    // Segments in the chain's order.
    expect(
      api.segments.map((s) => s.segment.id),
      where,
    ).toEqual(expected.segments.map((s) => s.segment));
    for (const [i, segment] of expected.segments.entries()) {
      const got = api.segments[i]!;
      const at = `${where}, segment ${segment.segment}`;
      expect({ covered: got.covered, enterprises: got.enterprises, coveredEnterprises: got.coveredEnterprises }, at).toEqual({
        covered: segment.covered,
        enterprises: segment.enterprises,
        coveredEnterprises: segment.coveredEnterprises,
      });
      expect(got.coveredBy.map((r) => `${r.kind}:${r.id}`).sort(), at).toEqual(segment.coveredBy.map((r) => `${r.kind}:${r.id}`).sort());
      expectCandidates(got.candidates, segment.candidates, at);
    }
    expect(api.uncoveredEnterprises.map((e) => e.id).sort(), where).toEqual(expected.uncoveredEnterprises);
    for (const enterprise of api.uncoveredEnterprises) {
      const known = oracle.org(enterprise.id);
      expect({ label: enterprise.label, name: enterprise.name, regionCode: enterprise.regionCode }, where).toEqual({ label: "Enterprise", name: known.name, regionCode: known.regionCode });
    }
  }

  /**
   * The API's candidates are the oracle's first ten, in the oracle's order, with the same reason,
   * distance and strength; each shows the evidence the oracle names (up to five), with its sources.
   */
  function expectCandidates(got: ApiCandidate[], expected: OracleCandidate[], at: string) {
    expect(got.map(asOracleCandidate), at).toEqual(expected.slice(0, 10).map(({ evidence: _, ...rest }) => rest));
    const tiers = { segment_partner: 1, chain_partner: 2, chain_alliance: 3, regional_fit: 4 } as Record<string, number>;
    for (const [i, candidate] of got.entries()) {
      const want = expected[i]!;
      const where = `${at}, candidate ${candidate.institution.id}`;
      expect(candidate.tier, where).toBe(tiers[candidate.reason]);
      expect(candidate.institution.label, where).toBe("Institution");
      expect(candidate.agreements, where).toBe(candidate.reason === "segment_partner" ? want.evidence.length : 0);
      expect(candidate.evidence.map((e) => e.id), where).toEqual(want.evidence.slice(0, 5));
      for (const evidence of candidate.evidence) {
        const sources = evidence.kind === "alliance"
          ? oracle.fixture.alliances.find((a) => a.id === evidence.id)!.sources
          : evidence.kind === "agreement"
            ? oracle.agreement(evidence.id).sources
            : oracle.org(evidence.id).sources;
        expect(evidence.sources.map((s) => s.id).sort(), `${where}, evidence ${evidence.id}`).toEqual([...sources].sort());
        if (candidate.reason === "segment_partner" || candidate.reason === "chain_partner") {
          expect(oracle.agreement(evidence.id).parties, `${where}, evidence ${evidence.id}`).toContain(evidence.enterprise!.id);
          expect(oracle.org(evidence.enterprise!.id).segments, `${where}, evidence ${evidence.id}`).toContain(evidence.segment!.id);
        }
      }
    }
  }

  it("has a case for every coverage rule (checks the fixture's design, not the API)", () => {
    // Hand-designed structure, stated once so a change to the fixture that loses a case is noticed.
    const sichuan = oracle.chainCoverage("ev-chain", "510000");
    const reasons = Object.fromEntries(sichuan.segments.map((s) => [s.segment, s.coveredBy.map((r) => r.kind)]));
    expect(reasons).toEqual({
      "ev--battery": ["partnered_enterprise", "partnered_enterprise"],
      "ev--motor": ["serving_agreement"],
      "ev--software": [],
      "ev--charging": ["serving_alliance"],
      "ev--recycling": [],
      "ev--tyres": [],
    });
    // fujiang-materials is partnered through an institution in Chongqing; the others only through
    // an ended agreement, an agreement with status ended, a government, another enterprise.
    expect(oracle.isPartnered("fujiang-materials")).toBe(true);
    expect(sichuan.uncoveredEnterprises).toEqual(["jinjiang-charging", "panda-tyres", "rongcheng-recycling", "shu-motor"]);
    const recycling = sichuan.segments.find((s) => s.segment === "ev--recycling")!;
    // Tier 1, nearest first: cptu (Chengdu, where rongcheng-recycling is) before mytvc (Mianyang),
    // though mytvc holds more; then those elsewhere; then the tiers below.
    expect(recycling.candidates.map((c) => [c.institution, c.reason, c.distance, c.strength])).toEqual([
      ["cptu", "segment_partner", "same_prefecture", 1],
      ["mytvc", "segment_partner", "same_province", 2],
      ["cqtu", "segment_partner", "elsewhere", 3],
      ["xtp", "segment_partner", "elsewhere", 1],
      ["xteu", "chain_partner", "elsewhere", 2],
      ["sctp", "chain_alliance", "same_province", 1],
    ]);
    // ev--tyres has no tier-1 candidate (agr-02 ended); chain partners, alliances, then the region.
    expect(sichuan.segments.find((s) => s.segment === "ev--tyres")!.candidates.map((c) => c.reason)).toEqual(
      expect.arrayContaining(["chain_partner", "chain_alliance"]),
    );
    // A fitting institution in the region with no tie to the chain is still a (weakest) candidate;
    // a research institute is not of a fitting level.
    const silicon = oracle.chainCoverage("pv-chain", "510000").segments.find((s) => s.segment === "pv--silicon")!;
    expect(silicon.candidates.map((c) => [c.institution, c.reason, c.distance, c.strength])).toEqual([
      ["cqtec", "segment_partner", "elsewhere", 1],
      ["sxtsi", "segment_partner", "elsewhere", 1],
      ["cptu", "regional_fit", "same_province", 3],
      ["mytvc", "regional_fit", "same_province", 2],
      ["sctp", "regional_fit", "same_province", 0],
    ]);
    expect(oracle.chainCoverage("ev-chain", "610000").segments.flatMap((s) => s.candidates).map((c) => c.institution)).not.toContain("sxtsi");
    // Place: the Shaanxi chain is judged in Shaanxi only, and its Sichuan enterprise counts nowhere;
    // the Sichuan chain has no segments recorded.
    expect(oracle.judgedRegion("sx-ti-chain", "510000")).toBeNull();
    expect(oracle.chainCoverage("sx-ti-chain").region).toBe("610000");
    expect(oracle.chainCoverage("sx-ti-chain").enterpriseCount).toBe(1);
    expect(oracle.chainCoverage("sc-h2-chain", "510100").segmentCoverage).toBeUndefined();
    expect(oracle.chainCoverage("pv-chain", "510000").enterpriseCount).toBe(0);
    // In the country, ev--software is covered (its serving agreement's parties are in Shaanxi).
    expect(oracle.chainCoverage("ev-chain").segments.find((s) => s.segment === "ev--software")!.covered).toBe(true);
  });

  it("a province counts organisations of its prefectures and counties: ev-chain in 四川 (510000)", async () => {
    expectCoverage(await chainCoverage("ev-chain", "510000"), oracle.chainCoverage("ev-chain", "510000"), "510000");
  });

  it("covers the whole country when no region is given", async () => {
    expectCoverage(await chainCoverage("ev-chain"), oracle.chainCoverage("ev-chain"), undefined);
    expectCoverage(await chainCoverage("pv-chain"), oracle.chainCoverage("pv-chain"), undefined);
  });

  it("a prefecture region (成都市 510100) holds its county but not its province's other organisations", async () => {
    const api = await chainCoverage("ev-chain", "510100");
    expectCoverage(api, oracle.chainCoverage("ev-chain", "510100"), "510100");
    // agr-04 serves ev--motor with parties at province level only: not in Chengdu (designed by hand).
    expect(api.segments.find((s) => s.segment.id === "ev--motor")!.covered).toBe(false);
    expect(api.region).toMatchObject({ code: "510100", nameZh: "成都市", level: "prefecture" });
  });

  it("counts only live agreements: ended by status or by a past end date, while a future end date is live", async () => {
    const api = await chainCoverage("ev-chain", "510000");
    const expected = oracle.chainCoverage("ev-chain", "510000");
    const unpartnered = api.uncoveredEnterprises.map((e) => e.id);
    for (const id of ["shu-motor", "jinjiang-charging"]) expect(unpartnered).toContain(id); // only ended agreements
    expect(unpartnered).not.toContain("fujiang-materials"); // its institution is in Chongqing
    const tyres = api.segments.find((s) => s.segment.id === "ev--tyres")!;
    expect(tyres.covered).toBe(expected.segments.find((s) => s.segment === "ev--tyres")!.covered); // served only by ended agr-02
    const motor = api.segments.find((s) => s.segment.id === "ev--motor")!;
    expect(motor.coveredBy).toEqual([{ kind: "serving_agreement", id: "agr-04" }]); // endsOn 2099
  });

  it("a chain with no enterprise in the region has enterpriseCoverage 0; pv-chain in 四川, 重庆 and 陕西", async () => {
    for (const region of ["510000", "500000", "610000"]) {
      expectCoverage(await chainCoverage("pv-chain", region), oracle.chainCoverage("pv-chain", region), region);
    }
    expect((await chainCoverage("pv-chain", "510000")).enterpriseCoverage).toBe(0);
  });

  it("ev-chain in 重庆 and 陕西 and in 绵阳市", async () => {
    for (const region of ["500000", "610000", "610100", "510700"]) {
      expectCoverage(await chainCoverage("ev-chain", region), oracle.chainCoverage("ev-chain", region), region);
    }
  });

  it("answers an unknown chain with an error, not with empty coverage", async () => {
    const { body } = await postGraphQL(server.url, chainCoverageQuery, { chainId: "no-such-chain" });
    expect(body.errors?.length ?? 0).toBeGreaterThan(0);
    expect(body.errors![0]!.message).toMatch(/no-such-chain|not found|unknown|no chain/i);
  });

  it("judges a chain with a place only there: in its place when no region or a wider one is asked, refused elsewhere", async () => {
    const judge = oracle.withContainment(await readContainment(database, ["510000", "500000", "610000", "610300", "610100"]));
    // No region, the whole of Shaanxi, a Shaanxi prefecture: each as the oracle judges it.
    for (const region of [undefined, "610000", "610300", "610100"]) {
      const api = await chainCoverage("sx-ti-chain", region);
      expectCoverage(api, judge.chainCoverage("sx-ti-chain", region), region);
    }
    // The Panzhihua enterprise works in the chain's mill segment but lies outside its place.
    const shaanxi = await chainCoverage("sx-ti-chain");
    expect(shaanxi.region?.code).toBe("610000");
    expect(shaanxi.uncoveredEnterprises.map((e) => e.id)).toEqual(["baoji-test-titanium"]);
    for (const elsewhere of ["510000", "500000", "510400"]) {
      const { body } = await postGraphQL(server.url, chainCoverageQuery, { chainId: "sx-ti-chain", regionCode: elsewhere });
      expect(body.errors?.[0]?.message, elsewhere).toMatch(/belongs to region 610000/);
      expect((body.errors?.[0] as { extensions?: { code?: string } } | undefined)?.extensions?.code, elsewhere).toBe("BAD_USER_INPUT");
    }
  });

  it("a chain with no segments recorded has no segment coverage (null), not 0 %", async () => {
    const api = await chainCoverage("sc-h2-chain", "510000");
    expect({ segmentsRecorded: api.segmentsRecorded, segmentCoverage: api.segmentCoverage, segmentCount: api.segmentCount }).toEqual({ segmentsRecorded: false, segmentCoverage: null, segmentCount: 0 });
    expectCoverage(api, oracle.chainCoverage("sc-h2-chain", "510000"), "510000");
  });

  interface ApiGapList {
    region: { code: string };
    chains: {
      chain: { id: string };
      segmentsRecorded: boolean;
      segmentCoverage: number | null;
      uncoveredSegments: { segment: { id: string }; enterprises: { id: string }[]; candidates: ApiCandidate[] }[];
      unpartneredEnterprises: { id: string }[];
    }[];
  }
  const gapListQuery = `query ($code: String!, $n: Int) {
    gapList(regionCode: $code, candidatesPerSegment: $n) {
      region { code }
      chains {
        chain { id } segmentsRecorded segmentCoverage
        uncoveredSegments {
          segment { id } enterprises { id }
          candidates {
            institution { ${orgRef} } reason tier distance strength agreements inRegion
            evidence { kind id enterprise { id } segment { id } sources { id url } }
          }
        }
        unpartneredEnterprises { id }
      }
    }
  }`;

  it("gapList: every chain judged in the region, weakest first, with its gaps and best candidates, as the oracle lists them", async () => {
    const judge = oracle.withContainment(await readContainment(database, ["510000", "610000", "500000", "510100"]));
    for (const [code, n] of [["510000", 3], ["610000", 10], ["500000", undefined], ["510100", 1]] as const) {
      const api = (await query<{ gapList: ApiGapList }>(gapListQuery, { code, n })).gapList;
      const expected = judge.gapList(code);
      const at = `gap list of ${code}`;
      expect(api.region.code, at).toBe(code);
      expect(api.chains.map((c) => c.chain.id), at).toEqual(expected.chains.map((c) => c.chain));
      for (const [i, want] of expected.chains.entries()) {
        const got = api.chains[i]!;
        const where = `${at}, ${want.chain}`;
        expect(got.segmentsRecorded, where).toBe(want.segmentCoverage !== undefined);
        expect(got.unpartneredEnterprises.map((e) => e.id).sort(), where).toEqual(want.unpartneredEnterprises);
        expect(got.uncoveredSegments.map((s) => s.segment.id), where).toEqual(want.uncoveredSegments.map((s) => s.segment));
        for (const [j, segment] of want.uncoveredSegments.entries()) {
          const gap = got.uncoveredSegments[j]!;
          expect(gap.enterprises.map((e) => e.id).sort(), `${where}, ${segment.segment}`).toEqual(segment.enterprises);
          expectCandidates(gap.candidates, segment.candidates.slice(0, n ?? 3), `${where}, ${segment.segment}`);
        }
      }
    }
    // The Shaanxi chain is not a gap of Sichuan, and Sichuan's own chain says its segments are not recorded.
    const sichuan = (await query<{ gapList: ApiGapList }>(gapListQuery, { code: "510000" })).gapList;
    expect(sichuan.chains.map((c) => c.chain.id)).not.toContain("sx-ti-chain");
    expect(sichuan.chains.at(-1)).toMatchObject({ chain: { id: "sc-h2-chain" }, segmentsRecorded: false, segmentCoverage: null });
  });

  it("refuses a gap list for an unknown region or too many candidates, by name", async () => {
    const unknown = await postGraphQL(server.url, gapListQuery, { code: "999999" });
    expect(unknown.body.errors?.[0]?.message).toMatch(/999999/);
    const many = await postGraphQL(server.url, gapListQuery, { code: "510000", n: 11 });
    expect(many.body.errors?.[0]?.message).toMatch(/candidatesPerSegment/);
  });

  interface ApiMatrix {
    regionLevel: string;
    chains: { id: string }[];
    regions: { code: string; level: string | null; nameZh: string | null }[];
    cells: {
      chainId: string;
      regionCode: string;
      segmentCoverage: number | null;
      enterpriseCoverage: number;
      segmentCount: number;
      coveredSegmentCount: number;
      enterpriseCount: number;
      partneredEnterpriseCount: number;
    }[];
  }
  const matrixQuery = `query ($level: String, $within: String, $chainIds: [ID!]) {
    coverageMatrix(regionLevel: $level, withinRegion: $within, chainIds: $chainIds) {
      regionLevel chains { id } regions { code level nameZh }
      cells { chainId regionCode segmentCoverage enterpriseCoverage segmentCount coveredSegmentCount enterpriseCount partneredEnterpriseCount }
    }
  }`;

  async function expectCells(matrix: ApiMatrix) {
    const judge = oracle.withContainment(await readContainment(database, matrix.regions.map((r) => r.code)));
    const judged = matrix.chains.flatMap((chain) => matrix.regions.filter((region) => judge.judgedRegion(chain.id, region.code) !== null).map((region) => `${chain.id}@${region.code}`));
    expect(matrix.cells.map((c) => `${c.chainId}@${c.regionCode}`).sort(), "a cell for every chain × region where the chain is judged, and no other").toEqual(judged.sort());
    for (const cell of matrix.cells) {
      const expected = judge.chainCoverage(cell.chainId, cell.regionCode);
      const at = `${cell.chainId} × ${cell.regionCode}`;
      if (expected.segmentCoverage === undefined) expect(cell.segmentCoverage, at).toBeNull();
      else expect(cell.segmentCoverage, at).toBeCloseTo(expected.segmentCoverage, 9);
      expect(cell.enterpriseCoverage, at).toBeCloseTo(expected.enterpriseCoverage, 9);
      expect(
        [cell.segmentCount, cell.coveredSegmentCount, cell.enterpriseCount, cell.partneredEnterpriseCount],
        at,
      ).toEqual([expected.segmentCount, expected.coveredSegmentCount, expected.enterpriseCount, expected.partneredEnterpriseCount]);
    }
  }

  it("coverageMatrix by province: every chain × every province with organisations, each cell as chainCoverage", async () => {
    const matrix = (await query<{ coverageMatrix: ApiMatrix }>(matrixQuery, { level: "province" })).coverageMatrix;
    expect(matrix.regionLevel).toBe("province");
    expect(matrix.chains.map((c) => c.id).sort()).toEqual(["ev-chain", "pv-chain", "sc-h2-chain", "sx-ti-chain"]);
    const codes = matrix.regions.map((r) => r.code);
    for (const province of ["510000", "500000", "610000"]) expect(codes).toContain(province);
    for (const region of matrix.regions) expect(region.level, region.code).toBe("province");
    expect(new Set(codes).size).toBe(codes.length);
    await expectCells(matrix);
    // Spot check against the hand design: ev-chain in 四川 has 3 of 6 segments covered.
    expect(matrix.cells.find((c) => c.chainId === "ev-chain" && c.regionCode === "510000")!.coveredSegmentCount).toBe(3);
  });

  it("coverageMatrix by prefecture within 四川, and for chosen chains only", async () => {
    const matrix = (await query<{ coverageMatrix: ApiMatrix }>(matrixQuery, { level: "prefecture", within: "510000", chainIds: ["ev-chain"] })).coverageMatrix;
    expect(matrix.regionLevel).toBe("prefecture");
    expect(matrix.chains.map((c) => c.id)).toEqual(["ev-chain"]);
    const codes = matrix.regions.map((r) => r.code);
    for (const prefecture of ["510100", "510700"]) expect(codes).toContain(prefecture);
    const containment = await readContainment(database, codes);
    for (const region of matrix.regions) {
      expect(region.level, region.code).toBe("prefecture");
      expect(containment.get(region.code)?.has("510000"), `${region.code} lies in 510000`).toBe(true);
    }
    await expectCells(matrix);
  });
});
