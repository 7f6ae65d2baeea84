// The layouts off the main thread: the page stays responsive however large the network.
import type { LayoutRequest, LayoutUpdate } from './layout-protocol';
import { runLayout } from './layout-runner';

interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutUpdate, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
let stopCurrent: (() => void) | null = null;

scope.onmessage = (event) => {
  const request = event.data;
  stopCurrent?.();
  stopCurrent = null;
  if (request.type === 'cancel') return;
  const { jobId } = request;
  // Fewer, larger steps for a large network: each one the page draws costs more there.
  stopCurrent = runLayout(request, (step) => {
    const update: LayoutUpdate = { type: step.done ? 'done' : 'progress', jobId, positions: step.positions, ticks: step.ticks, totalTicks: step.totalTicks };
    scope.postMessage(update, [step.positions.buffer]);
  }, request.count > 2000 ? 150 : 50);
};
