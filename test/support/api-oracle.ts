/**
 * The rules of docs/DESIGN.md ("Graph model", "Coverage, precisely") written a second time, in
 * plain TypeScript over the record files of a fixture, so the API integration tests compare the
 * server's answers with answers computed without any of its code or Cypher. Nothing here reads the
 * implementation; the only thing read from the database is the region table's containment
 * (which region lies inside which), because that table is reference data, not a rule.
 *
 * The fixture test/fixtures/api-small is designed so that every rule has a case:
 * - organisations in a prefecture (510100 成都市, 510700 绵阳市) and a county (510104 锦江区) count in
 *   their province 510000; others are in 500000 重庆市 and 610000 陕西省;
 * - agreements live, ended by status (agr-03, agr-13), ended by a past endsOn (agr-02, agr-12, agr-21,
 *   whose status even says active), live with a future endsOn (agr-04, 2099), with no dates (agr-25);
 * - shu-motor is partnered only through an ended agreement; jinjiang-charging only through one whose
 *   status is ended; fujiang-materials through an institution in another province (still partnered);
 *   rongcheng-recycling only with a government; panda-tyres only with another enterprise;
 * - in 510000 the segment ev--motor is covered only by agr-04 serving it (parties in 510000, not in
 *   510100), ev--charging only by the alliance al-charging (member mytvc in 510700), ev--software is
 *   served by agr-16 whose parties are all in 610000, ev--recycling is uncovered with candidates in
 *   and out of the region with 1, 2 and 3 agreements, ev--tyres is uncovered with no candidate and is
 *   served only by an ended agreement;
 * - pv-chain has no enterprise in 510000 (enterpriseCoverage 0);
 * - the network has a barbell component: triangles {xteu, qujiang-software, xian-test-government}
 *   and {sanqin-solar, cqtec, chaotianmen-modules} joined through sxtsi; weights 2 on xteu–qujiang,
 *   cqtu–yuzhou, xtp–qinling, cptu–tianfu and cptu–sc-test-edu-dept;
 * - tianfu-battery → mytvc is 3 links by two shortest paths (via yuzhou-recycling and via
 *   sc-test-edu-dept); panda-tyres → jinjiang-charging is 5; tianfu-battery and sanqin-solar are not
 *   connected.
 *
 * Dates are chosen so that no answer depends on which day of 2026–2098 the tests run: past end
 * dates are in 2022–2024, the future one is 2099-12-31.
 */
import type { Database } from "../../server/db/database.ts";
import { csvRows } from "./csv-rows.ts";

export type Label = "Institution" | "Enterprise" | "Government";

export interface FixtureOrg {
  id: string;
  name: string;
  nameZh?: string;
  kind?: string;
  regionCode?: string;
  aliases: string[];
  label: Label;
  /** Segments it operates in (enterprises only). */
  segments: string[];
  sources: string[];
}

export interface FixtureAgreement {
  id: string;
  type: string;
  title?: string;
  signedOn?: string;
  endsOn?: string;
  status?: string;
  parties: string[];
  serves: string[];
  sources: string[];
}

export interface FixtureAlliance {
  id: string;
  name: string;
  nameZh?: string;
  foundedOn?: string;
  members: string[];
  serves: string[];
  sources: string[];
}

export interface FixtureChain {
  id: string;
  name: string;
  nameZh?: string;
  scope?: string;
  regionCode?: string;
  sources: string[];
}

export interface FixtureSegment {
  id: string;
  chain: string;
  name: string;
  nameZh?: string;
  stage?: string;
  order?: number;
  sources: string[];
}

export interface FixtureSource {
  id: string;
  kind?: string;
  url?: string;
  title?: string;
  publisher?: string;
  publishedOn?: string;
}

export interface Fixture {
  orgs: FixtureOrg[];
  agreements: FixtureAgreement[];
  alliances: FixtureAlliance[];
  chains: FixtureChain[];
  segments: FixtureSegment[];
  sources: FixtureSource[];
}

const optional = (value: string | undefined) => (value && value.trim() ? value.trim() : undefined);
const list = (value: string | undefined) =>
  (value ?? "")
    .split("|")
    .map((item) => item.trim())
    .filter(Boolean);

