// Generated from server/graphql/api.graphql by server/graphql/write-api-types.ts: do not edit.
// Regenerate with `npm run codegen`; a unit test fails when this file is stale.
// Answers are plain JSON: a nullable field is null (never absent), an input's nullable field may be left out.

/** The arguments of Query.chainCoverage. */
export interface ChainCoverageArgs {
  chainId: string;
  regionCode?: string | null;
}

/** The arguments of Query.coverageMatrix. */
export interface CoverageMatrixArgs {
  regionLevel?: string | null;
  withinRegion?: string | null;
  chainIds?: string[] | null;
}

/** The arguments of Query.gapList. */
export interface GapListArgs {
  regionCode: string;
  candidatesPerSegment?: number | null;
}

/** The arguments of Query.regionFigures. */
export interface RegionFiguresArgs {
  regionLevel?: string | null;
  withinRegion?: string | null;
}

/** The arguments of Query.network. */
export interface NetworkArgs {
  filter?: NetworkFilter | null;
}

/** The arguments of Query.orgProfile. */
export interface OrgProfileArgs {
  id: string;
}

/** The arguments of Query.path. */
export interface PathArgs {
  fromId: string;
  toId: string;
  maxHops?: number | null;
}

/** The arguments of Query.search. */
export interface SearchArgs {
  text: string;
  limit?: number | null;
}

/** The arguments of Query.timeline. */
export interface TimelineArgs {
  filter?: TimelineFilter | null;
  interval?: TimelineInterval | null;
}

/** The arguments of Query.briefing. */
export interface BriefingArgs {
  regionCode?: string | null;
  from: string;
  to: string;
}

/** The arguments of Query.reviewQueue. */
export interface ReviewQueueArgs {
  limit?: number | null;
}

/** The arguments of Mutation.reviewAgreement. */
export interface ReviewAgreementArgs {
  id: string;
  decision: ReviewDecision;
  correction?: AgreementCorrection | null;
}

export type ReviewDecision = "APPROVE" | "CORRECT" | "REJECT";
export const reviewDecisionValues: readonly ReviewDecision[] = ["APPROVE", "CORRECT", "REJECT"];

/** Fields a reviewer may correct; absent fields stay as they are. */
export interface AgreementCorrection {
  type?: string | null;
  title?: string | null;
  signedOn?: string | null;
  endsOn?: string | null;
  status?: string | null;
}

export interface ReviewedAgreement {
  id: string;
  type: string;
  title: string | null;
  signedOn: string | null;
  endsOn: string | null;
  status: string | null;
  /** approved, corrected or rejected */
  reviewStatus: string;
}

export interface ReviewItem {
  agreement: AgreementSummary;
  evidence: Evidence[];
  /** Lowest confidence of the evidence. */
  confidence: number | null;
}

export type OrganizationLabel = "Institution" | "Enterprise" | "Government";
export const organizationLabelValues: readonly OrganizationLabel[] = ["Institution", "Enterprise", "Government"];

export type TimelineInterval = "MONTH" | "YEAR";
export const timelineIntervalValues: readonly TimelineInterval[] = ["MONTH", "YEAR"];

/** Which links a network filtered by regions keeps. */
export type NetworkLinkRule = "ONE_END" | "BOTH_ENDS";
export const networkLinkRuleValues: readonly NetworkLinkRule[] = ["ONE_END", "BOTH_ENDS"];

export interface OrgRef {
  id: string;
  name: string;
  nameZh: string | null;
  /** Institution, Enterprise or Government */
  label: string;
  kind: string | null;
  regionCode: string | null;
}

export interface ChainRef {
  id: string;
  name: string;
  nameZh: string | null;
  scope: string | null;
  regionCode: string | null;
}

export interface SegmentRef {
  id: string;
  name: string;
  nameZh: string | null;
  stage: string | null;
  order: number | null;
}

export interface RegionRef {
  code: string;
  name: string;
  nameZh: string | null;
  level: string | null;
  lat: number | null;
  lon: number | null;
}

export interface SourceRef {
  id: string;
  kind: string | null;
  url: string | null;
  title: string | null;
  publisher: string | null;
  publishedOn: string | null;
}

/** A source and the sentence of it that states the fact. */
export interface Evidence {
  source: SourceRef;
  quote: string | null;
  offset: number | null;
  confidence: number | null;
}

