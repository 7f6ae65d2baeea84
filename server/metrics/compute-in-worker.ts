import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ComputedPart, MetricsSnapshot } from "./compute-scopes.ts";
import { packSnapshot } from "./packed-snapshot.ts";

/**
 * The worker: the server's build has it as a script of its own (dist/server/metrics/, beside the
 * bundle's chunks in dist/server/). Run from the sources (tsx, vitest), it is TypeScript, which a
 * worker thread loads only once tsx's loader is registered in it: a two-line bootstrap does that.
 */
function startWorker(options: ConstructorParameters<typeof Worker>[1]): Worker {
  const fromSources = new URL("./compute-worker.ts", import.meta.url);
  if (fileURLToPath(import.meta.url).endsWith(".ts") && existsSync(fileURLToPath(fromSources))) {
    const bootstrap = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(fromSources.href)}); })`;
    return new Worker(bootstrap, { ...options, eval: true });
  }
  return new Worker(new URL("./metrics/compute-worker.js", import.meta.url), options);
}

/**
 * computeScopeParts in a worker thread: `onPart` hears each part as it is done, on this thread.
 * Resolves once the last part has been heard.
 */
export function computeInWorker(snapshot: MetricsSnapshot, onPart: (part: ComputedPart) => void): Promise<void> {
  const packed = packSnapshot(snapshot);
  const worker = startWorker({
    workerData: packed,
    transferList: [packed.sources.buffer, packed.targets.buffer, packed.weights.buffer] as ArrayBuffer[],
  });
  return new Promise<void>((resolve, reject) => {
    let finished = false;
    let failure: unknown;
    worker.on("message", (part: ComputedPart) => {
      if (failure !== undefined) return;
      try {
        onPart(part);
        finished = part.done === part.total;
      } catch (error) {
        failure = error;
        void worker.terminate();
      }
    });
    worker.on("error", reject);
    worker.on("exit", (code) => {
      if (failure !== undefined) reject(failure);
      else if (finished) resolve();
      else reject(new Error(`The metrics worker stopped (exit code ${code}) before it finished.`));
    });
  });
}
