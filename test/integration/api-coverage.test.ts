// chainCoverage and coverageMatrix over the api-small fixture, each answer compared with the oracle
// (test/support/api-oracle.ts), which applies DESIGN.md "Coverage, precisely" to the CSV files.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../server/db/database.ts";
import { ApiOracle, candidateKey, queryData, readContainment, type OracleChainCoverage } from "../support/api-oracle.ts";
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
  segmentCoverage: number;
  enterpriseCoverage: number;
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
    candidates: { institution: ApiOrgRef; agreements: number; inRegion: boolean }[];
  }[];
  uncoveredEnterprises: ApiOrgRef[];
}

const orgRef = "id name nameZh label kind regionCode";
const chainCoverageQuery = `query ($chainId: ID!, $regionCode: String) {
  chainCoverage(chainId: $chainId, regionCode: $regionCode) {
    chain { id name nameZh }
    region { code nameZh level }
    segmentCoverage enterpriseCoverage segmentCount coveredSegmentCount enterpriseCount partneredEnterpriseCount
    segments {
      segment { id name order stage }
      covered enterprises coveredEnterprises
      coveredBy { kind id }
      candidates { institution { ${orgRef} } agreements inRegion }
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
    if (regionCode) expect(api.region?.code, where).toBe(regionCode);
    else expect(api.region, where).toBeNull();
    expect(api.segmentCoverage, where).toBeCloseTo(expected.segmentCoverage, 9);
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
      // Candidates: the same institutions with the same counts; in region first, then by agreements
      // (institutions with equal keys may come in any order).
      expect(got.candidates.map((c) => ({ institution: c.institution.id, agreements: c.agreements, inRegion: c.inRegion })).sort((a, b) => a.institution.localeCompare(b.institution)), at).toEqual(
        [...segment.candidates].sort((a, b) => a.institution.localeCompare(b.institution)),
      );
      const keys = got.candidates.map(candidateKey);
      expect(keys, `${at}: candidates in the region first, then by agreements`).toEqual([...keys].sort((a, b) => b - a));
      for (const candidate of got.candidates) expect(candidate.institution.label, at).toBe("Institution");
    }
    expect(api.uncoveredEnterprises.map((e) => e.id).sort(), where).toEqual(expected.uncoveredEnterprises);
    for (const enterprise of api.uncoveredEnterprises) {
      const known = oracle.org(enterprise.id);
      expect({ label: enterprise.label, name: enterprise.name, regionCode: enterprise.regionCode }, where).toEqual({ label: "Enterprise", name: known.name, regionCode: known.regionCode });
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
    expect(recycling.candidates).toEqual([
      { institution: "mytvc", agreements: 2, inRegion: true },
      { institution: "cptu", agreements: 1, inRegion: true },
      { institution: "cqtu", agreements: 3, inRegion: false },
      { institution: "xtp", agreements: 1, inRegion: false },
    ]);
    expect(sichuan.segments.find((s) => s.segment === "ev--tyres")!.candidates).toEqual([]);
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

  interface ApiMatrix {
    regionLevel: string;
    chains: { id: string }[];
    regions: { code: string; level: string | null; nameZh: string | null }[];
    cells: {
      chainId: string;
      regionCode: string;
      segmentCoverage: number;
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

  function expectCells(matrix: ApiMatrix) {
    expect(matrix.cells.length).toBe(matrix.chains.length * matrix.regions.length);
    const seen = new Set<string>();
    for (const cell of matrix.cells) {
      seen.add(`${cell.chainId}@${cell.regionCode}`);
      const expected = oracle.chainCoverage(cell.chainId, cell.regionCode);
      const at = `${cell.chainId} × ${cell.regionCode}`;
      expect(cell.segmentCoverage, at).toBeCloseTo(expected.segmentCoverage, 9);
      expect(cell.enterpriseCoverage, at).toBeCloseTo(expected.enterpriseCoverage, 9);
      expect(
        [cell.segmentCount, cell.coveredSegmentCount, cell.enterpriseCount, cell.partneredEnterpriseCount],
        at,
      ).toEqual([expected.segmentCount, expected.coveredSegmentCount, expected.enterpriseCount, expected.partneredEnterpriseCount]);
    }
    for (const chain of matrix.chains) for (const region of matrix.regions) expect(seen.has(`${chain.id}@${region.code}`), `${chain.id} × ${region.code}`).toBe(true);
  }

  it("coverageMatrix by province: every chain × every province with organisations, each cell as chainCoverage", async () => {
    const matrix = (await query<{ coverageMatrix: ApiMatrix }>(matrixQuery, { level: "province" })).coverageMatrix;
    expect(matrix.regionLevel).toBe("province");
    expect(matrix.chains.map((c) => c.id).sort()).toEqual(["ev-chain", "pv-chain"]);
    const codes = matrix.regions.map((r) => r.code);
    for (const province of ["510000", "500000", "610000"]) expect(codes).toContain(province);
    for (const region of matrix.regions) expect(region.level, region.code).toBe("province");
    expect(new Set(codes).size).toBe(codes.length);
    expectCells(matrix);
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
    expectCells(matrix);
  });
});
