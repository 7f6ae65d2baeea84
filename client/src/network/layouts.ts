import { createForceLayout, type ForceLayout, type LayoutInput } from './force-layout';
import { geoLayout } from './geo-layout';
import { radialLayout } from './radial-layout';
import type { LayoutMode } from './network-url-state';

/** A layout request: the force layout's input, which layout, and what the other layouts read. */
export interface PlacementInput extends LayoutInput {
  readonly mode: LayoutMode;
  /** Radial: the node in the middle (the selection, else the strongest, index 0). */
  readonly centre: number;
  /** Geographic: longitude then latitude of each node's region centre, NaN where unknown; null for the other layouts. */
  readonly anchors: Float32Array | null;
}

/**
 * The layout `mode` asks for, behind the force layout's stepping interface, so the worker and
 * the runner treat every layout alike. The radial and geographic layouts are computed at once
 * (one step); each is seeded, so the same input gives the same picture.
 */
export function createLayout(input: PlacementInput): ForceLayout {
  if (input.mode === 'force') return createForceLayout(input);
  const positions =
    input.mode === 'radial'
      ? radialLayout({ count: input.count, linkEnds: input.linkEnds, radii: input.radii, centre: input.centre, seed: input.seed })
      : geoLayout({ count: input.count, anchors: input.anchors ?? new Float32Array(2 * input.count).fill(Number.NaN), radii: input.radii, seed: input.seed });
  const settings = { ticks: 1, alpha: 0, theta: 0, distanceMax: 0, collide: false };
  let done = 0;
  return {
    positions,
    settings,
    ticksDone: () => done,
    step: () => {
      done = 1;
      return true;
    },
  };
}
