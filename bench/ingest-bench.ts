import { rmSync } from "node:fs";
import path from "node:path";
import { ingest } from "../server/ingest/ingest.ts";
import type { FirstLoad } from "../server/ingest/importer-load.ts";
import type { Logger } from "../server/logger.ts";
import { graphCounts, startBenchDatabase, type BenchDatabase } from "./bench-database.ts";
import { loadWithLoadCsv } from "./load-csv.ts";
import { round, summarize, type Summary } from "./stats.ts";

/** The ways of loading the dataset the ingest section can measure; LOAD CSV, the baseline, always runs. */
export const ingestPaths = ["load-csv", "pipeline", "importer"] as const;
export type IngestPath = (typeof ingestPaths)[number];

/** Neo4j's offline importer as the ingest uses it for a first load (server/ingest/importer-load.ts). */
export interface ImporterFigures {
  /** `ingest()` with firstLoad "importer" into a new, empty database: records to a queryable graph, schema online (median). */
  seconds: number;
  rowsPerSecond: number;
  /** loadCsvSeconds / seconds: at least 3 meets the goal. */
  speedUpOverLoadCsv: number;
  runs: Summary;
  /** Medians of its parts: reading, validating, resolving and checking in Node (the rest of the clock); writing the importer's files; the importer; stopping and starting the database; the schema. */
  phases: { resolve: number; files: number; importer: number; restart: number; schema: number };
  /** The same nodes per label and relationships per type as LOAD CSV built. */
  sameCounts: boolean;
}

export interface IngestFigures {
  /** Records in the dataset (CSV rows, headers not counted). */
  rows: number;
  /** Our pipeline into an empty database: read, validate, resolve, write (median over repeats). */
  seconds: number;
  rowsPerSecond: number;
  /** Neo4j's LOAD CSV … CALL { … } IN TRANSACTIONS, same rows, same graph, empty database (median). */
  loadCsvSeconds: number;
  loadCsvRowsPerSecond: number;
  /** seconds / loadCsvSeconds: at most 1 meets the goal. */
  versusLoadCsv: number;
  /** Both loads built the same number of nodes per label and relationships per type. */
  sameCounts: boolean;
  counts: Awaited<ReturnType<typeof graphCounts>>;
  pipeline: Summary;
  loadCsv: Summary;
  loadCsvSteps: { file: string; seconds: number; rows: number }[];
  /** Absent when the importer path was not measured. */
  importer?: ImporterFigures;
  /** When the pipeline was not run this time: the run its figures come from. */
  pipelineFrom?: { measuredAt: string; commit: string; loadAverage?: number };
}

export interface IngestBenchOptions {
  datasetDir: string;
  rows: number;
  /** Each load gets a new embedded database in a folder under here. */
  workDir: string;
  repeats: number;
  /** Which loads to measure besides LOAD CSV (default: all). */
  paths?: readonly IngestPath[];
  logger: Logger;
  onProgress?: (line: string) => void;
}

/**
 * Loads the dataset into a new, empty database `repeats` times with LOAD CSV, then with our
 * pipeline (transactional), then through Neo4j's offline importer as the ingest uses it for a first
 * load, on the same machine. The last database loaded is left running and returned: the API and
 * load benchmarks query it. A path left out of `paths` is not run (its figures are NaN or absent).
 */
