import { createLayout, type PlacementInput } from './layouts';

export interface LayoutStep {
  readonly positions: Float32Array;
  readonly done: boolean;
  readonly ticks: number;
  readonly totalTicks: number;
}

/**
 * Runs a layout in slices of about `sliceMs`, handing over a copy of the positions after each
 * slice and yielding between slices (so a worker hears "cancel", and the page, when this runs
 * on the main thread, stays responsive). Returns a function that stops it.
 */
export function runLayout(input: PlacementInput, onStep: (step: LayoutStep) => void, sliceMs = 40): () => void {
  const layout = createLayout(input);
  const totalTicks = layout.settings.ticks;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slice = () => {
    if (stopped) return;
    const started = performance.now();
    let done: boolean;
    do {
      done = layout.step(1);
    } while (!done && performance.now() - started < sliceMs);
    onStep({ positions: layout.positions.slice(), done, ticks: layout.ticksDone(), totalTicks });
    if (!done) timer = setTimeout(slice, 0);
  };
  slice();
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
  };
}