/** The fixture's records, straight from its CSV files (regions in it are GB/T 2260 codes). */
export function readFixture(dir: string): Fixture {
  const orgs: FixtureOrg[] = [];
  for (const [file, label] of [
    ["institutions.csv", "Institution"],
    ["enterprises.csv", "Enterprise"],
    ["governments.csv", "Government"],
  ] as const) {
    for (const row of csvRows(dir, file)) {
      orgs.push({
        id: row.id!,
        name: row.name!,
        nameZh: optional(row.nameZh),
        kind: optional(row.kind),
        regionCode: optional(row.region),
        aliases: list(row.aliases),
        label,
        segments: list(row.segments),
        sources: list(row.source),
      });
    }
  }
  return {
    orgs,
    agreements: csvRows(dir, "agreements.csv").map((row) => ({
      id: row.id!,
      type: row.type!,
      title: optional(row.title),
      signedOn: optional(row.signedOn),
      endsOn: optional(row.endsOn),
      status: optional(row.status),
      parties: list(row.parties),
      serves: list(row.serves),
      sources: list(row.source),
    })),
    alliances: csvRows(dir, "alliances.csv").map((row) => ({
      id: row.id!,
      name: row.name!,
      nameZh: optional(row.nameZh),
      foundedOn: optional(row.foundedOn),
      members: list(row.members),
      serves: list(row.serves),
      sources: list(row.source),
    })),
    chains: csvRows(dir, "chains.csv").map((row) => ({
      id: row.id!,
      name: row.name!,
      nameZh: optional(row.nameZh),
      scope: optional(row.scope),
      regionCode: optional(row.region),
      sources: list(row.source),
    })),
    segments: csvRows(dir, "segments.csv").map((row) => ({
      id: row.id!,
      chain: row.chain!,
      name: row.name!,
      nameZh: optional(row.nameZh),
      stage: optional(row.stage),
      order: optional(row.order) === undefined ? undefined : Number(row.order),
      sources: list(row.source),
    })),
    sources: csvRows(dir, "sources.csv").map((row) => ({
      id: row.id!,
      kind: optional(row.kind),
      url: optional(row.url),
      title: optional(row.title),
      publisher: optional(row.publisher),
      publishedOn: optional(row.publishedOn),
    })),
  };
}

/** For each region code: the codes of every region it lies in, itself included. */
export type Containment = ReadonlyMap<string, ReadonlySet<string>>;

/** Containment of the given regions, read from the region table in the database (PART_OF links). */
export async function readContainment(database: Database, codes: string[]): Promise<Containment> {
  const result = await database.read(
    "MATCH (r:Region)-[:PART_OF*0..]->(p:Region) WHERE r.code IN $codes RETURN r.code AS code, collect(DISTINCT p.code) AS within",
    { codes: [...new Set(codes)] },
  );
  return new Map(result.records.map((r) => [String(r.get("code")), new Set((r.get("within") as string[]).map(String))]));
}

/** Today as YYYY-MM-DD (UTC). The fixture's dates make the answers the same on any day of 2026–2098. */
export function isoToday(): string {
  return new Date().toISOString().slice(0, 10);
}

// ---- Coverage ----

export type OracleReason = "segment_partner" | "chain_partner" | "chain_alliance" | "regional_fit";
export type OracleDistance = "same_prefecture" | "same_province" | "elsewhere";

export interface OracleCandidate {
  institution: string;
  reason: OracleReason;
  distance: OracleDistance;
  strength: number;
  /** Ids of every agreement or alliance (or, for regional_fit, the institution) its reason rests on, sorted. */
  evidence: string[];
  inRegion: boolean;
}

export interface OracleCoverageReason {
  kind: "partnered_enterprise" | "serving_agreement" | "serving_alliance";
  id: string;
}

export interface OracleSegmentCoverage {
  segment: string;
  covered: boolean;
  enterprises: number;
  coveredEnterprises: number;
  coveredBy: OracleCoverageReason[];
  /** In the order DESIGN.md asks: in the region first, then by agreements (ties by id). */
  candidates: OracleCandidate[];
}

export interface OracleChainCoverage {
  chain: string;
  /** The region judged: the one asked for, or the chain's place. */
  region: string | undefined;
  /** Undefined when the chain has no segments recorded. */
  segmentCoverage: number | undefined;
  enterpriseCoverage: number;
  segmentCount: number;
  coveredSegmentCount: number;
  enterpriseCount: number;
  partneredEnterpriseCount: number;
  /** By the segments' order. */
  segments: OracleSegmentCoverage[];
  /** Sorted ids. */
  uncoveredEnterprises: string[];
}

export interface OracleGapList {
  region: string;
  chains: {
    chain: string;
    segmentCoverage: number | undefined;
    uncoveredSegments: { segment: string; enterprises: string[]; candidates: OracleCandidate[] }[];
    unpartneredEnterprises: string[];
  }[];
}

// ---- Network ----

export interface OracleNetworkFilter {
  regionCodes?: string[];
  labels?: Label[];
  agreementTypes?: string[];
  chainIds?: string[];
  from?: string;
  to?: string;
  liveOnly?: boolean;
}

export interface OracleLink {
  source: string;
  target: string;
  weight: number;
  /** The agreements making the link, most recent first (undated last). */
  agreements: string[];
  firstOn?: string;
  lastOn?: string;
}

