import { summariseFrames, type FrameSummary } from './frame-stats';

/** The last pan or zoom measured: time between frames, and time spent drawing each. */
export interface FrameStats {
  readonly interval: FrameSummary;
  readonly draw: FrameSummary;
  readonly nodes: number;
  readonly links: number;
  readonly durationMs: number;
}

declare global {
  interface Window {
    /** The last measurement of the network explorer's frame meter (for benchmarks and the browser test). */
    __atlasFrameStats?: FrameStats;
  }
}

export interface FrameMeter {
  /** A pan or zoom began: count frames with requestAnimationFrame until `stop`. */
  start(): void;
  /** Time one draw took. */
  recordDraw(ms: number): void;
  /** The gesture ended: summarise and publish on `window.__atlasFrameStats`. */
  stop(size: { nodes: number; links: number }): FrameStats | null;
  dispose(): void;
}

export function createFrameMeter(): FrameMeter {
  let running = false;
  let handle = 0;
  let last = 0;
  let began = 0;
  let intervals: number[] = [];
  let draws: number[] = [];

  const onFrame = (now: number) => {
    if (!running) return;
    if (last > 0) intervals.push(now - last);
    last = now;
    handle = requestAnimationFrame(onFrame);
  };

  return {
    start() {
      if (running) return;
      running = true;
      intervals = [];
      draws = [];
      last = 0;
      began = performance.now();
      handle = requestAnimationFrame(onFrame);
    },
    recordDraw(ms) {
      if (running) draws.push(ms);
    },
    stop(size) {
      if (!running) return null;
      running = false;
      cancelAnimationFrame(handle);
      const stats: FrameStats = {
        interval: summariseFrames(intervals),
        draw: summariseFrames(draws),
        nodes: size.nodes,
        links: size.links,
        durationMs: Math.round(performance.now() - began),
      };
      window.__atlasFrameStats = stats;
      return stats;
    },
    dispose() {
      running = false;
      cancelAnimationFrame(handle);
    },
  };
}
