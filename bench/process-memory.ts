import { readFileSync } from "node:fs";
import type { Database } from "../server/db/database.ts";
import { benchQuery } from "./bench-queries.ts";

const MiB = 1024 * 1024;

/** Peak and current resident memory of a process, from Linux's /proc (VmHWM is the kernel's own high-water mark). */
export function residentMemory(pid: number): { peakMiB: number; currentMiB: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
    return { peakMiB: kib("VmHWM") / 1024, currentMiB: kib("VmRSS") / 1024 };
  } catch {
    return undefined;
  }
}

/** The database JVM's heap right now, as its memory bean reports it. */
export async function databaseHeap(database: Database): Promise<{ usedMiB: number; committedMiB: number; maxMiB: number }> {
  const row = (await database.read(benchQuery("jvm-heap"))).records[0]!;
  return { usedMiB: Number(row.get("used")) / MiB, committedMiB: Number(row.get("committed")) / MiB, maxMiB: Number(row.get("max")) / MiB };
}

/**
 * Samples the database heap every `intervalMs` until stopped, keeping the highest use seen: the heap
 * has no high-water mark of its own, and a figure taken once would miss the peaks between.
 */
export function sampleDatabaseHeap(database: Database, intervalMs = 1_000): { stop(): Promise<{ peakUsedMiB: number; committedMiB: number; maxMiB: number; samples: number }> } {
  let peakUsedMiB = 0;
  let committedMiB = 0;
  let maxMiB = 0;
  let samples = 0;
  let pending: Promise<void> = Promise.resolve();
  const sample = () => {
    pending = databaseHeap(database).then(
      (heap) => {
        peakUsedMiB = Math.max(peakUsedMiB, heap.usedMiB);
        committedMiB = Math.max(committedMiB, heap.committedMiB);
        maxMiB = heap.maxMiB;
        samples += 1;
      },
      () => undefined, // a sample lost under load is only a gap in the series
    );
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await pending;
      return { peakUsedMiB, committedMiB, maxMiB, samples };
    },
  };
}