export interface OracleNode {
  id: string;
  degree: number;
  weightedDegree: number;
  betweenness: number;
}

export interface OracleNetwork {
  /** Organisations with at least one link under the filter. */
  nodes: Map<string, OracleNode>;
  /** Keyed by pairKey. */
  links: Map<string, OracleLink>;
  adjacency: Map<string, Set<string>>;
}

/** One key per unordered pair. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

// ---- Timeline ----

export interface OracleTimelineBucket {
  period: string;
  type: string;
  new: number;
  ended: number;
}

export interface OracleTimelinePeriod {
  period: string;
  new: number;
  ended: number;
  cumulative: number;
}

export interface OracleTimeline {
  buckets: OracleTimelineBucket[];
  totals: OracleTimelinePeriod[];
  undated: number;
}

// ---- Briefing ----

export interface OracleFigure {
  value: number;
  /** The agreements (or organisations) counted, for checking cited sources. */
  facts: string[];
}

export class ApiOracle {
  private readonly orgById: Map<string, FixtureOrg>;
  private readonly segmentById: Map<string, FixtureSegment>;

  constructor(
    readonly fixture: Fixture,
    private readonly containment: Containment,
    readonly today: string = isoToday(),
  ) {
    this.orgById = new Map(fixture.orgs.map((o) => [o.id, o]));
    this.segmentById = new Map(fixture.segments.map((s) => [s.id, s]));
  }

  org(id: string): FixtureOrg {
    const org = this.orgById.get(id);
    if (!org) throw new Error(`no organisation ${id} in the fixture`);
    return org;
  }

  agreement(id: string): FixtureAgreement {
    const agreement = this.fixture.agreements.find((a) => a.id === id);
    if (!agreement) throw new Error(`no agreement ${id} in the fixture`);
    return agreement;
  }

  /** Region codes of every organisation: what readContainment needs. */
  static regionCodesOf(fixture: Fixture): string[] {
    return [...new Set([...fixture.orgs, ...fixture.chains].map((o) => o.regionCode).filter((c): c is string => Boolean(c)))];
  }

  /** An oracle that also knows the containment of more regions (those a test asks about). */
  withContainment(more: Containment): ApiOracle {
    return new ApiOracle(this.fixture, new Map([...this.containment, ...more]), this.today);
  }

  /** "An organisation is in region P when its region is P or lies inside P. No P means the whole country." */
  isIn(org: FixtureOrg, regionCode: string | undefined): boolean {
    if (!regionCode) return true;
    if (!org.regionCode) return false;
    const within = this.containment.get(org.regionCode);
    if (!within) throw new Error(`containment of ${org.regionCode} was not read`);
    return within.has(regionCode);
  }

  /** Every region code of the fixture's organisations and every region they lie in. */
  regionsInUse(): Set<string> {
    const codes = new Set<string>();
    for (const within of this.containment.values()) for (const code of within) codes.add(code);
    return codes;
  }

  /** "Live unless its status is ended or its endsOn is in the past." */
  isLive(agreement: FixtureAgreement): boolean {
    return agreement.status !== "ended" && !(agreement.endsOn !== undefined && agreement.endsOn < this.today);
  }

  private labelOf(id: string): Label {
    return this.org(id).label;
  }

  /** "Party to a live agreement that also has an institution as a party (the institution may be anywhere)." */
  isPartnered(enterpriseId: string): boolean {
    return this.fixture.agreements.some(
      (a) => this.isLive(a) && a.parties.includes(enterpriseId) && a.parties.some((p) => p !== enterpriseId && this.labelOf(p) === "Institution"),
    );
  }

  private enterprisesIn(segmentId: string): FixtureOrg[] {
    return this.fixture.orgs.filter((o) => o.label === "Enterprise" && o.segments.includes(segmentId));
  }

  segmentsOf(chainId: string): FixtureSegment[] {
    return this.fixture.segments.filter((s) => s.chain === chainId).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  }

  /** Whether region `inner` lies in region `outer` (or is it), by the region table's containment. */
  regionWithin(inner: string, outer: string): boolean {
    if (inner === outer) return true;
    const within = this.containment.get(inner);
    if (!within) throw new Error(`containment of ${inner} was not read`);
    return within.has(outer);
  }

  /**
   * "A chain with a region is judged only in its place": the region it is judged in when `regionCode`
   * is asked for, or null when it is not judged there at all.
   */
  judgedRegion(chainId: string, regionCode?: string): string | undefined | null {
    const place = this.fixture.chains.find((c) => c.id === chainId)?.regionCode;
    if (!place) return regionCode;
    if (!regionCode) return place;
    if (this.regionWithin(place, regionCode)) return place;
    if (this.regionWithin(regionCode, place)) return regionCode;
    return null;
  }