export interface AgreementSummary {
  id: string;
  type: string;
  title: string | null;
  signedOn: string | null;
  endsOn: string | null;
  status: string | null;
  /** Live unless its status is ended or its end date has passed. */
  live: boolean;
  reviewStatus: string | null;
  students: number | null;
  positions: number | null;
  enterprises: number | null;
  parties: OrgRef[];
  serves: ChainTargetRef[];
  sources: Evidence[];
}

/** A chain or a segment of one that an agreement or alliance serves. */
export interface ChainTargetRef {
  id: string;
  name: string;
  nameZh: string | null;
  /** IndustryChain or ChainSegment */
  kind: string;
  /** The chain, for a segment. */
  chainId: string | null;
}

export interface ChainCoverage {
  chain: ChainRef;
  /** The region judged: the one asked for, or for a chain with a place and no region asked, its place. Absent for the whole country. */
  region: RegionRef | null;
  /** Covered segments / segments of the chain; absent when the chain has no segments recorded (not 0: nothing is known). */
  segmentCoverage: number | null;
  /** Partnered enterprises in the region operating in the chain / enterprises in the region operating in it (0 when none). */
  enterpriseCoverage: number;
  /** Whether any segment of the chain is recorded; when not, the view says 'segments not recorded'. */
  segmentsRecorded: boolean;
  segmentCount: number;
  coveredSegmentCount: number;
  enterpriseCount: number;
  partneredEnterpriseCount: number;
  segments: SegmentCoverage[];
  /** Enterprises in the region operating in the chain with no live agreement with an institution. */
  uncoveredEnterprises: OrgRef[];
}

export interface SegmentCoverage {
  segment: SegmentRef;
  covered: boolean;
  /** Enterprises in the region operating in this segment. */
  enterprises: number;
  /** Of those, the partnered ones. */
  coveredEnterprises: number;
  /** The enterprises in the region operating in this segment with no live agreement with an institution. */
  unpartneredEnterprises: OrgRef[];
  /** Why it is covered: partnered enterprises here, and agreements or alliances serving it with a party or member here. */
  coveredBy: CoverageReason[];
  /** For an uncovered segment: institutions that could fill it, strongest reason first (DESIGN.md, 'Coverage, precisely'), at most 10. */
  candidates: Candidate[];
}

export interface CoverageReason {
  /** partnered_enterprise, serving_agreement or serving_alliance */
  kind: string;
  id: string;
  name: string | null;
}

/** An institution that could fill an uncovered segment, with its strongest reason and the facts behind it. */
export interface Candidate {
  institution: OrgRef;
  /** segment_partner (live agreements with enterprises of this segment), chain_partner (with enterprises of other segments of the chain), chain_alliance (member of an alliance, or party to a live agreement, serving the chain or one of its segments) or regional_fit (a vocational college or university in the region). */
  reason: string;
  /** 1 for segment_partner … 4 for regional_fit: lower is stronger, and candidates are listed by it first. */
  tier: number;
  /** Where it lies relative to the gap: same_prefecture (a prefecture where the segment's enterprises in the region are, or the region itself when it is a prefecture), same_province, or elsewhere. */
  distance: string;
  /** How many facts of its reason it has (agreements, alliances): more ranks first within a tier and distance. */
  strength: number;
  /** The facts behind the reason, each with its sources (at most 5; strength counts them all). */
  evidence: CandidateEvidence[];
  /** Live agreements it holds with enterprises operating in the segment (tier 1's strength; 0 for the other tiers). */
  agreements: number;
  /** Whether it lies in the region judged (always true for the whole country). */
  inRegion: boolean;
}

export interface CandidateEvidence {
  /** agreement, alliance or institution (for regional_fit: the institution's own record, with the sources of where it is) */
  kind: string;
  id: string;
  name: string | null;
  /** For an agreement: the enterprise of the chain it was made with. */
  enterprise: OrgRef | null;
  /** For an agreement: the segment that enterprise operates in (this segment for tier 1, another of the chain for tier 2). */
  segment: SegmentRef | null;
  sources: SourceRef[];
}

/** A planner's gap list for one region. */
export interface GapList {
  region: RegionRef;
  /** The chains judged in the region (national chains, and chains whose place contains the region or lies inside it), weakest segment coverage first; chains without recorded segments last. */
  chains: ChainGaps[];
}

export interface ChainGaps {
  chain: ChainRef;
  segmentsRecorded: boolean;
  /** Absent when no segments are recorded. */
  segmentCoverage: number | null;
  enterpriseCoverage: number;
  segmentCount: number;
  coveredSegmentCount: number;
  enterpriseCount: number;
  partneredEnterpriseCount: number;
  uncoveredSegments: SegmentGap[];
  /** Enterprises in the region operating in the chain with no live agreement with an institution. */
  unpartneredEnterprises: OrgRef[];
}

