// The recompute's computing, in a worker thread: the country's network takes seconds of CPU, and
// the server's own thread must keep answering (from the stored metrics) meanwhile.
import { parentPort, workerData } from "node:worker_threads";
import { computeScopes } from "./compute-scopes.ts";
import { unpackSnapshot, type PackedSnapshot } from "./packed-snapshot.ts";

const snapshot = unpackSnapshot(workerData as PackedSnapshot);
const result = computeScopes(snapshot, {}, (done, total) => parentPort!.postMessage({ kind: "progress", done, total }));
parentPort!.postMessage({ kind: "done", result });
