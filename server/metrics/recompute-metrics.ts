import neo4j from "neo4j-driver";
import { dropMetricRuns, namedQuery, type Database } from "../db/index.ts";
import { computeInWorker } from "./compute-in-worker.ts";
import { coverageCounts, countsOf, type EnterpriseCoverageRow, type ServingCoverageRow } from "./coverage-figures.ts";
import { BatchWriter } from "./batch-writer.ts";
import type { ComputedScopes, MetricsSnapshot } from "./compute-scopes.ts";

/** Where a recompute is, for the dashboard's progress line. */
export interface RecomputeProgress {
  phase: "reading" | "computing" | "coverage" | "writing" | "publishing";
  /** 0 to 1 over the whole recompute, by a rough weight of each phase. */
  fraction: number;
}

export interface RecomputeResult {
  run: number;
  /** The graph version the metrics were computed from. */
  graphVersion: number;
  durationMs: number;
  /** Networks stored (the country's, the provinces' and prefectures' with a link). */
  networks: number;
  organizationRows: number;
  coverageCells: number;
  /** Milliseconds per phase. */
  phases: Record<RecomputeProgress["phase"], number>;
}

export interface RecomputeOptions {
  /** Who claims the recompute (a server's own id): with several servers, one computes. */
  runner: string;
  /** YYYY-MM-DD: which agreements are live for the coverage cells. */
  today: string;
  onProgress?: (progress: RecomputeProgress) => void;
  /** Rows per write transaction. Default 10,000. */
  batchSize?: number;
  /** How long the claim lasts without renewal; renewed at every batch. Default 300 s. */
  leaseSeconds?: number;
  /** Each read's and write's transaction timeout. Default 10 minutes. */
  timeoutMs?: number;
}

const phaseWeights: Record<RecomputeProgress["phase"], [number, number]> = {
  reading: [0, 0.1],
  computing: [0.1, 0.8],
  coverage: [0.8, 0.82],
  writing: [0.82, 0.97],
  publishing: [0.97, 1],
};

/**
 * Computes what the views read stored and publishes it as a new run: every organisation's
 * degree, weighted degree, betweenness (with its sample size), community and place in the
 * strongest part, in the whole country's network and in its province's and prefecture's; each
 * network's figures; and the coverage matrix's cells for every province and prefecture. Readers
 * keep the published run until the new one is whole; the run before stays for a request that
 * read its number just before, and every other run (older ones, a failed run's leftovers) is
 * dropped. Null when another server holds the claim.
 *
 * Cost: two reads of the graph (organisations with their regions, every collaboration link), the
 * analytics in a worker thread (computeScopeParts), the coverage cells' aggregate reads, and writes
 * of about three rows per collaborating organisation. The coverage reads and the writes of the
 * parts already computed run while the worker computes the rest, so the database's work and the
 * worker's overlap on two cores; `phases` are wall-clock times, the writes after the last part
 * being `writing`.
 */
