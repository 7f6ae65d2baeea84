import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  randomLcg,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3';

/** Everything a layout needs, as plain arrays so it can be posted to a worker. */
export interface LayoutInput {
  readonly count: number;
  /** Link i joins node linkEnds[2i] and linkEnds[2i + 1]. */
  readonly linkEnds: Int32Array;
  readonly linkWeights: Float32Array;
  readonly radii: Float32Array;
  /** Known positions, x then y per node, NaN where unknown: a warm start keeps the picture steady. */
  readonly initial: Float32Array | null;
  /** The same seed and input give the same layout, every time. */
  readonly seed: number;
}

export interface LayoutSettings {
  /** A fixed number of ticks, then the layout stops. */
  readonly ticks: number;
  readonly alpha: number;
  /** Barnes–Hut accuracy: larger is faster and rougher. */
  readonly theta: number;
  /** Repulsion beyond this distance is ignored (cheaper for large networks). */
  readonly distanceMax: number;
  /** Keep circles from overlapping (skipped for large networks, where it costs most). */
  readonly collide: boolean;
}

export const DEFAULT_SEED = 20240601;

/** Fewer ticks and a rougher Barnes–Hut approximation as the network grows; half as many ticks for a warm start. */
export function layoutSettings(count: number, warm: boolean): LayoutSettings {
  const ticks = count > 2000 ? 120 : count > 500 ? 200 : 300;
  return {
    ticks: warm ? Math.round(ticks / 2) : ticks,
    alpha: warm ? 0.35 : 1,
    theta: count > 2000 ? 1.2 : count > 500 ? 1 : 0.9,
    distanceMax: count > 2000 ? 350 : count > 500 ? 600 : Infinity,
    collide: count <= 2000,
  };
}

export interface ForceLayout {
  /** Runs up to `ticks` more ticks; true once the fixed number is done. */
  step(ticks: number): boolean;
  /** x then y per node, updated by step. */
  readonly positions: Float32Array;
  readonly settings: LayoutSettings;
  ticksDone(): number;
}

interface LayoutNode extends SimulationNodeDatum {
  readonly index: number;
  readonly radius: number;
}

/**
 * d3-force with seeded randomness: nodes keep known positions; a new node starts beside a placed
 * neighbour (seeded jitter), or in d3's phyllotaxis spiral when it has none, so the strongest
 * nodes (first in the API's order) start in the middle.
 */
export function createForceLayout(input: LayoutInput): ForceLayout {
  const random = randomLcg(input.seed);
  const { count, linkEnds, linkWeights, radii, initial } = input;
  const known = initial === null ? 0 : countKnown(initial, count);
  const warm = count > 0 && known >= count / 2;
  const settings = layoutSettings(count, warm);

  const nodes: LayoutNode[] = Array.from({ length: count }, (_, index) => ({ index, radius: radii[index] ?? 3 }));
  if (initial !== null) placeNodes(nodes, initial, linkEnds, random);

  const links: SimulationLinkDatum<LayoutNode>[] = [];
  const degree = new Uint32Array(count);
  for (let i = 0; i < linkEnds.length / 2; i += 1) {
    const source = linkEnds[2 * i]!;
    const target = linkEnds[2 * i + 1]!;
    links.push({ source, target, index: i });
    degree[source]! += 1;
    degree[target]! += 1;
  }

  const simulation = forceSimulation<LayoutNode>(nodes)
    .randomSource(random)
    .alpha(settings.alpha)
    .alphaDecay(1 - Math.pow(0.001 / settings.alpha, 1 / settings.ticks))
    .velocityDecay(0.4)
    .force(
      'link',
      forceLink<LayoutNode, SimulationLinkDatum<LayoutNode>>(links)
        .distance((link) => 24 + endRadius(link.source) + endRadius(link.target))
        .strength((link) => {
          const weight = linkWeights[link.index ?? 0] ?? 1;
          const ends = Math.min(degree[endIndex(link.source)]!, degree[endIndex(link.target)]!);
          return Math.min(1, (0.6 + 0.2 * Math.min(weight, 3)) / Math.max(1, ends));
        }),
    )
    .force(
      'charge',
      forceManyBody<LayoutNode>()
        .strength((node) => -24 - 2.5 * node.radius)
        .theta(settings.theta)
        .distanceMax(settings.distanceMax),
    )
    // Many cooperation networks fall into many small pieces: a gentle pull keeps them together.
    .force('x', forceX<LayoutNode>(0).strength(0.05))
    .force('y', forceY<LayoutNode>(0).strength(0.05))
    .stop();
  if (settings.collide) simulation.force('collide', forceCollide<LayoutNode>((node) => node.radius + 1.5).strength(0.7));

  const positions = new Float32Array(2 * count);
  const copy = () => {
    for (const node of nodes) {
      positions[2 * node.index] = node.x ?? 0;
      positions[2 * node.index + 1] = node.y ?? 0;
    }
  };
  copy();
  let done = 0;
  return {
    positions,
    settings,
    ticksDone: () => done,
    step(ticks) {
      const run = Math.max(0, Math.min(ticks, settings.ticks - done));
      if (run > 0) simulation.tick(run);
      done += run;
      copy();
      return done >= settings.ticks;
    },
  };
}

function endRadius(end: LayoutNode | string | number): number {
  return typeof end === 'object' ? end.radius : 0;
}

function endIndex(end: LayoutNode | string | number): number {
  return typeof end === 'object' ? end.index : Number(end);
}

function countKnown(initial: Float32Array, count: number): number {
  let known = 0;
  for (let i = 0; i < count; i += 1) if (Number.isFinite(initial[2 * i]) && Number.isFinite(initial[2 * i + 1])) known += 1;
  return known;
}

/** Known nodes at their positions; new nodes beside a placed neighbour, a little apart. */
function placeNodes(nodes: LayoutNode[], initial: Float32Array, linkEnds: Int32Array, random: () => number): void {
  const placed = new Uint8Array(nodes.length);
  for (const node of nodes) {
    const x = initial[2 * node.index];
    const y = initial[2 * node.index + 1];
    if (x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y)) {
      node.x = x;
      node.y = y;
      placed[node.index] = 1;
    }
  }
  // Two passes, so a chain of new nodes hanging off a placed one also finds a place.
  for (let pass = 0; pass < 2; pass += 1) {
    for (let i = 0; i < linkEnds.length / 2; i += 1) {
      const a = linkEnds[2 * i]!;
      const b = linkEnds[2 * i + 1]!;
      const [from, to] = placed[a] && !placed[b] ? [a, b] : placed[b] && !placed[a] ? [b, a] : [-1, -1];
      if (from < 0) continue;
      const angle = random() * 2 * Math.PI;
      const distance = 20 + random() * 20;
      nodes[to]!.x = nodes[from]!.x! + distance * Math.cos(angle);
      nodes[to]!.y = nodes[from]!.y! + distance * Math.sin(angle);
      placed[to] = 1;
    }
  }
}
