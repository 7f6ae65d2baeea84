import { randomLcg, randomLogNormal, randomNormal, randomPareto } from "d3-random";

/**
 * Seeded randomness for the generator. Every part of a dataset draws from its own stream, derived
 * from the seed and the part's name, so the same seed gives the same files and a change to one
 * part does not reshuffle the others. The streams are d3's linear congruential generator; the
 * seed and name are only hashed (FNV-1a) to spread neighbouring seeds apart.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Whole number in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An index into `weights`, each chosen in proportion to its weight. */
  weighted(weights: readonly number[]): number;
  normal(mu: number, sigma: number): number;
  logNormal(mu: number, sigma: number): number;
  /** Pareto with minimum 1 and shape `alpha` (a heavy tail for small alpha). */
  pareto(alpha: number): number;
  shuffle<T>(items: T[]): T[];
  /** `k` distinct indices, each drawn in proportion to its weight (Efraimidis–Spirakis). */
  sampleWeighted(weights: readonly number[], k: number): number[];
}

export function hashSeed(seed: number, stream: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${seed}\u0000${stream}`) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function createRandom(seed: number, stream: string): Random {
  const source = randomLcg(hashSeed(seed, stream));
  // The first outputs of an LCG follow its seed closely; let it run a little first.
  for (let i = 0; i < 8; i++) source();
  const next: () => number = source;
  const normals = new Map<string, () => number>();
  const logNormals = new Map<string, () => number>();
  const paretos = new Map<number, () => number>();
  const memo = <K>(cache: Map<K, () => number>, key: K, make: () => () => number) => {
    let fn = cache.get(key);
    if (!fn) cache.set(key, (fn = make()));
    return fn;
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted: (weights) => {
      let total = 0;
      for (const w of weights) total += w;
      let target = next() * total;
      for (let i = 0; i < weights.length; i++) {
        target -= weights[i] as number;
        if (target < 0) return i;
      }
      // Rounding left a sliver: the last index with a weight.
      for (let i = weights.length - 1; i >= 0; i--) if ((weights[i] as number) > 0) return i;
      throw new Error("weighted pick with no positive weight");
    },
    normal: (mu, sigma) => memo(normals, `${mu}:${sigma}`, () => randomNormal.source(next)(mu, sigma))(),
    logNormal: (mu, sigma) => memo(logNormals, `${mu}:${sigma}`, () => randomLogNormal.source(next)(mu, sigma))(),
    pareto: (alpha) => memo(paretos, alpha, () => randomPareto.source(next)(alpha))(),
    shuffle: (items) => {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [items[i], items[j]] = [items[j] as (typeof items)[number], items[i] as (typeof items)[number]];
      }
      return items;
    },
    sampleWeighted: (weights, k) => {
      const keyed: { index: number; key: number }[] = [];
      weights.forEach((w, index) => {
        if (w > 0) keyed.push({ index, key: Math.log(1 - next()) / w });
      });
      keyed.sort((a, b) => b.key - a.key || a.index - b.index);
      return keyed.slice(0, k).map((entry) => entry.index);
    },
  };
  return random;
}

/**
 * Many draws from one fixed set of weights: cumulative sums and a binary search, so a million
 * draws over a hundred thousand items stay fast.
 */
export class WeightedSampler {
  private readonly cumulative: Float64Array;
  readonly total: number;

  constructor(weights: ArrayLike<number>) {
    this.cumulative = new Float64Array(weights.length);
    let total = 0;
    for (let i = 0; i < weights.length; i++) {
      total += Math.max(0, weights[i] as number);
      this.cumulative[i] = total;
    }
    this.total = total;
  }

  get size(): number {
    return this.cumulative.length;
  }

  /** An index, or -1 when every weight is zero. */
  draw(random: Random): number {
    if (this.total <= 0) return -1;
    const target = random.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