  chainCoverage(chainId: string, asked?: string): OracleChainCoverage {
    const chain = this.fixture.chains.find((c) => c.id === chainId);
    if (!chain) throw new Error(`no chain ${chainId} in the fixture`);
    const regionCode = this.judgedRegion(chainId, asked);
    if (regionCode === null) throw new Error(`${chainId} is not judged in ${asked}`);
    const segments = this.segmentsOf(chainId);
    const segmentIds = new Set(segments.map((s) => s.id));
    const result: OracleSegmentCoverage[] = segments.map((segment) => {
      const here = this.enterprisesIn(segment.id).filter((e) => this.isIn(e, regionCode));
      const partnered = here.filter((e) => this.isPartnered(e.id));
      const coveredBy: OracleCoverageReason[] = [
        ...partnered.map((e) => ({ kind: "partnered_enterprise" as const, id: e.id })),
        ...this.fixture.agreements
          .filter((a) => this.isLive(a) && a.serves.includes(segment.id) && a.parties.some((p) => this.isIn(this.org(p), regionCode)))
          .map((a) => ({ kind: "serving_agreement" as const, id: a.id })),
        ...this.fixture.alliances
          .filter((l) => l.serves.includes(segment.id) && l.members.some((m) => this.isIn(this.org(m), regionCode)))
          .map((l) => ({ kind: "serving_alliance" as const, id: l.id })),
      ];
      const covered = coveredBy.length > 0;
      return {
        segment: segment.id,
        covered,
        enterprises: here.length,
        coveredEnterprises: partnered.length,
        coveredBy,
        candidates: covered ? [] : this.candidates(segment.id, regionCode),
      };
    });
    const inChain = this.fixture.orgs.filter((o) => o.label === "Enterprise" && o.segments.some((s) => segmentIds.has(s)) && this.isIn(o, regionCode));
    const partnered = inChain.filter((e) => this.isPartnered(e.id));
    const coveredCount = result.filter((s) => s.covered).length;
    return {
      chain: chainId,
      region: regionCode,
      segmentCoverage: segments.length === 0 ? undefined : coveredCount / segments.length,
      enterpriseCoverage: inChain.length === 0 ? 0 : partnered.length / inChain.length,
      segmentCount: segments.length,
      coveredSegmentCount: coveredCount,
      enterpriseCount: inChain.length,
      partneredEnterpriseCount: partnered.length,
      segments: result,
      uncoveredEnterprises: inChain
        .filter((e) => !this.isPartnered(e.id))
        .map((e) => e.id)
        .sort(),
    };
  }

  /** The prefecture and province an organisation lies in, read off its containment by the codes' form (ddxx00, dd0000). */
  private placeOf(regionCode: string | undefined): { prefecture?: string; province?: string } {
    if (!regionCode) return {};
    const within = [...(this.containment.get(regionCode) ?? [regionCode])];
    return { prefecture: within.find((c) => c.endsWith("00") && !c.endsWith("0000")), province: within.find((c) => c.endsWith("0000")) };
  }

