import { buildCollaborationGraph, type CollaborationGraph, type CollaborationLinkInput } from "../server/analytics/collaboration-graph.ts";
import { enterpriseActivity, institutionActivity } from "../server/generate/degrees.ts";
import { createRandom, WeightedSampler, type Random } from "../server/random.ts";
import { tuning } from "../server/generate/scales.ts";
import type { OrganizationLabel } from "../server/model/network-types.ts";

/**
 * A collaboration graph shaped like the national one, for timing the analytics at sizes the
 * sample data never reaches. Same seed, same graph: nodes, edges, their order and their weights.
 */

export interface SyntheticOrganization {
  label: OrganizationLabel;
}

export type SyntheticCollaborationGraph = CollaborationGraph<SyntheticOrganization>;

export interface SyntheticGraphOptions {
  /** Organisations. */
  nodes: number;
  /** Default 1. */
  seed?: number;
  /** Links per node, counted at both ends. Default that of the national data, about 22.7. */
  averageDegree?: number;
}

/** The national data: 70,399 organisations, 800,440 links. */
export const NATIONAL_AVERAGE_DEGREE = (2 * 800_440) / 70_399;

/** Shares of the organisations; enterprises are the rest (about 96 %). */
export const LABEL_SHARES = { Institution: 0.03, Government: 0.01 } as const;

type LinkKind = readonly [OrganizationLabel, OrganizationLabel];

/**
 * Who collaborates with whom, as shares of the links: nearly every agreement pairs a school with a
 * company, the rest bring in a government body, a second school, or (rarely) a second company.
 */
export const LINK_KIND_SHARES: readonly (readonly [LinkKind, number])[] = [
  [["Institution", "Enterprise"], 0.92],
  [["Government", "Institution"], 0.03],
  [["Government", "Enterprise"], 0.02],
  [["Institution", "Institution"], 0.02],
  [["Enterprise", "Enterprise"], 0.01],
];

/** Mainland China's provincial divisions: organisations mostly partner within their own. */
export const PROVINCES = 31;

/**
 * A tiny graph cannot hold `averageDegree` distinct links among its hubs: give up after this many
 * draws per wanted link rather than loop forever.
 */
const drawsPerLinkLimit = 50;

/** Node ids sort in node order, which keeps test failures readable. */
const nodeId = (index: number, width: number): string => `o${String(index).padStart(width, "0")}`;

/**
 * An undirected graph of `nodes` organisations — `label` Institution (~3 %), Government (~1 %),
 * Enterprise (the rest) — built by the project's own `buildCollaborationGraph`, so it has the
 * shape and `weight` edge attribute the analytics read.
 *
 * Every organisation gets one link first, as in the real network, where an organisation appears
 * only through an agreement. The other links join two organisations drawn in proportion to a
 * log-normal activity (the data generator's own, `server/generate/degrees.ts`), so a few hubs
 * hold thousands of links and most organisations a handful. Organisations are spread over
 * `PROVINCES` provinces and the second party of a link is from the first one's province with the
 * data generator's `localShare`: without that regional structure Louvain would face a graph with
 * no communities to find, and its timing would say little. A pair drawn again is one more
 * agreement between them: its weight grows, and drawing goes on until the graph has the wanted
 * number of distinct links, so weights are mostly 1 and larger between hubs.
 *
 * Cost: O(m log n) draws and one Map of m pair keys, then the graph build, O(n + m).
 */
export function syntheticCollaborationGraph(options: SyntheticGraphOptions): SyntheticCollaborationGraph {
  const { nodes, seed = 1, averageDegree = NATIONAL_AVERAGE_DEGREE } = options;
  if (!Number.isInteger(nodes) || nodes < 3) throw new RangeError(`syntheticCollaborationGraph: nodes must be a whole number ≥ 3, not ${nodes}`);
  if (!(averageDegree > 0)) throw new RangeError(`syntheticCollaborationGraph: averageDegree must be positive, not ${averageDegree}`);

  const groups = labelGroups(nodes);
  const random = createRandom(seed, "bench-collaboration-graph");
  const samplers = activitySamplers(groups, random);
  const links = new LinkSet(nodes, Math.round((nodes * averageDegree) / 2));

  linkEveryOrganization(groups, samplers, random, links);
  linkByActivity(samplers, random, links);

  const width = String(nodes - 1).length;
  return buildCollaborationGraph<SyntheticOrganization>(
    Array.from({ length: nodes }, (_, i) => ({ id: nodeId(i, width), label: labelOf(groups, i) })),
    links.toInputs((i) => nodeId(i, width)),
  );
}

/** Node index ranges per label: institutions first, then governments, then enterprises. */
interface LabelGroups {
  Institution: { start: number; count: number };
  Government: { start: number; count: number };
  Enterprise: { start: number; count: number };
}

function labelGroups(nodes: number): LabelGroups {
  const institutions = Math.max(1, Math.round(nodes * LABEL_SHARES.Institution));
  const governments = Math.max(1, Math.round(nodes * LABEL_SHARES.Government));
  return {
    Institution: { start: 0, count: institutions },
    Government: { start: institutions, count: governments },
    Enterprise: { start: institutions + governments, count: nodes - institutions - governments },
  };
}

