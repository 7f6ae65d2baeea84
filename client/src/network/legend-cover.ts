/** How far panels reach into the stage from each edge, in CSS pixels. */
export interface Insets {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export const NO_INSETS: Insets = { left: 0, top: 0, right: 0, bottom: 0 };

interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The part of the stage a fitted network should keep clear of the legend, which sits in the
 * stage's lower-left corner: either the strip to its right edge or the strip above its top,
 * whichever leaves the larger area. A folded or empty legend (null, or no size) covers nothing.
 */
export function legendInsets(stage: Box, legend: Box | null): Insets {
  if (legend === null || legend.width <= 0 || legend.height <= 0 || stage.width <= 0 || stage.height <= 0) return NO_INSETS;
  const left = Math.max(0, Math.min(stage.width, legend.left + legend.width - stage.left));
  const bottom = Math.max(0, Math.min(stage.height, stage.top + stage.height - legend.top));
  const besideArea = (stage.width - left) * stage.height;
  const aboveArea = stage.width * (stage.height - bottom);
  return besideArea >= aboveArea ? { ...NO_INSETS, left } : { ...NO_INSETS, bottom };
}