  /**
   * DESIGN.md's candidates, written from its table: each institution once, under its strongest
   * reason (1 agreements with the segment's enterprises, 2 with enterprises of the chain's other
   * segments, 3 alliances or agreements serving the chain or its segments, 4 a fitting institution
   * in the region), ranked by tier, distance, strength, id.
   */
  candidates(segmentId: string, regionCode?: string): OracleCandidate[] {
    const chainId = this.segmentById.get(segmentId)!.chain;
    const chainSegments = new Set(this.segmentsOf(chainId).map((s) => s.id));
    const found = new Map<string, { reason: OracleReason; facts: Set<string>; strength?: number }>();
    const rank: Record<OracleReason, number> = { segment_partner: 1, chain_partner: 2, chain_alliance: 3, regional_fit: 4 };
    const offer = (institution: string, reason: OracleReason, fact: string, strength?: number) => {
      const had = found.get(institution);
      if (had && rank[had.reason] < rank[reason]) return;
      if (!had || rank[had.reason] > rank[reason]) found.set(institution, { reason, facts: new Set([fact]), strength });
      else had.facts.add(fact);
    };
    for (const agreement of this.fixture.agreements.filter((a) => this.isLive(a))) {
      const enterprises = agreement.parties.map((p) => this.org(p)).filter((o) => o.label === "Enterprise");
      const ofSegment = enterprises.some((e) => e.segments.includes(segmentId));
      const ofChain = enterprises.some((e) => e.segments.some((s) => s !== segmentId && chainSegments.has(s)) && !e.segments.includes(segmentId));
      for (const party of agreement.parties.filter((p) => this.labelOf(p) === "Institution")) {
        if (ofSegment) offer(party, "segment_partner", agreement.id);
        if (ofChain) offer(party, "chain_partner", agreement.id);
        if (agreement.serves.some((t) => t === chainId || chainSegments.has(t))) offer(party, "chain_alliance", agreement.id);
      }
    }
    for (const alliance of this.fixture.alliances) {
      if (!alliance.serves.some((t) => t === chainId || chainSegments.has(t))) continue;
      for (const member of alliance.members.filter((m) => this.labelOf(m) === "Institution")) offer(member, "chain_alliance", alliance.id);
    }
    if (regionCode) {
      const fitting = ["vocational_college", "technician_college", "junior_college", "university"];
      for (const institution of this.fixture.orgs.filter((o) => o.label === "Institution" && fitting.includes(o.kind ?? "") && this.isIn(o, regionCode))) {
        const withEnterprises = this.fixture.agreements.filter(
          (a) => this.isLive(a) && a.parties.includes(institution.id) && a.parties.some((p) => this.labelOf(p) === "Enterprise"),
        ).length;
        offer(institution.id, "regional_fit", institution.id, withEnterprises);
      }
    }

    // Distance: from the segment's enterprises in the region, and the region itself.
    const anchors = [...this.enterprisesIn(segmentId).filter((e) => this.isIn(e, regionCode)).map((e) => e.regionCode), regionCode].map((code) => this.placeOf(code));
    const distance = (institution: string): OracleDistance => {
      const here = this.placeOf(this.org(institution).regionCode);
      if (here.prefecture && anchors.some((a) => a.prefecture === here.prefecture)) return "same_prefecture";
      if (here.province && anchors.some((a) => a.province === here.province)) return "same_province";
      return "elsewhere";
    };
    const near: Record<OracleDistance, number> = { same_prefecture: 0, same_province: 1, elsewhere: 2 };
    return [...found]
      .map(([institution, { reason, facts, strength }]) => ({
        institution,
        reason,
        distance: distance(institution),
        strength: strength ?? facts.size,
        evidence: [...facts].sort(),
        inRegion: regionCode ? this.isIn(this.org(institution), regionCode) : true,
      }))
      .sort(
        (a, b) =>
          rank[a.reason] - rank[b.reason] || near[a.distance] - near[b.distance] || b.strength - a.strength || (a.institution < b.institution ? -1 : a.institution > b.institution ? 1 : 0),
      );
  }

  /** The chains judged in a region: national ones, and those whose place contains it or lies in it. */
  chainsJudgedIn(regionCode: string): string[] {
    return this.fixture.chains.filter((c) => this.judgedRegion(c.id, regionCode) !== null).map((c) => c.id);
  }

  /** DESIGN.md's gap list of a region, with every candidate (the API shows the first few). */
  gapList(regionCode: string): OracleGapList {
    const weakest = (x: number | undefined) => x ?? 2;
    const chains = this.chainsJudgedIn(regionCode)
      .map((chainId) => this.chainCoverage(chainId, regionCode))
      .sort((a, b) => weakest(a.segmentCoverage) - weakest(b.segmentCoverage) || a.enterpriseCoverage - b.enterpriseCoverage || (a.chain < b.chain ? -1 : 1));
    return {
      region: regionCode,
      chains: chains.map((c) => ({
        chain: c.chain,
        segmentCoverage: c.segmentCoverage,
        uncoveredSegments: c.segments
          .filter((s) => !s.covered)
          .map((s) => ({
            segment: s.segment,
            enterprises: this.enterprisesIn(s.segment).filter((e) => this.isIn(e, c.region)).map((e) => e.id).sort(),
            candidates: s.candidates,
          })),
        unpartneredEnterprises: c.uncoveredEnterprises,
      })),
    };
  }

  // ---- Network ----

  private chainOfSegment(segmentId: string): string | undefined {
    return this.segmentById.get(segmentId)?.chain;
  }

  /** Whether an agreement makes links under the filter's link conditions (type, chains, dates, liveness). */
  agreementPasses(agreement: FixtureAgreement, filter: OracleNetworkFilter): boolean {
    if (filter.agreementTypes && !filter.agreementTypes.includes(agreement.type)) return false;
    if (filter.chainIds) {
      const chains = new Set(filter.chainIds);
      const serves = agreement.serves.some((t) => chains.has(t) || chains.has(this.chainOfSegment(t) ?? ""));
      const enterpriseOperates = agreement.parties.some((p) => {
        const org = this.org(p);
        return org.label === "Enterprise" && org.segments.some((s) => chains.has(this.chainOfSegment(s) ?? ""));
      });
      if (!serves && !enterpriseOperates) return false;
    }
    // An agreement without a signing date is not known to be signed within a range.
    if (filter.from && !(agreement.signedOn && agreement.signedOn >= filter.from)) return false;
    if (filter.to && !(agreement.signedOn && agreement.signedOn <= filter.to)) return false;
    if (filter.liveOnly && !this.isLive(agreement)) return false;
    return true;
  }

