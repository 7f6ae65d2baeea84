import type { PlacementInput } from './layouts';
import type { LayoutRequest, LayoutUpdate } from './layout-protocol';
import { runLayout, type LayoutStep } from './layout-runner';

export interface LayoutClient {
  /** Starts a layout, dropping any still running; `onStep` hears each improvement and the end. */
  run(input: PlacementInput, onStep: (step: LayoutStep) => void): void;
  cancel(): void;
  dispose(): void;
  /** False when workers are unavailable and layouts run in slices on the main thread. */
  offMainThread(): boolean;
}

/**
 * Talks to the layout worker. Where a worker cannot start, the same layout runs on the main
 * thread in short slices, slower but never freezing the page.
 */
export function createLayoutClient(): LayoutClient {
  let worker: Worker | null = startWorker();
  let jobId = 0;
  let current: { input: PlacementInput; onStep: (step: LayoutStep) => void; id: number } | null = null;
  let stopLocal: (() => void) | null = null;

  function startWorker(): Worker | null {
    if (typeof Worker === 'undefined') return null;
    try {
      const started = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module', name: 'atlas-network-layout' });
      started.onmessage = (event: MessageEvent<LayoutUpdate>) => {
        const update = event.data;
        if (current === null || update.jobId !== current.id) return;
        const { onStep } = current;
        if (update.type === 'done') current = null;
        onStep({ positions: update.positions, done: update.type === 'done', ticks: update.ticks, totalTicks: update.totalTicks });
      };
      started.onerror = (event) => {
        event.preventDefault();
        fallBack();
      };
      return started;
    } catch {
      return null;
    }
  }

  function fallBack(): void {
    worker?.terminate();
    worker = null;
    if (current !== null) runHere(current.input, current.onStep, current.id);
  }

  function runHere(input: PlacementInput, onStep: (step: LayoutStep) => void, id: number): void {
    stopLocal = runLayout(input, (step) => {
      if (current?.id !== id) return;
      if (step.done) current = null;
      onStep(step);
    }, 12);
  }

  function cancel(): void {
    stopLocal?.();
    stopLocal = null;
    if (current !== null && worker !== null) worker.postMessage({ type: 'cancel', jobId: current.id } satisfies LayoutRequest);
    current = null;
  }

  return {
    run(input, onStep) {
      cancel();
      jobId += 1;
      current = { input, onStep, id: jobId };
      if (worker === null) {
        runHere(input, onStep, jobId);
        return;
      }
      const request: LayoutRequest = { type: 'layout', jobId, ...input };
      worker.postMessage(request);
    },
    cancel,
    dispose() {
      cancel();
      worker?.terminate();
      worker = null;
    },
    offMainThread: () => worker !== null,
  };
}