export interface SegmentGap {
  segment: SegmentRef;
  /** Enterprises in the region operating in this segment (none of them partnered, or it would be covered). */
  enterprises: OrgRef[];
  /** The best candidates, as chainCoverage ranks them. */
  candidates: Candidate[];
}

export interface CoverageMatrix {
  regionLevel: string;
  chains: ChainRef[];
  regions: RegionRef[];
  cells: CoverageCell[];
}

/** One chain in one region. A chain with a place (a provincial or city chain) has cells only where the region contains its place or lies inside it, and counts only what is in both. */
export interface CoverageCell {
  chainId: string;
  regionCode: string;
  /** Absent when the chain has no segments recorded. */
  segmentCoverage: number | null;
  enterpriseCoverage: number;
  segmentCount: number;
  coveredSegmentCount: number;
  enterpriseCount: number;
  partneredEnterpriseCount: number;
}

/** One region's figures on the map. Rejected agreements count nowhere. */
export interface RegionFigures {
  regionCode: string;
  institutions: number;
  /** Institutions party to a live agreement that also has an enterprise as a party. */
  partneredInstitutions: number;
  enterprises: number;
  /** Enterprises party to a live agreement that also has an institution as a party (as coverage counts them). */
  partneredEnterprises: number;
  governments: number;
  /** Agreements with at least one party in the region, whatever their dates. */
  agreements: number;
}

export interface NetworkFilter {
  /** Organisations in these regions (GB/T 2260 codes); a province includes its prefectures and counties. Which links are kept: linkRule. */
  regionCodes?: string[] | null;
  /** With regionCodes: keep links with both ends in the regions (BOTH_ENDS, the default) or at least one (ONE_END). */
  linkRule?: NetworkLinkRule | null;
  labels?: OrganizationLabel[] | null;
  /** Only links made by agreements of these types. */
  agreementTypes?: string[] | null;
  /** Only links made by agreements serving these chains (or their segments), or with an enterprise party operating in them. */
  chainIds?: string[] | null;
  /** Only links made by agreements signed on or after this date. */
  from?: string | null;
  /** Only links made by agreements signed on or before this date. */
  to?: string | null;
  /** Only live agreements. */
  liveOnly?: boolean | null;
  /** Most nodes to return (default 500, at most 5000); beyond it the strongest part of the network is kept. */
  limit?: number | null;
}

export interface Network {
  nodes: NetworkNode[];
  links: NetworkLink[];
  /** True when the node limit cut the network to its strongest part. */
  truncated: boolean;
  totalNodes: number;
  totalLinks: number;
  betweenness: BetweennessMethod;
  communities: number;
  modularity: number | null;
  /** True when the figures come from stored metrics computed before the graph's last change: a recompute is due or under way (metricsStatus). */
  metricsStale: boolean;
  /** When the stored metrics this network was read from were computed; absent when it was computed for this request. */
  metricsComputedAt: string | null;
}

/** The stored metrics and their recompute (server/metrics/): computed after every change, read by the views. */
export interface MetricsStatus {
  /** idle, waiting (the graph changed and a recompute is about to start) or running. */
  state: string;
  /** The graph's change counter. */
  graphVersion: number;
  /** The graph version the published metrics were computed from; absent before the first recompute. */
  metricsGraphVersion: number | null;
  /** True when the graph has changed since the published metrics were computed. */
  stale: boolean;
  computedAt: string | null;
  /** How long the last recompute took, in milliseconds. */
  lastDurationMs: number | null;
  /** While running: reading, computing, coverage, writing or publishing. */
  phase: string | null;
  /** While running: done so far, from 0 to 1. */
  progress: number | null;
  /** The last recompute's failure, if it failed. */
  lastError: string | null;
}

export interface NetworkNode {
  id: string;
  name: string;
  nameZh: string | null;
  label: string;
  kind: string | null;
  regionCode: string | null;
  degree: number;
  weightedDegree: number;
  betweenness: number;
  /** Louvain community of the network the metrics are computed over, numbered from 1 by size (1 is the largest); -1 when it is in none. */
  community: number;
  /** True for a partner outside the filter's regions, there because a link with one end inside reaches it (linkRule ONE_END). */
  outsideRegions: boolean;
}

export interface NetworkLink {
  source: string;
  target: string;
  weight: number;
  firstOn: string | null;
  lastOn: string | null;
}

export interface BetweennessMethod {
  /** exact or sampled */
  method: string;
  /** Source nodes sampled, for a sampled estimate. */
  sampleSize: number | null;
}

