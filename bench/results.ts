import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../server/config.ts";
import type { AnalyticsBenchResult } from "./analytics-bench.ts";
import type { ApiFigures } from "./api-bench.ts";
import type { RecomputeFigures } from "./recompute-bench.ts";
import type { FrontendBenchResult } from "./frontend-bench.ts";
import type { IngestFigures } from "./ingest-bench.ts";
import type { LaterLoadFigures } from "./later-load-bench.ts";
import type { LoadFigures } from "./load-bench.ts";
import { renderResults } from "./render-results.ts";

/** When and on what a section was measured: sections of one file may come from different runs. */
export interface Stamp {
  measuredAt: string;
  commit: string;
  scale: string;
  /** The one-minute load average when the section ended (the machine has `machine.cores` cores). */
  loadAverage?: number;
}

export interface MemoryFigures {
  note: string;
  serverPeakRssMiB: number;
  databasePeakHeapUsedMiB: number;
  databaseHeapCommittedMiB: number;
  databaseHeapMaxMiB: number;
  databasePeakRssMiB: number;
  heapSamples: number;
}

export interface BenchResults {
  mode: "quick" | "full";
  scale: string;
  seed: number;
  measuredAt: string;
  commit: string;
  machine: {
    cpu: string;
    cores: number;
    memoryGiB: number;
    os: string;
    node: string;
    neo4j: string;
    neo4jHeap: string;
    neo4jPageCache: string;
    packages: Record<string, string>;
  };
  sections: {
    ingest?: Stamp & IngestFigures;
    later?: Stamp & LaterLoadFigures;
    api?: Stamp & { recompute?: RecomputeFigures; cases: Record<string, ApiFigures> };
    /** `mix`: how many of each question one round of the load asks (absent before it was recorded). */
    load?: Stamp & { runs: LoadFigures[]; mix?: Record<string, number> };
    analytics?: Stamp & AnalyticsBenchResult;
    frontend?: Stamp & FrontendBenchResult;
    memory?: Stamp & MemoryFigures;
  };
}

export const benchDir = path.join(projectRoot, "bench");

/** The full run's figures are the record (results.json); a quick run's go beside them. */
export function resultsFile(mode: BenchResults["mode"]): string {
  return path.join(benchDir, mode === "full" ? "results.json" : "results-quick.json");
}

export function readResults(mode: BenchResults["mode"]): BenchResults | undefined {
  const file = resultsFile(mode);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as BenchResults) : undefined;
}

const markers = (mode: BenchResults["mode"]) => [`<!-- results:${mode}:start -->`, `<!-- results:${mode}:end -->`] as const;

/**
 * Writes results.json (or results-quick.json) and replaces that run's tables in bench/README.md,
 * between its markers; the prose around them is written by hand and stays.
 */
export function writeResults(results: BenchResults): void {
  writeFileSync(resultsFile(results.mode), `${JSON.stringify(results, null, 2)}\n`);
  const readme = path.join(benchDir, "README.md");
  const text = readFileSync(readme, "utf8");
  const [start, end] = markers(results.mode);
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${readme} lacks the markers ${start} … ${end}`);
  writeFileSync(readme, `${text.slice(0, from + start.length)}\n${renderResults(results)}\n${text.slice(to)}`);
}
