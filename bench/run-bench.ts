import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigError, projectRoot } from "../server/config.ts";
import { generateDataset } from "../server/generate/generate.ts";
import type { ScaleName } from "../server/generate/scales.ts";
import type { Logger } from "../server/logger.ts";
import { benchAnalytics } from "./analytics-bench.ts";
import { benchApi } from "./api-bench.ts";
import { pickApiCases } from "./api-cases.ts";
import { startBenchDatabase, type BenchDatabase } from "./bench-database.ts";
import { postGraphql, startBenchServer } from "./bench-server.ts";
import { forgetStoredMetrics, reviewOneAgreement, timeSmallChange, waitForMetrics } from "./recompute-bench.ts";
import { benchNetworkFrames } from "./frontend-bench.ts";
import { benchIngest, ingestPaths, type IngestPath } from "./ingest-bench.ts";
import { benchLaterLoad } from "./later-load-bench.ts";
import { benchLoad, dashboardMix } from "./load-bench.ts";
import { loadedDatasetMismatch, noteLoadedDataset } from "./loaded-dataset.ts";
import { residentMemory, sampleDatabaseHeap } from "./process-memory.ts";
import { readResults, writeResults, type BenchResults } from "./results.ts";
import { round } from "./stats.ts";

export const sectionNames = ["ingest", "later", "api", "load", "analytics", "frontend", "memory"] as const;
export type SectionName = (typeof sectionNames)[number];

/** What one run measures and how much of it; `--quick` and the full run are two presets of this. */
export interface BenchSettings {
  mode: "quick" | "full";
  scale: ScaleName;
  seed: number;
  sections: SectionName[];
  ingestRepeats: number;
  /** The loads the ingest section measures; LOAD CSV always runs. */
  ingestPaths: IngestPath[];
  /** New agreements in the later load, and how often it runs each way. */
  laterAgreements: number;
  laterRepeats: number;
  /** Requests of each API kind, each asking something different. */
  apiRequests: number;
  loadConnections: number[];
  loadSeconds: number;
  analyticsSizes: number[];
  analyticsRepeats: number;
  frontendSizes: number[];
  /** Where datasets and databases go (git-ignored). */
  workDir: string;
}

export function benchSettings(quick: boolean, overrides: Partial<BenchSettings> = {}): BenchSettings {
  const workDir = path.join(process.env.ATLAS_HOME ? path.resolve(projectRoot, process.env.ATLAS_HOME) : path.join(projectRoot, ".atlas"), "bench");
  const preset: BenchSettings = quick
    ? {
        mode: "quick",
        scale: "province",
        seed: 1,
        sections: [...sectionNames],
        ingestRepeats: 2,
        ingestPaths: [...ingestPaths],
        laterAgreements: 1_000,
        laterRepeats: 2,
        apiRequests: 10,
        loadConnections: [50, 200],
        loadSeconds: 10,
        analyticsSizes: [10_000],
        analyticsRepeats: 3,
        frontendSizes: [1_000, 5_000],
        workDir,
      }
    : {
        mode: "full",
        scale: "national",
        seed: 1,
        sections: [...sectionNames],
        ingestRepeats: 1,
        ingestPaths: [...ingestPaths],
        laterAgreements: 10_000,
        laterRepeats: 3,
        // 16, not 8: two runs of eight gave one question paired medians of 1.53 and 2.44.
        apiRequests: 16,
        loadConnections: [50, 200],
        loadSeconds: 30,
        analyticsSizes: [10_000, 50_000, 100_000],
        analyticsRepeats: 3,
        frontendSizes: [1_000, 5_000, 10_000],
        workDir,
      };
  return { ...preset, ...overrides };
}

function gitCommit(): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: projectRoot, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

/** The machine and versions the figures belong to. */
function machine(): BenchResults["machine"] {
  const packageVersion = (name: string) => JSON.parse(readFileSync(path.join(projectRoot, "node_modules", name, "package.json"), "utf8")).version as string;
  return {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memoryGiB: round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    neo4j: "5.26 (embedded)",
    neo4jHeap: process.env.ATLAS_NEO4J_HEAP || "2g",
    neo4jPageCache: process.env.ATLAS_NEO4J_PAGE_CACHE || "512m",
    packages: Object.fromEntries(["@neo4j/graphql", "neo4j-driver", "@apollo/server", "graphology", "d3"].map((name) => [name, packageVersion(name)])),
  };
}

