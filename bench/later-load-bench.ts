import path from "node:path";
import { loadCsvSteps } from "../server/db/cypher-files.ts";
import { undoChangeset } from "../server/ingest/changesets.ts";
import { ingest } from "../server/ingest/ingest.ts";
import { graphCounts, type BenchDatabase } from "./bench-database.ts";
import { benchQuery } from "./bench-queries.ts";
import { laterIdPrefix, writeLaterLoad } from "./later-load-dataset.ts";
import { loadWithLoadCsv } from "./load-csv.ts";
import { round, summarize, type Summary } from "./stats.ts";

/** A later load into the loaded graph: our transactional ingest against LOAD CSV on the same rows. */
export interface LaterLoadFigures {
  /** New agreements in the load (each with its two parties, already in the graph). */
  agreements: number;
  /** `ingest()` of the files into the loaded graph, recorded as a changeset (median). */
  seconds: number;
  /** LOAD CSV of the same rows, with the links of the pairs they touch recounted (median). */
  loadCsvSeconds: number;
  /** loadCsvSeconds / seconds: at least 1 meets the goal. */
  speedOverLoadCsv: number;
  /** Undoing the ingest's changeset (median): the graph is as before. */
  undoSeconds: number;
  /** Both loads added the same nodes per label and relationships per type. */
  sameCounts: boolean;
  /** After each undo and each removal, the graph had the counts it had before the first load. */
  restored: boolean;
  pipeline: Summary;
  loadCsv: Summary;
  undo: Summary;
}

export interface LaterLoadOptions {
  /** The loaded national (or province) graph, left as it was found. */
  bench: BenchDatabase;
  datasetDir: string;
  /** Where the later load's files are written. */
  workDir: string;
  agreements: number;
  repeats: number;
  seed: number;
  onProgress?: (line: string) => void;
}

type Counts = Awaited<ReturnType<typeof graphCounts>>;

/** What a load added: counts after minus counts before, per label and type. */
function added(before: Counts, after: Counts): Counts {
  const minus = (a: Record<string, number>, b: Record<string, number>) =>
    Object.fromEntries(Object.keys({ ...a, ...b }).sort().map((key) => [key, (a[key] ?? 0) - (b[key] ?? 0)]).filter(([, n]) => n !== 0));
  return { nodes: minus(after.nodes, before.nodes), relationships: minus(after.relationships, before.relationships) };
}

/**
 * Adds `agreements` new agreements to the loaded graph `repeats` times each way, alternating: with
 * `ingest()` as `npm run ingest` runs it (read, validate, resolve against the graph, check, write in
 * transactions, as a changeset), then undone with the changeset; and with LOAD CSV (the agreements
 * step of cypher/load-csv/ and a recount of the pairs they touch), then removed. The graph is left
 * with the counts it had.
 */
export async function benchLaterLoad(options: LaterLoadOptions): Promise<LaterLoadFigures> {
  const progress = options.onProgress ?? (() => undefined);
  const { database } = options.bench;
  const files = writeLaterLoad(options.datasetDir, path.join(options.workDir, `later-${options.agreements}`), { count: options.agreements, seed: options.seed });
  const steps = [
    ...loadCsvSteps().filter((step) => step.name === "sources" || step.name === "agreements"),
    { file: "collaborations-of-listed-agreements.cypher", name: "agreements", statement: benchQuery("collaborations-of-listed-agreements") },
  ];
  const before = await graphCounts(database);
  const times = { pipeline: [] as number[], loadCsv: [] as number[], undo: [] as number[] };
  let pipelineAdded: Counts | undefined;
  let loadCsvAdded: Counts | undefined;
  let restored = true;
  for (let i = 0; i < options.repeats; i++) {
    const started = performance.now();
    const result = await ingest(database, [files.dir], { by: "bench" });
    const seconds = (performance.now() - started) / 1000;
    if (result.problems.length > 0) throw new Error(`the later load does not load:\n${result.problems.slice(0, 10).join("\n")}`);
    if (result.summary?.loadedWith === "importer") throw new Error("the later load went through the importer: the graph was empty");
    times.pipeline.push(seconds);
    pipelineAdded = added(before, await graphCounts(database));
    const undoStarted = performance.now();
    await undoChangeset(database, result.summary!.changeset!, "bench");
    times.undo.push((performance.now() - undoStarted) / 1000);
    restored &&= JSON.stringify(await graphCounts(database)) === JSON.stringify(before);
    progress(`later load: ingest ${i + 1}/${options.repeats}: ${round(seconds)} s, undo ${round(times.undo.at(-1)!)} s`);

    const loaded = await loadWithLoadCsv(database, { datasetDir: files.dir, importDir: path.join(options.bench.home, "import"), steps });
    times.loadCsv.push(loaded.seconds);
    loadCsvAdded = added(before, await graphCounts(database));
    await database.runAutoCommit(benchQuery("forget-later-agreements"), { prefix: laterIdPrefix });
    restored &&= JSON.stringify(await graphCounts(database)) === JSON.stringify(before);
    progress(`later load: LOAD CSV ${i + 1}/${options.repeats}: ${round(loaded.seconds)} s`);
  }
  const pipeline = summarize(times.pipeline);
  const loadCsv = summarize(times.loadCsv);
  const undo = summarize(times.undo);
  return {
    agreements: options.agreements,
    seconds: round(pipeline.median),
    loadCsvSeconds: round(loadCsv.median),
    speedOverLoadCsv: round(loadCsv.median / pipeline.median, 2),
    undoSeconds: round(undo.median),
    sameCounts: JSON.stringify(pipelineAdded) === JSON.stringify(loadCsvAdded),
    restored,
    pipeline,
    loadCsv,
    undo,
  };
}