  /** Whether an organisation is a node under the filter's node conditions (regions, labels). */
  orgPasses(org: FixtureOrg, filter: OracleNetworkFilter): boolean {
    if (filter.labels && !filter.labels.includes(org.label)) return false;
    if (filter.regionCodes && !filter.regionCodes.some((code) => this.isIn(org, code))) return false;
    return true;
  }

  /**
   * The collaboration network under a filter: one link per pair of organisations that are parties to a
   * common agreement passing the filter, weighted by how many such agreements they share. Nodes are the
   * organisations with at least one link. `betweennessN` is the node count used to normalise
   * (default: the nodes with a link).
   */
  network(filter: OracleNetworkFilter = {}, betweennessN?: number): OracleNetwork {
    const links = new Map<string, OracleLink>();
    for (const agreement of this.fixture.agreements) {
      if (!this.agreementPasses(agreement, filter)) continue;
      const parties = [...new Set(agreement.parties)].filter((p) => this.orgPasses(this.org(p), filter));
      for (let i = 0; i < parties.length; i++) {
        for (let j = i + 1; j < parties.length; j++) {
          const [source, target] = [parties[i]!, parties[j]!].sort() as [string, string];
          const key = pairKey(source, target);
          const link = links.get(key) ?? { source, target, weight: 0, agreements: [] };
          link.weight += 1;
          link.agreements.push(agreement.id);
          links.set(key, link);
        }
      }
    }
    for (const link of links.values()) {
      const dated = link.agreements.map((id) => this.agreement(id).signedOn).filter((d): d is string => Boolean(d));
      link.firstOn = dated.length ? dated.reduce((a, b) => (a < b ? a : b)) : undefined;
      link.lastOn = dated.length ? dated.reduce((a, b) => (a > b ? a : b)) : undefined;
      link.agreements.sort((a, b) => (this.agreement(b).signedOn ?? "").localeCompare(this.agreement(a).signedOn ?? ""));
    }
    const adjacency = new Map<string, Set<string>>();
    const nodes = new Map<string, OracleNode>();
    for (const link of links.values()) {
      for (const [a, b] of [
        [link.source, link.target],
        [link.target, link.source],
      ] as const) {
        if (!adjacency.has(a)) adjacency.set(a, new Set());
        adjacency.get(a)!.add(b);
        const node = nodes.get(a) ?? { id: a, degree: 0, weightedDegree: 0, betweenness: 0 };
        node.degree += 1;
        node.weightedDegree += link.weight;
        nodes.set(a, node);
      }
    }
    const betweenness = ApiOracle.betweenness(adjacency, betweennessN ?? nodes.size);
    for (const node of nodes.values()) node.betweenness = betweenness.get(node.id) ?? 0;
    return { nodes, links, adjacency };
  }