export async function recomputeMetrics(database: Database, options: RecomputeOptions): Promise<RecomputeResult | null> {
  const started = Date.now();
  const batchSize = options.batchSize ?? 10_000;
  const leaseSeconds = options.leaseSeconds ?? 300;
  const timeoutMs = options.timeoutMs ?? 600_000;
  const int = (value: number) => neo4j.int(value);
  const write = (name: string, params: Record<string, unknown>) => database.write(namedQuery(name), params, { timeoutMs });
  const read = async <Row>(name: string, params: Record<string, unknown> = {}) =>
    (await database.read(namedQuery(name), params, { timeoutMs })).records.map((record) => record.toObject() as Row);

  const claim = await write("metrics-claim", { runner: options.runner, leaseSeconds: int(leaseSeconds) });
  const claimed = claim.records[0];
  if (!claimed) return null;
  const run = Number(claimed.get("run"));
  const graphVersion = Number(claimed.get("graphVersion"));
  const publishedRun = claimed.get("publishedRun") === null ? null : Number(claimed.get("publishedRun"));
  const phases = { reading: 0, computing: 0, coverage: 0, writing: 0, publishing: 0 };
  let phaseStarted = Date.now();
  const enter = (phase: RecomputeProgress["phase"], within = 0) => {
    const [from, to] = phaseWeights[phase];
    options.onProgress?.({ phase, fraction: from + (to - from) * within });
  };
  const finish = (phase: RecomputeProgress["phase"]) => {
    phases[phase] = Date.now() - phaseStarted;
    phaseStarted = Date.now();
  };
  const renew = async () => {
    const renewed = await write("metrics-renew", { runner: options.runner, leaseSeconds: int(leaseSeconds) });
    if (renewed.records.length === 0) throw new Error("The recompute lost its claim (another server took it over after the lease ran out).");
  };

  const writer = new BatchWriter(async (name, rows) => {
    await write(name, { run: int(run), rows: rows.map(integersAsCypher) });
    await renew();
  }, batchSize);
  let coverage: Promise<Record<string, unknown>[]> | undefined;
  try {
    enter("reading");
    const [organizations, links] = await Promise.all([
      read<MetricsSnapshot["organizations"][number]>("metrics-snapshot-organizations"),
      read<MetricsSnapshot["links"][number]>("metrics-snapshot-links"),
    ]);
    finish("reading");

    // The database is idle while the worker computes: the coverage cells are read meanwhile, and
    // each part is written as soon as it is done.
    enter("computing");
    coverage = storedCoverageCells(database, options.today, timeoutMs);
    coverage.catch(() => undefined); // awaited below; a failure before then must not go unhandled
    const networks: ComputedScopes["networks"] = [];
    let organizationRows = 0;
    await computeInWorker({ organizations, links }, (part) => {
      enter("computing", part.done / part.total);
      networks.push(...part.networks);
      organizationRows += part.organizations.length;
      writer.throwIfFailed();
      writer.add("metrics-write-organizations", part.organizations);
    });
    finish("computing");

    enter("coverage");
    const cells = await coverage;
    finish("coverage");

    enter("writing");
    writer.add("metrics-write-coverage-cells", cells);
    writer.add("metrics-write-networks", networks);
    const progress = setInterval(() => enter("writing", writer.written / Math.max(1, writer.queued)), 250);
    try {
      await writer.flush();
    } finally {
      clearInterval(progress);
    }
    finish("writing");

    enter("publishing");
    const durationMs = Date.now() - started;
    await write("metrics-publish", { runner: options.runner, run: int(run), graphVersion: int(graphVersion), today: options.today, durationMs: int(durationMs) });
    // The run published before stays for requests that read its number just before; a failed
    // run's leftovers go.
    await dropMetricRuns(database, publishedRun === null ? [run] : [run, publishedRun]);
    finish("publishing");
    return {
      run,
      graphVersion,
      durationMs: Date.now() - started,
      networks: networks.length,
      organizationRows,
      coverageCells: cells.length,
      phases,
    };
  } catch (error) {
    await writer.abandon();
    await coverage?.catch(() => undefined);
    await write("metrics-release", { runner: options.runner, run: int(run) }).catch(() => undefined);
    throw error;
  }
}

/**
 * The coverage matrix's cells for every province and prefecture where each chain is judged, as
 * coverageCells computes them, from one read of the enterprises and one of what serves the
 * segments, counted in Node (coverageCounts). Cells with nothing in them are stored too: the
 * matrix has a cell wherever a chain is judged.
 */
async function storedCoverageCells(database: Database, today: string, timeoutMs: number): Promise<Record<string, unknown>[]> {
  const read = async <Row>(name: string, params: Record<string, unknown> = {}) =>
    (await database.read(namedQuery(name), params, { timeoutMs })).records.map((record) => record.toObject() as Row);
  const regionCodes = (await read<{ code: string }>("metrics-coverage-regions")).map((row) => row.code);
  const [chains, places, enterprises, serving] = await Promise.all([
    read<{ chain: { id: string; regionCode: string | null }; segmentCount: number }>("coverage-matrix-chains", { chainIds: null }),
    read<{ chainId: string; regionCodes: string[] }>("coverage-matrix-places", { regionCodes, chainIds: null }),
    read<EnterpriseCoverageRow>("metrics-coverage-enterprises", { today }),
    read<ServingCoverageRow>("metrics-coverage-serving", { today }),
  ]);
  const counts = coverageCounts(regionCodes, enterprises, serving);
  const judgedIn = new Map(places.map((row) => [row.chainId, new Set(row.regionCodes)]));
  const cells: Record<string, unknown>[] = [];
  for (const { chain, segmentCount } of chains) {
    for (const regionCode of regionCodes) {
      if (chain.regionCode && !judgedIn.get(chain.id)?.has(regionCode)) continue;
      const counted = countsOf(counts, chain.id, regionCode);
      cells.push({
        chainId: chain.id,
        regionCode,
        segmentCount,
        coveredSegmentCount: counted?.coveredSegmentIds.size ?? 0,
        coveredSegmentIds: [...(counted?.coveredSegmentIds ?? [])].sort(),
        enterpriseCount: counted?.enterpriseCount ?? 0,
        partneredEnterpriseCount: counted?.partneredEnterpriseCount ?? 0,
      });
    }
  }
  return cells;
}

/** Whole numbers as Cypher integers (JavaScript numbers arrive as floats); other values as they are. */
function integersAsCypher(row: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === "number" && Number.isSafeInteger(value) && key !== "betweenness" && key !== "modularity" ? neo4j.int(value) : value]));
}
