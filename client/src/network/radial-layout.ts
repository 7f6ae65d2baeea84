import { randomLcg } from 'd3';

/** What the radial layout reads: the links, the circles' sizes, the centre and a seed. */
export interface RadialInput {
  readonly count: number;
  /** Link i joins node linkEnds[2i] and linkEnds[2i + 1]. */
  readonly linkEnds: Int32Array;
  readonly radii: Float32Array;
  /** The organisation in the middle; rings hold those 1, 2, 3 … links away. */
  readonly centre: number;
  readonly seed: number;
}

/** The least gap between two rings, and between neighbours on a ring, in layout units. */
export const RING_GAP = 90;
const NEIGHBOUR_GAP = 4;

/**
 * Hops from `centre` along the links (breadth first), -1 where no path leads.
 *
 * Cost: O(n + m).
 */
export function hopDistances(count: number, linkEnds: Int32Array, centre: number): Int32Array {
  const adjacency = neighbours(count, linkEnds);
  const hops = new Int32Array(count).fill(-1);
  if (centre < 0 || centre >= count) return hops;
  hops[centre] = 0;
  const queue = [centre];
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head]!;
    for (const next of adjacency[node]!) {
      if (hops[next] !== -1) continue;
      hops[next] = hops[node]! + 1;
      queue.push(next);
    }
  }
  return hops;
}

/**
 * Concentric rings around one organisation: it at (0, 0), its partners on the first ring, their
 * partners on the second, and so on; organisations no path reaches on one last ring outside,
 * piece by piece so their own links stay short. A
 * ring's radius grows with its hop distance (and with how many circles it must hold); on a ring,
 * each organisation sits near the one that brought it in (its parent on the inner ring), so
 * branches stay together. The seed turns the first ring (and the last) by its own angle; each
 * ring further out is turned to face its parents: the same seed, the same picture.
 *
 * Cost: O(n log n + m).
 */
export function radialLayout(input: RadialInput): Float32Array {
  const { count, linkEnds, radii, seed } = input;
  const positions = new Float32Array(2 * count);
  if (count === 0) return positions;
  const centre = input.centre >= 0 && input.centre < count ? input.centre : 0;
  const hops = hopDistances(count, linkEnds, centre);
  const adjacency = neighbours(count, linkEnds);
  const random = randomLcg(seed);

  // Rings by hop; the unreached form the last one.
  const deepest = hops.reduce((max, h) => Math.max(max, h), 0);
  const rings: number[][] = Array.from({ length: deepest + 2 }, () => []);
  for (let i = 0; i < count; i += 1) rings[hops[i]! < 0 ? deepest + 1 : hops[i]!]!.push(i);

  const angle = new Float64Array(count);
  let radius = 0;
  let widest = radii[centre] ?? 0;
  for (let ring = 1; ring < rings.length; ring += 1) {
    const members = rings[ring]!;
    if (members.length === 0) continue;
    // The parent's angle: the first neighbour on the ring inside (unreached nodes keep their order).
    const parentAngle = (node: number): number => {
      for (const next of adjacency[node]!) if (hops[next] === ring - 1) return angle[next]!;
      return 0;
    };
    const unreached = hops[members[0]!]! < 0;
    const keyed = unreached
      ? componentOrder(members, adjacency).map((node, k) => ({ node, key: k }))
      : members.map((node) => ({ node, key: ring === 1 ? node : parentAngle(node) }));
    keyed.sort((a, b) => a.key - b.key || a.node - b.node);
    const ringWidest = members.reduce((max, node) => Math.max(max, radii[node] ?? 0), 0);
    // Far enough out from the ring inside, and long enough to hold its circles side by side.
    const circumference = members.reduce((sum, node) => sum + 2 * (radii[node] ?? 0) + NEIGHBOUR_GAP, 0);
    radius = Math.max(radius + RING_GAP + widest + ringWidest, circumference / (2 * Math.PI));
    widest = ringWidest;
    // The first ring and the unreached are turned by the seed; a ring of children is turned so
    // that, on average, each child faces its parent (the circular mean of their differences).
    const drawn = random() * 2 * Math.PI;
    const aligned = ring > 1 && hops[members[0]!]! > 0;
    let sin = 0;
    let cos = 0;
    if (aligned) {
      keyed.forEach(({ key }, k) => {
        sin += Math.sin(key - (2 * Math.PI * k) / members.length);
        cos += Math.cos(key - (2 * Math.PI * k) / members.length);
      });
    }
    const turn = aligned && (sin !== 0 || cos !== 0) ? Math.atan2(sin, cos) : drawn;
    keyed.forEach(({ node }, k) => {
      const a = turn + (2 * Math.PI * k) / members.length;
      angle[node] = ((a % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
      positions[2 * node] = radius * Math.cos(a);
      positions[2 * node + 1] = radius * Math.sin(a);
    });
  }
  positions[2 * centre] = 0;
  positions[2 * centre + 1] = 0;
  return positions;
}

/**
 * The nodes no path from the centre reaches, piece by piece (each connected piece breadth first
 * from its lowest index), so that on the outer ring linked organisations sit side by side and
 * their links stay short instead of crossing the picture.
 */
function componentOrder(members: readonly number[], adjacency: readonly (readonly number[])[]): number[] {
  const seen = new Set<number>();
  const order: number[] = [];
  for (const start of [...members].sort((a, b) => a - b)) {
    if (seen.has(start)) continue;
    seen.add(start);
    const queue = [start];
    for (let head = 0; head < queue.length; head += 1) {
      const node = queue[head]!;
      order.push(node);
      for (const next of adjacency[node]!) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return order;
}

function neighbours(count: number, linkEnds: Int32Array): number[][] {
  const adjacency: number[][] = Array.from({ length: count }, () => []);
  for (let i = 0; i < linkEnds.length / 2; i += 1) {
    const a = linkEnds[2 * i]!;
    const b = linkEnds[2 * i + 1]!;
    if (a === b || a < 0 || b < 0 || a >= count || b >= count) continue;
    adjacency[a]!.push(b);
    adjacency[b]!.push(a);
  }
  return adjacency;
}