export async function benchIngest(options: IngestBenchOptions): Promise<{ figures: IngestFigures; database: BenchDatabase; atlasHome: string }> {
  const progress = options.onProgress ?? (() => undefined);
  const fresh = async (name: string) => {
    const atlasHome = path.join(options.workDir, name);
    rmSync(atlasHome, { recursive: true, force: true });
    return { atlasHome, bench: await startBenchDatabase(path.join(atlasHome, "neo4j"), options.logger) };
  };

  const loadCsvTimes: number[] = [];
  let loadCsvSteps: IngestFigures["loadCsvSteps"] = [];
  let loadCsvCounts: IngestFigures["counts"] | undefined;
  for (let i = 0; i < options.repeats; i++) {
    const { atlasHome, bench } = await fresh(`load-csv-${i}`);
    try {
      const loaded = await loadWithLoadCsv(bench.database, { datasetDir: options.datasetDir, importDir: path.join(bench.home, "import") });
      loadCsvTimes.push(loaded.seconds);
      loadCsvSteps = loaded.steps;
      loadCsvCounts = await graphCounts(bench.database);
      progress(`ingest: LOAD CSV ${i + 1}/${options.repeats}: ${round(loaded.seconds)} s`);
    } finally {
      await bench.database.close();
      rmSync(atlasHome, { recursive: true, force: true });
    }
  }

  // The pipeline, then the importer; the last database loaded is the one served afterwards, under
  // a name the next run can find (both build the same graph).
  const paths = options.paths ?? ingestPaths;
  const loads = [...(paths.includes("pipeline") ? (["transactional"] as const) : []), ...(paths.includes("importer") ? (["importer"] as const) : [])];
  const times: Record<"transactional" | "importer", number[]> = { transactional: [], importer: [] };
  const phases: { resolve: number; files: number; importer: number; restart: number; schema: number }[] = [];
  let importerCounts: IngestFigures["counts"] | undefined;
  let pipelineCounts: IngestFigures["counts"] | undefined;
  let kept: { atlasHome: string; bench: BenchDatabase } | undefined;
  for (const [l, firstLoad] of loads.entries()) {
    for (let i = 0; i < options.repeats; i++) {
      const last = l === loads.length - 1 && i === options.repeats - 1;
      const run = await fresh(last ? "pipeline" : `${firstLoad}-${i}`);
      const started = performance.now();
      const result = await ingest(run.bench.database, [options.datasetDir], { firstLoad: firstLoad satisfies FirstLoad });
      const seconds = (performance.now() - started) / 1000;
      if (result.problems.length > 0) throw new Error(`the benchmark dataset does not load:\n${result.problems.slice(0, 10).join("\n")}`);
      times[firstLoad].push(seconds);
      const parts = result.summary?.importerSeconds;
      if (firstLoad === "importer") {
        if (result.summary?.loadedWith !== "importer" || !parts) throw new Error("the importer was not used for the importer run: is the database empty and embedded?");
        phases.push({ resolve: seconds - parts.files - parts.importer - parts.restart - parts.schema, ...parts });
        importerCounts = await graphCounts(run.bench.database);
      } else {
        pipelineCounts = await graphCounts(run.bench.database);
      }
      progress(`ingest: ${firstLoad === "importer" ? "importer" : "pipeline"} ${i + 1}/${options.repeats}: ${round(seconds)} s${parts ? ` (files ${parts.files} s, importer ${parts.importer} s, restart ${parts.restart} s, schema ${parts.schema} s)` : ""}`);
      if (kept) {
        await kept.bench.database.close();
        rmSync(kept.atlasHome, { recursive: true, force: true });
      }
      kept = run;
    }
  }
  if (!kept) throw new Error("the ingest section needs the pipeline or the importer path");

  const counts = pipelineCounts ?? importerCounts!;
  const pipeline = summarize(times.transactional.length > 0 ? times.transactional : [Number.NaN]);
  const loadCsv = summarize(loadCsvTimes);
  const median = (values: number[]) => summarize(values).median;
  let importer: ImporterFigures | undefined;
  if (times.importer.length > 0) {
    const runs = summarize(times.importer);
    importer = {
      seconds: round(runs.median),
      rowsPerSecond: Math.round(options.rows / runs.median),
      speedUpOverLoadCsv: round(loadCsv.median / runs.median, 2),
      runs,
      phases: {
        resolve: round(median(phases.map((p) => p.resolve))),
        files: round(median(phases.map((p) => p.files))),
        importer: round(median(phases.map((p) => p.importer))),
        restart: round(median(phases.map((p) => p.restart))),
        schema: round(median(phases.map((p) => p.schema))),
      },
      sameCounts: JSON.stringify(importerCounts) === JSON.stringify(loadCsvCounts),
    };
  }
  return {
    figures: {
      rows: options.rows,
      seconds: round(pipeline.median),
      rowsPerSecond: Math.round(options.rows / pipeline.median),
      loadCsvSeconds: round(loadCsv.median),
      loadCsvRowsPerSecond: Math.round(options.rows / loadCsv.median),
      versusLoadCsv: round(pipeline.median / loadCsv.median, 2),
      sameCounts: pipelineCounts !== undefined && JSON.stringify(pipelineCounts) === JSON.stringify(loadCsvCounts),
      counts,
      pipeline,
      loadCsv,
      loadCsvSteps,
      ...(importer ? { importer } : {}),
    },
    database: kept.bench,
    atlasHome: kept.atlasHome,
  };
}
