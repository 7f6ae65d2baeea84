// The recompute's computing, in a worker thread: the country's network takes seconds of CPU, and
// the server's own thread must keep answering (from the stored metrics) meanwhile. Each part is
// posted as soon as it is done, so the server's thread writes it while the next is computed.
import { parentPort, workerData } from "node:worker_threads";
import { computeScopeParts } from "./compute-scopes.ts";
import { unpackSnapshot, type PackedSnapshot } from "./packed-snapshot.ts";

for (const part of computeScopeParts(unpackSnapshot(workerData as PackedSnapshot))) parentPort!.postMessage(part);
