import type { CollaborationLinkInput } from "./collaboration-graph.ts";
import type { StrongestPlace } from "./strongest-part.ts";

/**
 * `strongestOrder` of the network these links make, without building a graph: the same places
 * as `strongestOrder(buildCollaborationGraph(nodes, links))`, where the nodes are `nodes` and
 * every id the links name. Repeated links (in either direction) are one link of their summed
 * weight, kept in the direction first seen; a link from a node to itself is not a link, though its
 * node is in the network. The rule itself is told at `strongestOrder`, which is this over a graph's
 * edges; the recompute calls it on each province's one-end network's links, which it would
 * otherwise build a graph of over a million edges for.
 *
 * Cost: O(n log n + m log m) time, with integer comparisons instead of strings past the one sort
 * of the ids; O(n + m) memory.
 */
export function strongestOrderOfLinks(links: readonly CollaborationLinkInput[], nodes: readonly string[] = []): Map<string, StrongestPlace> {
  const position = new Map<string, number>();
  const ids: string[] = [];
  const at = (id: string) => {
    let index = position.get(id);
    if (index === undefined) {
      index = ids.length;
      position.set(id, index);
      ids.push(id);
    }
    return index;
  };
  for (const node of nodes) at(node);

  // The links as the graph would hold them: one per pair, summed, in the order first seen.
  const sources: number[] = [];
  const targets: number[] = [];
  const weights: number[] = [];
  const pairs = new Map<number, number>();
  for (const { source, target, weight } of links) {
    const a = at(source);
    const b = at(target);
    if (a === b) continue;
    // A number per unordered pair: exact while there are fewer than 2^26 (67 million) ids.
    const pair = a < b ? a * 2 ** 26 + b : b * 2 ** 26 + a;
    const link = pairs.get(pair);
    if (link === undefined) {
      pairs.set(pair, sources.length);
      sources.push(a);
      targets.push(b);
      weights.push(weight);
    } else weights[link]! += weight;
  }

  // Ids' order as integers: rankOf[a] < rankOf[b] exactly when ids[a] < ids[b].
  const rankOf = new Int32Array(ids.length);
  ids
    .map((_, index) => index)
    .sort((x, y) => (ids[x]! < ids[y]! ? -1 : ids[x]! > ids[y]! ? 1 : 0))
    .forEach((index, rank) => (rankOf[index] = rank));

  // Strengths summed link by link in the order first seen, as degrees() walks the graph's edges.
  const strength = new Float64Array(ids.length);
  for (let link = 0; link < sources.length; link++) {
    strength[sources[link]!]! += weights[link]!;
    strength[targets[link]!]! += weights[link]!;
  }
  const weaker = sources.map((source, link) => Math.min(strength[source]!, strength[targets[link]!]!));
  const stronger = sources.map((source, link) => Math.max(strength[source]!, strength[targets[link]!]!));
  const order = sources.map((_, link) => link);
  order.sort(
    (x, y) =>
      weights[y]! - weights[x]! ||
      weaker[y]! - weaker[x]! ||
      stronger[y]! - stronger[x]! ||
      rankOf[sources[x]!]! - rankOf[sources[y]!]! ||
      rankOf[targets[x]!]! - rankOf[targets[y]!]!,
  );

  const places = new Map<string, StrongestPlace>();
  const placed = new Uint8Array(ids.length);
  const take = (node: number, groupEnd: number) => {
    placed[node] = 1;
    places.set(ids[node]!, { rank: places.size + 1, groupEnd });
  };
  for (const link of order) {
    const [first, second] = rankOf[sources[link]!]! < rankOf[targets[link]!]! ? [sources[link]!, targets[link]!] : [targets[link]!, sources[link]!];
    const incoming = [first, second].filter((node) => !placed[node]);
    const groupEnd = places.size + incoming.length;
    for (const node of incoming) take(node, groupEnd);
  }
  const rest = ids.map((_, index) => index).filter((node) => !placed[node]);
  rest.sort((x, y) => strength[y]! - strength[x]! || rankOf[x]! - rankOf[y]!);
  for (const node of rest) take(node, places.size + 1);
  return places;
}