export interface OrgProfile {
  organization: OrgRef;
  aliases: string[];
  region: RegionRef | null;
  agreements: AgreementSummary[];
  partners: Partner[];
  /** Chains it operates in (an enterprise) or that its agreements serve. */
  chains: ChainRef[];
  segments: SegmentRef[];
  alliances: AllianceRef[];
  sources: Evidence[];
  /** Its metrics in the whole cooperation network. */
  metrics: OrgMetrics;
  /** It, its partners and the links among them. */
  egoNetwork: Network;
}

export interface Partner {
  organization: OrgRef;
  agreements: number;
  firstOn: string | null;
  lastOn: string | null;
}

export interface AllianceRef {
  id: string;
  name: string;
  nameZh: string | null;
  foundedOn: string | null;
  role: string | null;
}

export interface OrgMetrics {
  degree: number;
  weightedDegree: number;
  betweenness: number;
  community: number;
  /** Rank by betweenness in the whole network, 1 = most central. */
  betweennessRank: number;
  betweennessMethod: BetweennessMethod;
  /** True when these come from stored metrics computed before the graph's last change. */
  metricsStale: boolean;
}

export interface PathResult {
  from: OrgRef | null;
  to: OrgRef | null;
  /** Links in each shortest path; absent when none within maxHops. */
  hops: number | null;
  paths: CooperationPath[];
}

export interface CooperationPath {
  nodes: OrgRef[];
  steps: PathStep[];
}

export interface PathStep {
  source: string;
  target: string;
  weight: number;
  /** The agreements that make this link, most recent first (at most 5). */
  agreements: AgreementSummary[];
}

export interface SearchHit {
  id: string;
  /** Institution, Enterprise, Government, Alliance or IndustryChain */
  kind: string;
  name: string;
  nameZh: string | null;
  regionCode: string | null;
  score: number;
}

export interface TimelineFilter {
  regionCodes?: string[] | null;
  agreementTypes?: string[] | null;
  chainIds?: string[] | null;
  from?: string | null;
  to?: string | null;
}

export interface Timeline {
  interval: TimelineInterval;
  /** One entry per period and agreement type with any agreement signed or ended. */
  buckets: TimelineBucket[];
  /** One entry per period from the first to the last, all types together. */
  totals: TimelinePeriod[];
  /** Agreements with no signing date, which no period can hold. */
  undated: number;
}

export interface TimelineBucket {
  period: string;
  type: string;
  new: number;
  ended: number;
}

export interface TimelinePeriod {
  period: string;
  new: number;
  ended: number;
  /** Live agreements at the end of the period. */
  cumulative: number;
}

export interface Briefing {
  region: RegionRef | null;
  from: string;
  to: string;
  /** The period of the same length just before. */
  previousFrom: string;
  previousTo: string;
  /** The region's agreements (a party in it, not rejected), all dates. */
  regionAgreements: number;
  /** Of those, the ones without a signing date: never counted live at a date (DESIGN.md, "Live agreements at a date"). */
  undatedAgreements: number;
  figures: BriefingFigure[];
  topPartnerships: Partnership[];
  centralOrganizations: CentralOrganization[];
  coverageGaps: CoverageGap[];
  /** Every source cited above, once, for footnotes. */
  sources: SourceRef[];
}

export interface BriefingFigure {
  /** liveAgreements, newAgreements, endedAgreements, activeOrganizations, newPartnerships, partneredEnterprises */
  key: string;
  value: number;
  previous: number;
  change: number;
  /** Sources of the facts counted (at most 10). */
  sourceIds: string[];
}

export interface Partnership {
  a: OrgRef;
  b: OrgRef;
  /** Agreements the two signed in the period. */
  agreements: number;
  sourceIds: string[];
}

export interface CentralOrganization {
  organization: OrgRef;
  /** 1 for the most central (highest betweenness), and so on down the list. */
  rank: number;
  betweenness: number;
  degree: number;
  /** The region's agreements it is party to (all dates): its share is this over Briefing.regionAgreements. */
  agreements: number;
  /** How many distinct groups (communities of the region's network) its partners belong to. */
  partnerGroups: number;
  sourceIds: string[];
}

export interface CoverageGap {
  chain: ChainRef;
  /** Absent when the chain has no segments recorded. */
  segmentCoverage: number | null;
  enterpriseCoverage: number;
  uncoveredSegments: SegmentRef[];
  uncoveredEnterpriseCount: number;
  sourceIds: string[];
}