  /**
   * Exact normalised betweenness by brute force: for every unordered pair {s, t} every shortest path
   * is enumerated, and each inner node gets the share of those paths through it; the sum is divided by
   * (n-1)(n-2)/2. Unweighted: a link is one hop whatever its weight.
   */
  static betweenness(adjacency: Map<string, Set<string>>, n: number): Map<string, number> {
    const ids = [...adjacency.keys()].sort();
    const raw = new Map<string, number>(ids.map((id) => [id, 0]));
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const paths = ApiOracle.allShortestPaths(adjacency, ids[i]!, ids[j]!, Infinity);
        if (paths.length === 0) continue;
        for (const path of paths) {
          for (const inner of path.slice(1, -1)) raw.set(inner, raw.get(inner)! + 1 / paths.length);
        }
      }
    }
    const pairs = ((n - 1) * (n - 2)) / 2;
    return new Map([...raw].map(([id, value]) => [id, pairs > 0 ? value / pairs : 0]));
  }

  /** Every shortest path from one node to another (as node ids), when it has at most maxHops links. */
  static allShortestPaths(adjacency: Map<string, Set<string>>, from: string, to: string, maxHops: number): string[][] {
    if (from === to) return [[from]];
    const distance = new Map<string, number>([[from, 0]]);
    const parents = new Map<string, string[]>();
    let frontier = [from];
    while (frontier.length > 0 && !distance.has(to)) {
      const next: string[] = [];
      for (const node of frontier) {
        for (const neighbour of adjacency.get(node) ?? []) {
          if (!distance.has(neighbour)) {
            distance.set(neighbour, distance.get(node)! + 1);
            next.push(neighbour);
          }
          if (distance.get(neighbour) === distance.get(node)! + 1) parents.set(neighbour, [...(parents.get(neighbour) ?? []), node]);
        }
      }
      frontier = next;
    }
    if (!distance.has(to) || distance.get(to)! > maxHops) return [];
    const walk = (node: string): string[][] => (node === from ? [[from]] : (parents.get(node) ?? []).flatMap((p) => walk(p).map((path) => [...path, node])));
    return walk(to);
  }

  /** Shortest paths in the unfiltered network. */
  paths(from: string, to: string, maxHops: number): string[][] {
    return ApiOracle.allShortestPaths(this.network().adjacency, from, to, maxHops);
  }

  // ---- Timeline ----

  private static period(date: string, interval: "YEAR" | "MONTH"): string {
    return interval === "YEAR" ? date.slice(0, 4) : date.slice(0, 7);
  }

  private static nextPeriod(period: string, interval: "YEAR" | "MONTH"): string {
    if (interval === "YEAR") return String(Number(period) + 1);
    const [year, month] = period.split("-").map(Number) as [number, number];
    return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, "0")}`;
  }

  /** When an agreement ended, if it is known and not in the future. */
  endedOn(agreement: FixtureAgreement): string | undefined {
    return agreement.endsOn !== undefined && agreement.endsOn < this.today ? agreement.endsOn : undefined;
  }

  /**
   * Agreements per period: `new` = signed in it, `ended` = their end date (past) falls in it; the
   * totals run from the first period with either to the last, and `cumulative` counts the dated
   * agreements signed by the end of the period and not ended by then (nor marked ended at an unknown
   * date): live at its end, as liveAt says. Undated agreements are counted apart.
   */
  timeline(interval: "YEAR" | "MONTH", filter: { agreementTypes?: string[]; regionCodes?: string[] } = {}): OracleTimeline {
    const agreements = this.fixture.agreements.filter(
      (a) =>
        (!filter.agreementTypes || filter.agreementTypes.includes(a.type)) &&
        (!filter.regionCodes || a.parties.some((p) => filter.regionCodes!.some((code) => this.isIn(this.org(p), code)))),
    );
    const buckets = new Map<string, OracleTimelineBucket>();
    const bucket = (period: string, type: string) => {
      const key = `${period}|${type}`;
      if (!buckets.has(key)) buckets.set(key, { period, type, new: 0, ended: 0 });
      return buckets.get(key)!;
    };
    const dated = agreements.filter((a) => a.signedOn);
    for (const agreement of dated) {
      bucket(ApiOracle.period(agreement.signedOn!, interval), agreement.type).new += 1;
      const ended = this.endedOn(agreement);
      if (ended) bucket(ApiOracle.period(ended, interval), agreement.type).ended += 1;
    }
    const periods = [...buckets.values()].map((b) => b.period).sort();
    const totals: OracleTimelinePeriod[] = [];
    if (periods.length > 0) {
      const last = periods[periods.length - 1]!;
      for (let period = periods[0]!; period <= last; period = ApiOracle.nextPeriod(period, interval)) {
        const inPeriod = [...buckets.values()].filter((b) => b.period === period);
        totals.push({
          period,
          new: inPeriod.reduce((sum, b) => sum + b.new, 0),
          ended: inPeriod.reduce((sum, b) => sum + b.ended, 0),
          cumulative: dated.filter((a) => {
            const ended = this.endedOn(a);
            const endedUnknown = a.status === "ended" && a.endsOn === undefined;
            return ApiOracle.period(a.signedOn!, interval) <= period && !(ended && ApiOracle.period(ended, interval) <= period) && !endedUnknown;
          }).length,
        });
      }
    }
    return {
      buckets: [...buckets.values()].sort((a, b) => a.period.localeCompare(b.period) || a.type.localeCompare(b.type)),
      totals,
      undated: agreements.length - dated.length,
    };
  }

  // ---- Briefing ----

  /** An agreement with at least one party in the region. */
  private agreementIn(agreement: FixtureAgreement, regionCode: string | undefined): boolean {
    return agreement.parties.some((p) => this.isIn(this.org(p), regionCode));
  }

  /**
   * Live at the end of a day (DESIGN.md, "Live agreements at a date"; the timeline's and the
   * briefing's one definition): signed on or before it (one with no signing date is never counted:
   * when it began is unknown), and not ended by then: its end date after the day, or, with no end
   * date, not marked ended (an agreement ended at an unknown date is taken as ended at any date).
   */
  liveAt(agreement: FixtureAgreement, date: string): boolean {
    if (agreement.signedOn === undefined || agreement.signedOn > date) return false;
    if (agreement.endsOn !== undefined) return agreement.endsOn > date;
    return agreement.status !== "ended";
  }

  /**
   * The briefing figures for one period, as this oracle reads their names:
   * - liveAgreements: agreements with a party in the region, live at the period's end (see liveAt);
   * - newAgreements: those signed in the period; endedAgreements: those whose end date falls in it;
   * - activeOrganizations: organisations in the region party to an agreement signed in the period;
   * - newPartnerships: pairs (one of them in the region) whose first common agreement was signed in it;
   * - partneredEnterprises: enterprises in the region with an agreement with an institution live at its end.
   */
  briefingFigures(regionCode: string | undefined, from: string, to: string): Record<string, OracleFigure> {
    const inRegion = this.fixture.agreements.filter((a) => this.agreementIn(a, regionCode));
    const signedIn = (a: FixtureAgreement) => a.signedOn !== undefined && a.signedOn >= from && a.signedOn <= to;
    const live = inRegion.filter((a) => this.liveAt(a, to));
    const created = inRegion.filter(signedIn);
    const ended = inRegion.filter((a) => {
      const end = this.endedOn(a);
      return end !== undefined && end >= from && end <= to;
    });
    const active = new Set(created.flatMap((a) => a.parties).filter((p) => this.isIn(this.org(p), regionCode)));
    const network = this.network();
    const newPartnerships = [...network.links.values()].filter(
      (l) => l.firstOn !== undefined && l.firstOn >= from && l.firstOn <= to && (this.isIn(this.org(l.source), regionCode) || this.isIn(this.org(l.target), regionCode)),
    );
    const partnered = this.fixture.orgs.filter(
      (o) =>
        o.label === "Enterprise" &&
        this.isIn(o, regionCode) &&
        this.fixture.agreements.some((a) => this.liveAt(a, to) && a.parties.includes(o.id) && a.parties.some((p) => this.labelOf(p) === "Institution")),
    );
    return {
      liveAgreements: { value: live.length, facts: live.map((a) => a.id) },
      newAgreements: { value: created.length, facts: created.map((a) => a.id) },
      endedAgreements: { value: ended.length, facts: ended.map((a) => a.id) },
      activeOrganizations: { value: active.size, facts: [...active] },
      newPartnerships: { value: newPartnerships.length, facts: newPartnerships.map((l) => pairKey(l.source, l.target)) },
      partneredEnterprises: { value: partnered.length, facts: partnered.map((o) => o.id) },
    };
  }

  /** Pairs (one of them in the region) with the agreements they signed in the period, most first. */
  partnerships(regionCode: string | undefined, from: string, to: string): { key: string; agreements: number; ids: string[] }[] {
    const counts = new Map<string, string[]>();
    for (const agreement of this.fixture.agreements) {
      if (!(agreement.signedOn && agreement.signedOn >= from && agreement.signedOn <= to)) continue;
      const parties = [...new Set(agreement.parties)];
      for (let i = 0; i < parties.length; i++) {
        for (let j = i + 1; j < parties.length; j++) {
          if (!this.isIn(this.org(parties[i]!), regionCode) && !this.isIn(this.org(parties[j]!), regionCode)) continue;
          const key = pairKey(parties[i]!, parties[j]!);
          counts.set(key, [...(counts.get(key) ?? []), agreement.id]);
        }
      }
    }
    return [...counts].map(([key, ids]) => ({ key, agreements: ids.length, ids })).sort((a, b) => b.agreements - a.agreements || a.key.localeCompare(b.key));
  }

  /** Every source an agreement, organisation, alliance, chain or segment cites. */
  sourcesOfFact(id: string): string[] {
    const agreement = this.fixture.agreements.find((a) => a.id === id);
    if (agreement) return agreement.sources;
    const org = this.orgById.get(id);
    if (org) return org.sources;
    const alliance = this.fixture.alliances.find((a) => a.id === id);
    if (alliance) return alliance.sources;
    return [...this.fixture.chains, ...this.fixture.segments].find((c) => c.id === id)?.sources ?? [];
  }
}

/** Adds days to a YYYY-MM-DD date (negative to go back). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// ---- Plumbing the API tests share (kept apart from the rules above) ----

/** The fixture folder of the API tests. */
export const apiFixtureDir = new URL("../fixtures/api-small/", import.meta.url).pathname;

/** Posts a query and fails the test with the server's messages when it answered with errors. */
export async function queryData<T = Record<string, unknown>>(
  post: (url: string, query: string, variables?: Record<string, unknown>) => Promise<{ status: number; body: { data?: Record<string, unknown>; errors?: { message: string }[] } }>,
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const { status, body } = await post(url, query, variables);
  if (body.errors?.length) throw new Error(`GraphQL errors (HTTP ${status}): ${body.errors.map((e) => e.message).join("; ")}`);
  if (!body.data) throw new Error(`no data (HTTP ${status})`);
  return body.data as T;
}