function labelOf(groups: LabelGroups, index: number): OrganizationLabel {
  if (index < groups.Government.start) return "Institution";
  return index < groups.Enterprise.start ? "Government" : "Enterprise";
}

const provinceOf = (index: number): number => index % PROVINCES;

/** Draws node indices from a set of members in proportion to their activity. */
class ActivitySampler {
  private readonly sampler: WeightedSampler;

  constructor(
    private readonly members: readonly number[],
    activityOf: (member: number) => number,
  ) {
    this.sampler = new WeightedSampler(members.map(activityOf));
  }

  get empty(): boolean {
    return this.members.length === 0;
  }

  draw(random: Random): number {
    const drawn = this.sampler.draw(random);
    // Every activity zero (a tiny graph, or a province of idle enterprises): any member will do.
    return this.members[drawn >= 0 ? drawn : Math.floor(random.next() * this.members.length)] as number;
  }
}

/** One label's organisations: all of them, and those of each province. */
interface LabelSamplers {
  all: ActivitySampler;
  byProvince: ActivitySampler[];
}

type Samplers = Record<OrganizationLabel, LabelSamplers>;

function activitySamplers(groups: LabelGroups, random: Random): Samplers {
  const samplersOf = ({ start, count }: { start: number; count: number }, activity: () => number): LabelSamplers => {
    const activities = Float64Array.from({ length: count }, activity);
    const activityOf = (member: number) => activities[member - start] as number;
    const members = Array.from({ length: count }, (_, i) => start + i);
    return {
      all: new ActivitySampler(members, activityOf),
      byProvince: Array.from(
        { length: PROVINCES },
        (_, province) => new ActivitySampler(members.filter((member) => provinceOf(member) === province), activityOf),
      ),
    };
  };
  return {
    // The kind factor and capital bonus of the data generator shift an institution's activity by a
    // constant; with no kinds and no capital here, a university outside the capital is the neutral case.
    Institution: samplersOf(groups.Institution, () => institutionActivity(random, "university", false)),
    Government: samplersOf(groups.Government, () => random.logNormal(0, 1)),
    Enterprise: samplersOf(groups.Enterprise, () => enterpriseActivity(random)),
  };
}

/** A partner for `organization`: from its own province with the data generator's `localShare`. */
function drawPartner(organization: number, partners: LabelSamplers, random: Random): number {
  const local = partners.byProvince[provinceOf(organization)] as ActivitySampler;
  return !local.empty && random.chance(tuning.localShare) ? local.draw(random) : partners.all.draw(random);
}

/** Institutions partner with enterprises, governments and enterprises with institutions. */
function linkEveryOrganization(groups: LabelGroups, samplers: Samplers, random: Random, links: LinkSet): void {
  for (const label of ["Institution", "Government", "Enterprise"] as const) {
    const partners = samplers[label === "Institution" ? "Enterprise" : "Institution"];
    const { start, count } = groups[label];
    for (let i = start; i < start + count && !links.full; i++) links.add(i, drawPartner(i, partners, random));
  }
}

function linkByActivity(samplers: Samplers, random: Random, links: LinkSet): void {
  const kinds = LINK_KIND_SHARES.map(([kind]) => kind);
  const kindSampler = new WeightedSampler(LINK_KIND_SHARES.map(([, share]) => share));
  const drawLimit = drawsPerLinkLimit * links.capacity;
  for (let draws = 0; !links.full && draws < drawLimit; draws++) {
    const [a, b] = kinds[kindSampler.draw(random)] as LinkKind;
    const first = samplers[a].all.draw(random);
    links.add(first, drawPartner(first, samplers[b], random));
  }
}

/**
 * Distinct undirected pairs with their agreement counts, in the order first drawn. Pairs are keyed
 * by a number rather than a string: a million string keys would dominate the generator's time.
 */
class LinkSet {
  private readonly edgeByPair = new Map<number, number>();
  private readonly ends: Int32Array;
  private readonly weights: Int32Array;
  private size = 0;

  constructor(
    private readonly nodes: number,
    readonly capacity: number,
  ) {
    this.ends = new Int32Array(2 * capacity);
    this.weights = new Int32Array(capacity);
  }

  get full(): boolean {
    return this.size >= this.capacity;
  }

  /** A repeat adds an agreement to its pair; a self-pair is no collaboration and is dropped. */
  add(a: number, b: number): void {
    if (a === b) return;
    const key = a < b ? a * this.nodes + b : b * this.nodes + a;
    const edge = this.edgeByPair.get(key);
    if (edge !== undefined) {
      this.weights[edge] = (this.weights[edge] as number) + 1;
      return;
    }
    if (this.full) return;
    this.edgeByPair.set(key, this.size);
    this.ends[2 * this.size] = a;
    this.ends[2 * this.size + 1] = b;
    this.weights[this.size] = 1;
    this.size++;
  }

  toInputs(idOf: (index: number) => string): CollaborationLinkInput[] {
    return Array.from({ length: this.size }, (_, e) => ({
      source: idOf(this.ends[2 * e] as number),
      target: idOf(this.ends[2 * e + 1] as number),
      weight: this.weights[e] as number,
    }));
  }
}
