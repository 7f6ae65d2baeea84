import { quadtree, type Quadtree } from 'd3';

export interface HitIndex {
  /** The node under graph point (x, y), within `slack` graph units of its circle; -1 when none. */
  find(x: number, y: number, slack?: number): number;
}

/**
 * A quadtree over node centres. A point hits the node whose circle (plus slack) holds it; where
 * circles overlap, the one whose centre is nearest relative to its size wins, so a small node
 * drawn over a hub's edge can still be picked.
 */
export function buildHitIndex(positions: Float32Array, radii: Float32Array, count: number): HitIndex {
  const indices: number[] = [];
  let maxRadius = 0;
  for (let i = 0; i < count; i += 1) {
    if (Number.isFinite(positions[2 * i]) && Number.isFinite(positions[2 * i + 1])) indices.push(i);
    maxRadius = Math.max(maxRadius, radii[i] ?? 0);
  }
  const tree: Quadtree<number> = quadtree<number>()
    .x((i) => positions[2 * i]!)
    .y((i) => positions[2 * i + 1]!)
    .addAll(indices);

  return {
    find(x, y, slack = 0) {
      const reach = maxRadius + slack;
      let best = -1;
      let bestScore = Infinity;
      tree.visit((node, x0, y0, x1, y1) => {
        if (x0 > x + reach || x1 < x - reach || y0 > y + reach || y1 < y - reach) return true;
        if (!('length' in node)) {
          let leaf: typeof node | undefined = node;
          while (leaf) {
            const i = leaf.data;
            const dx = positions[2 * i]! - x;
            const dy = positions[2 * i + 1]! - y;
            const distance = Math.sqrt(dx * dx + dy * dy);
            const radius = (radii[i] ?? 0) + slack;
            if (distance <= radius) {
              const score = distance / radius;
              if (score < bestScore || (score === bestScore && i < best)) {
                best = i;
                bestScore = score;
              }
            }
            leaf = leaf.next;
          }
        }
        return false;
      });
      return best;
    },
  };
}