/** The generated dataset for this scale and seed, made once and reused (the generator is deterministic). */
async function dataset(settings: BenchSettings, progress: (line: string) => void): Promise<{ dir: string; rows: number }> {
  const dir = path.join(settings.workDir, `dataset-${settings.scale}-${settings.seed}`);
  const done = path.join(dir, "README.txt");
  if (!existsSync(done)) {
    progress(`generating the ${settings.scale} dataset (seed ${settings.seed}) in ${dir}`);
    rmSync(dir, { recursive: true, force: true });
    await generateDataset({ scale: settings.scale, seed: settings.seed, out: dir });
  }
  const rows = readdirSync(dir)
    .filter((file) => file.endsWith(".csv"))
    .reduce((sum, file) => sum + readFileSync(path.join(dir, file), "utf8").split("\n").filter((line) => line !== "").length - 1, 0);
  return { dir, rows };
}

/**
 * `npm run bench`: generates the dataset, loads it both ways, then serves it with `npm start` in its
 * own process and measures the API, the load, the front end and memory; the analytics run last, in
 * this process, on synthetic graphs. Results go to bench/results(.quick).json and bench/README.md;
 * sections not run this time keep their earlier figures there.
 */
export async function runBench(settings: BenchSettings, logger: Logger, progress: (line: string) => void): Promise<BenchResults> {
  mkdirSync(settings.workDir, { recursive: true });
  // LOAD CSV runs a whole file as one statement: the embedded default of 120 s would end it at
  // national scale. The API keeps its own 30 s limit per query.
  process.env.ATLAS_NEO4J_TX_TIMEOUT ||= "7200";
  const previous = readResults(settings.mode);
  const results: BenchResults = {
    ...previous,
    mode: settings.mode,
    scale: settings.scale,
    seed: settings.seed,
    measuredAt: new Date().toISOString(),
    commit: gitCommit(),
    machine: machine(),
    sections: { ...previous?.sections },
  };
  // The machine's load when a section ends: figures taken beside other work say so.
  const stamp = () => ({ measuredAt: new Date().toISOString(), commit: results.commit, scale: settings.scale, loadAverage: round(os.loadavg()[0]!, 2) });
  const wants = (section: SectionName) => settings.sections.includes(section);
  const save = () => writeResults(results);

  let served: { bench: BenchDatabase; atlasHome: string } | undefined;
  try {
    if (wants("ingest") || wants("later") || wants("api") || wants("load") || wants("frontend") || wants("memory")) {
      const data = await dataset(settings, progress);
      if (wants("ingest")) {
        const { figures, database, atlasHome } = await benchIngest({ datasetDir: data.dir, rows: data.rows, workDir: settings.workDir, repeats: settings.ingestRepeats, paths: settings.ingestPaths, logger, onProgress: progress });
        const before = previous?.sections.ingest;
        // The pipeline not run this time: its last figures at this scale stay, saying when they were taken.
        const kept =
          !settings.ingestPaths.includes("pipeline") && before?.scale === settings.scale && before.rows === figures.rows
            ? {
                seconds: before.seconds,
                rowsPerSecond: before.rowsPerSecond,
                versusLoadCsv: before.versusLoadCsv,
                sameCounts: before.sameCounts,
                pipeline: before.pipeline,
                pipelineFrom: before.pipelineFrom ?? { measuredAt: before.measuredAt, commit: before.commit, loadAverage: before.loadAverage },
              }
            : {};
        results.sections.ingest = { ...stamp(), ...figures, ...kept };
        noteLoadedDataset(atlasHome, { scale: settings.scale, seed: settings.seed });
        served = { bench: database, atlasHome };
        save();
      } else {
        const atlasHome = path.join(settings.workDir, "pipeline");
        // Refusals of the settings, told without a stack (bench/cli.ts).
        if (!existsSync(path.join(atlasHome, "neo4j"))) throw new ConfigError(`no loaded database in ${atlasHome}: run the ingest section first`);
        const mismatch = loadedDatasetMismatch(atlasHome, { scale: settings.scale, seed: settings.seed });
        if (mismatch) throw new ConfigError(mismatch);
        served = { bench: await startBenchDatabase(path.join(atlasHome, "neo4j"), logger), atlasHome };
      }
      if (wants("later")) {
        const figures = await benchLaterLoad({ bench: served.bench, datasetDir: data.dir, workDir: settings.workDir, agreements: settings.laterAgreements, repeats: settings.laterRepeats, seed: settings.seed, onProgress: progress });
        results.sections.later = { ...stamp(), ...figures };
        save();
      }
    }
    if (served && (wants("api") || wants("load") || wants("frontend") || wants("memory"))) {
      const { bench, atlasHome } = served;
      // The API is measured as users meet it after a load: on a server whose first act was the
      // recompute of the stored metrics from nothing. So they are forgotten first.
      if (wants("api")) await forgetStoredMetrics(bench.database);
      const heap = sampleDatabaseHeap(bench.database);
      const server = await startBenchServer({ atlasHome, boltPort: bench.boltPort });
      try {
        const ready = performance.now();
        const published = await waitForMetrics(server.url, { onProgress: progress });
        const readyToPublishedMs = performance.now() - ready;
        progress(`recompute: published ${round(readyToPublishedMs)} ms after the server was ready (the recompute itself ${published.lastDurationMs} ms)`);
        const cases = await pickApiCases(bench.database, { perCase: settings.apiRequests, seed: settings.seed });
        if (wants("api")) {
          const apiCases = await benchApi({ serverUrl: server.url, database: bench.database, cases, logger, onProgress: progress });
          // The small change comes after the load runs: a change drops every kept answer, and the
          // load measures serving the dashboard's mix, asked before.
          const recompute = { fullMs: published.lastDurationMs ?? Number.NaN, readyToPublishedMs: round(readyToPublishedMs), smallChangeMs: null, smallChangeRecomputeMs: null };
          results.sections.api = { ...stamp(), recompute, cases: apiCases };
          save();
        }
        if (wants("load")) {
          // The load test measures serving, not first computations: every question of the mix is
          // asked once beforehand (already done when the API section ran in this process).
          if (!wants("api")) {
            progress("load: asking each question of the mix once first");
            for (const apiCase of cases) for (const variables of apiCase.variables) await postGraphql(server.url, apiCase.query, variables);
          }
          const runs = [];
          for (const connections of settings.loadConnections) {
            progress(`load: ${connections} clients for ${settings.loadSeconds} s`);
            const figures = await benchLoad({ serverUrl: server.url, cases, connections, seconds: settings.loadSeconds });
            progress(`load: ${connections} clients: ${figures.requestsPerSecond} requests/s, p99 ${figures.p99Ms} ms, errors ${figures.errors + figures.non2xx + figures.timeouts + figures.graphqlErrors}`);
            runs.push(figures);
          }
          results.sections.load = { ...stamp(), runs, mix: dashboardMix };
          save();
        }
        if (wants("frontend")) {
          results.sections.frontend = { ...stamp(), ...(await benchNetworkFrames({ baseUrl: server.url, sizes: settings.frontendSizes, onProgress: progress })) };
          save();
        }
        if (wants("api")) {
          const small = await timeSmallChange(server.url, (decision) => reviewOneAgreement(bench.database, decision), progress);
          progress(`recompute: a small change published after ${round(small.totalMs)} ms (the recompute itself ${small.recomputeMs} ms)`);
          results.sections.api!.recompute = { ...results.sections.api!.recompute!, smallChangeMs: round(small.totalMs), smallChangeRecomputeMs: small.recomputeMs };
          save();
        }
      } finally {
        const serverMemory = residentMemory(server.pid);
        await server.stop();
        const databaseHeap = await heap.stop();
        const databaseProcess = residentMemory(bench.pid);
        if (wants("memory")) {
          results.sections.memory = {
            ...stamp(),
            note: "The server's peak over the sections it served; the database's heap sampled every second while the server ran, and its resident peak since it started (which includes the ingest only when the ingest section ran in the same invocation).",
            serverPeakRssMiB: round(serverMemory?.peakMiB ?? Number.NaN),
            databasePeakHeapUsedMiB: round(databaseHeap.peakUsedMiB),
            databaseHeapCommittedMiB: round(databaseHeap.committedMiB),
            databaseHeapMaxMiB: round(databaseHeap.maxMiB),
            databasePeakRssMiB: round(databaseProcess?.peakMiB ?? Number.NaN),
            heapSamples: databaseHeap.samples,
          };
          save();
        }
      }
    }
  } finally {
    await served?.bench.database.close();
  }
  if (wants("analytics")) {
    results.sections.analytics = { ...stamp(), ...(await benchAnalytics({ sizes: settings.analyticsSizes, repeats: settings.analyticsRepeats, seed: settings.seed, onProgress: progress })) };
    save();
  }
  return results;
}
