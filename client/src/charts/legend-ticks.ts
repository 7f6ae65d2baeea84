/** How a legend's ramp maps values to positions: straight, or by square root (counts). */
export type RampScale = 'linear' | 'sqrt';

const QUARTERS = [0, 0.25, 0.5, 0.75, 1];

/** Where value v stands on a ramp from 0 to top, as a share of its length (0–1). */
export function rampPosition(value: number, top: number, scale: RampScale): number {
  if (top <= 0) return 0;
  const t = Math.min(1, Math.max(0, value / top));
  return scale === 'sqrt' ? Math.sqrt(t) : t;
}

/** A value rounded to its leading digit (77 → 80, 309 → 300), so inner ticks read as round numbers. */
function roundToLeadingDigit(value: number): number {
  if (value < 10) return Math.round(value);
  const unit = 10 ** Math.floor(Math.log10(value));
  return Math.round(value / unit) * unit;
}

/**
 * The ticks of a legend for counts from 0 to top: whole numbers only, each once, in order, ends
 * included (a top of 1 gives 0 and 1, never "0 0 0 1 1"). Up to 4 every whole number is a tick;
 * above, the quarter points of the ramp rounded to round numbers.
 */
export function countTicks(top: number, scale: RampScale): number[] {
  const max = Math.max(1, Math.ceil(top));
  if (max <= 4) return Array.from({ length: max + 1 }, (_, i) => i);
  const inner = QUARTERS.slice(1, -1).map((t) => roundToLeadingDigit(scale === 'sqrt' ? t * t * max : t * max));
  return [...new Set([0, ...inner, max])].filter((v) => v >= 0 && v <= max).sort((a, b) => a - b);
}

/** The ticks of a legend for shares (0–1): 0 %, 25 %, 50 %, 75 %, 100 %. */
export function shareTicks(): number[] {
  return [...QUARTERS];
}
