import { rmSync } from "node:fs";
import path from "node:path";
import { ingest } from "../server/ingest/ingest.ts";
import type { Logger } from "../server/logger.ts";
import { graphCounts, startBenchDatabase, type BenchDatabase } from "./bench-database.ts";
import { loadWithLoadCsv } from "./load-csv.ts";
import { round, summarize, type Summary } from "./stats.ts";

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
}

export interface IngestBenchOptions {
  datasetDir: string;
  rows: number;
  /** Each load gets a new embedded database in a folder under here. */
  workDir: string;
  repeats: number;
  logger: Logger;
  onProgress?: (line: string) => void;
}

/**
 * Loads the dataset into a new, empty database `repeats` times with LOAD CSV and then with our
 * pipeline, the two taking turns on the same machine. The last pipeline database is left running
 * and returned: the API and load benchmarks query it.
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

  const pipelineTimes: number[] = [];
  let kept: { atlasHome: string; bench: BenchDatabase } | undefined;
  for (let i = 0; i < options.repeats; i++) {
    // The last run's database is the one served afterwards, under a name the next run can find.
    const run = await fresh(i === options.repeats - 1 ? "pipeline" : `pipeline-${i}`);
    const started = performance.now();
    const result = await ingest(run.bench.database, [options.datasetDir]);
    const seconds = (performance.now() - started) / 1000;
    if (result.problems.length > 0) throw new Error(`the benchmark dataset does not load:\n${result.problems.slice(0, 10).join("\n")}`);
    pipelineTimes.push(seconds);
    progress(`ingest: pipeline ${i + 1}/${options.repeats}: ${round(seconds)} s`);
    if (kept) {
      await kept.bench.database.close();
      rmSync(kept.atlasHome, { recursive: true, force: true });
    }
    kept = run;
  }

  const counts = await graphCounts(kept!.bench.database);
  const pipeline = summarize(pipelineTimes);
  const loadCsv = summarize(loadCsvTimes);
  return {
    figures: {
      rows: options.rows,
      seconds: round(pipeline.median),
      rowsPerSecond: Math.round(options.rows / pipeline.median),
      loadCsvSeconds: round(loadCsv.median),
      loadCsvRowsPerSecond: Math.round(options.rows / loadCsv.median),
      versusLoadCsv: round(pipeline.median / loadCsv.median, 2),
      sameCounts: JSON.stringify(counts) === JSON.stringify(loadCsvCounts),
      counts,
      pipeline,
      loadCsv,
      loadCsvSteps,
    },
    database: kept!.bench,
    atlasHome: kept!.atlasHome,
  };
}
