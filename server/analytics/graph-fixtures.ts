import { createRandom } from "../random.ts";
import { buildCollaborationGraph, type CollaborationGraph, type CollaborationLinkInput } from "./collaboration-graph.ts";

/**
 * Small graphs with answers known by hand, and a seeded random one, for the tests of this folder.
 * Node ids are zero-padded so that their string order is their numeric order.
 */

export const id = (i: number): string => `n${String(i).padStart(3, "0")}`;

const graphOf = (n: number, pairs: readonly (readonly [number, number, number?])[]): CollaborationGraph =>
  buildCollaborationGraph(
    Array.from({ length: n }, (_, i) => ({ id: id(i) })),
    pairs.map(([a, b, weight = 1]) => ({ source: id(a), target: id(b), weight })),
  );

/** 0 – 1 – … – (n-1). */
export const pathGraph = (n: number): CollaborationGraph =>
  graphOf(
    n,
    Array.from({ length: n - 1 }, (_, i) => [i, i + 1] as const),
  );

/** Centre 0, leaves 1 … n-1. */
export const starGraph = (n: number): CollaborationGraph =>
  graphOf(
    n,
    Array.from({ length: n - 1 }, (_, i) => [0, i + 1] as const),
  );

export const completeGraph = (n: number): CollaborationGraph => {
  const pairs: [number, number][] = [];
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) pairs.push([a, b]);
  return graphOf(n, pairs);
};

/** Cliques 0–4 and 5–9, joined by the one bridge 4 – 5. */
export const twoCliquesGraph = (): CollaborationGraph => {
  const pairs: [number, number][] = [[4, 5]];
  for (const base of [0, 5]) {
    for (let a = 0; a < 5; a++) for (let b = a + 1; b < 5; b++) pairs.push([base + a, base + b]);
  }
  return graphOf(10, pairs);
};

/** Six nodes in a ring, with heavy (10) and light (1) edges alternating; `shift` moves the heavy ones by one. */
export const alternatingRing = (shift: 0 | 1): CollaborationGraph =>
  graphOf(
    6,
    Array.from({ length: 6 }, (_, i) => [i, (i + 1) % 6, (i + shift) % 2 === 0 ? 10 : 1] as const),
  );

/**
 * `n` nodes, about `linksPerNode` links each, one end of each link drawn in proportion to a
 * heavy-tailed activity so that a few hubs stand out — like the agreement network, and unlike a
 * uniform random graph, whose betweenness is nearly flat.
 */
export function randomGraph(n: number, linksPerNode: number, seed: number): CollaborationGraph {
  const random = createRandom(seed, "random-graph");
  const activity = Array.from({ length: n }, () => random.pareto(1.5));
  const links: CollaborationLinkInput[] = [];
  for (let i = 0; i < n * linksPerNode; i++) {
    links.push({ source: id(random.weighted(activity)), target: id(random.int(0, n - 1)), weight: random.int(1, 4) });
  }
  return buildCollaborationGraph(
    Array.from({ length: n }, (_, i) => ({ id: id(i) })),
    links,
  );
}
