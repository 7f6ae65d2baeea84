import { adjacency } from "../server/analytics/adjacency.ts";
import { betweenness, dependencies } from "../server/analytics/betweenness.ts";
import { communities } from "../server/analytics/communities.ts";
import { summarize } from "./stats.ts";
import { syntheticCollaborationGraph, type SyntheticCollaborationGraph } from "./synthetic-collaboration-graph.ts";

export interface AnalyticsBenchOptions {
  /** Organisations per synthetic graph. Default [10_000, 50_000, 100_000]. */
  sizes?: number[];
  /** Runs of each measure per size. Default 3. */
  repeats?: number;
  /** Seed of the synthetic graphs; the analytics keep their own default seeds. Default 1. */
  seed?: number;
  /** Exact betweenness is run only when its estimated time fits this. Default 120,000 ms. */
  exactBudgetMs?: number;
  onProgress?: (line: string) => void;
}

/** Repeated timings of one measure, in seconds. */
export interface Measure {
  median: number;
  min: number;
  max: number;
  /** Every run, in the order taken. */
  runs: number[];
}

/** Exact betweenness timed over a few sources, to estimate the whole. */
export interface ExactProbe {
  sourcesTimed: number;
  msPerSource: number;
  /** Building the compressed adjacency the searches run on: paid once per exact run. */
  adjacencyMs: number;
  /** adjacencyMs + msPerSource × nodes, in seconds. */
  secondsEstimate: number;
}

export type ExactBetweenness =
  /** Run for real with every node as a source; the probe is kept to show how good its estimate was. */
  | { estimated: false; seconds: Measure; probe: ExactProbe }
  /** NOT a measurement: the probe's estimate, over budget, so the exact measure was not run. */
  | ({ estimated: true; budgetMs: number } & ExactProbe);

export interface AnalyticsSizeResult {
  nodes: number;
  links: number;
  /** Building the synthetic graph, once. */
  generateSeconds: number;
  louvain: { seconds: Measure; communities: number; modularity: number | null };
  /** `betweenness` with its defaults, as the network view runs it. */
  betweennessSampled: {
    seconds: Measure;
    /** "exact" when the graph is small enough for the defaults to measure it exactly. */
    method: "exact" | "sampled";
    /** Sources the defaults chose (a work budget cuts them on large graphs); null when exact. */
    sampleSize: number | null;
  };
  betweennessExact: ExactBetweenness;
  /**
   * Largest `heapUsed` seen, in bytes, sampled after building the graph and after every run while
   * its result is still held. The analytics run synchronously, so nothing can sample inside a
   * run: a short-lived peak within one is missed, while garbage not yet collected is counted.
   */
  peakHeapUsedBytes: number;
}

export interface AnalyticsBenchResult {
  seed: number;
  repeats: number;
  exactBudgetMs: number;
  nodeVersion: string;
  sizes: AnalyticsSizeResult[];
}

export const ANALYTICS_BENCH_DEFAULTS = {
  sizes: [10_000, 50_000, 100_000],
  repeats: 3,
  seed: 1,
  exactBudgetMs: 120_000,
} as const;

/** Sources timed for the exact estimate: enough to average out the cheap searches from the leaves. */
const probeSources = 32;

/**
 * Times the analytics of the network view on synthetic collaboration graphs of each size: Louvain,
 * betweenness as the view runs it (sampled above 2,000 nodes), and exact betweenness — for real
 * when a probe of a few sources says it fits `exactBudgetMs`, and otherwise only the probe's
 * estimate, flagged `estimated: true`.
 */
export async function benchAnalytics(options: AnalyticsBenchOptions = {}): Promise<AnalyticsBenchResult> {
  const sizes = options.sizes ?? [...ANALYTICS_BENCH_DEFAULTS.sizes];
  const repeats = options.repeats ?? ANALYTICS_BENCH_DEFAULTS.repeats;
  const seed = options.seed ?? ANALYTICS_BENCH_DEFAULTS.seed;
  const exactBudgetMs = options.exactBudgetMs ?? ANALYTICS_BENCH_DEFAULTS.exactBudgetMs;
  const progress = options.onProgress ?? (() => {});
  validate(sizes, repeats, exactBudgetMs);

  const results: AnalyticsSizeResult[] = [];
  for (const nodes of sizes) results.push(await benchSize(nodes, { repeats, seed, exactBudgetMs, progress }));
  return { seed, repeats, exactBudgetMs, nodeVersion: process.version, sizes: results };
}

function validate(sizes: readonly number[], repeats: number, exactBudgetMs: number): void {
  if (sizes.length === 0 || !sizes.every((n) => Number.isInteger(n) && n >= 3)) {
    throw new RangeError(`benchAnalytics: sizes must be whole numbers ≥ 3, not [${sizes.join(", ")}]`);
  }
  if (!Number.isInteger(repeats) || repeats < 1) throw new RangeError(`benchAnalytics: repeats must be a whole number ≥ 1, not ${repeats}`);
  if (!(exactBudgetMs >= 0)) throw new RangeError(`benchAnalytics: exactBudgetMs must be ≥ 0, not ${exactBudgetMs}`);
}

interface SizeSettings {
  repeats: number;
  seed: number;
  exactBudgetMs: number;
  progress: (line: string) => void;
}

async function benchSize(nodes: number, { repeats, seed, exactBudgetMs, progress }: SizeSettings): Promise<AnalyticsSizeResult> {
  const say = (line: string) => progress(`analytics ${nodes.toLocaleString("en")} nodes: ${line}`);
  const heap = new HeapPeak();
  collectGarbageIfExposed();

  const generated = timed(() => syntheticCollaborationGraph({ nodes, seed }));
  const graph = generated.value;
  heap.sample();
  say(`graph of ${graph.size.toLocaleString("en")} links built in ${seconds(generated.ms)} s`);

  const louvain = await repeat(repeats, () => communities(graph), heap, (run, ms) => say(`louvain ${run}/${repeats} ${seconds(ms)} s`));
  const sampled = await repeat(repeats, () => betweenness(graph), heap, (run, ms) => say(`betweenness (defaults) ${run}/${repeats} ${seconds(ms)} s`));
  const exact = await benchExactBetweenness(graph, { repeats, exactBudgetMs, heap, say });

  return {
    nodes: graph.order,
    links: graph.size,
    generateSeconds: seconds(generated.ms),
    louvain: { seconds: measure(louvain.ms), communities: louvain.last.count, modularity: louvain.last.modularity },
    betweennessSampled: { seconds: measure(sampled.ms), method: sampled.last.method, sampleSize: sampled.last.sampleSize },
    betweennessExact: exact,
    peakHeapUsedBytes: heap.peak,
  };
}

interface ExactSettings {
  repeats: number;
  exactBudgetMs: number;
  heap: HeapPeak;
  say: (line: string) => void;
}

async function benchExactBetweenness(
  graph: SyntheticCollaborationGraph,
  { repeats, exactBudgetMs, heap, say }: ExactSettings,
): Promise<ExactBetweenness> {
  const probe = probeExactBetweenness(graph);
  heap.sample();
  if (probe.secondsEstimate * 1000 > exactBudgetMs) {
    say(`betweenness exact NOT RUN: estimated ${probe.secondsEstimate} s (${probe.msPerSource} ms × ${graph.order} sources) is over the ${exactBudgetMs / 1000} s budget`);
    return { estimated: true, budgetMs: exactBudgetMs, ...probe };
  }
  const runs = await repeat(
    repeats,
    () => betweenness(graph, { exactUpTo: Number.POSITIVE_INFINITY }),
    heap,
    (run, ms) => say(`betweenness exact ${run}/${repeats} ${seconds(ms)} s (estimated ${probe.secondsEstimate} s)`),
  );
  return { estimated: false, seconds: measure(runs.ms), probe };
}

/**
 * Brandes' searches from sources spread evenly over the node order, which runs through every
 * label; the same searches the exact measure runs, one per node.
 */
function probeExactBetweenness(graph: SyntheticCollaborationGraph): ExactProbe {
  const built = timed(() => adjacency(graph));
  const n = built.value.keys.length;
  const count = Math.min(n, probeSources);
  const sources = Int32Array.from({ length: count }, (_, i) => Math.floor((i * n) / count));
  const searched = timed(() => dependencies(built.value, sources));
  const msPerSource = searched.ms / count;
  return {
    sourcesTimed: count,
    msPerSource: significant(msPerSource),
    adjacencyMs: significant(built.ms),
    secondsEstimate: seconds(built.ms + msPerSource * n),
  };
}

/** Runs `work` `times` times; lets the event loop turn between runs so progress lines get out. */
async function repeat<T>(
  times: number,
  work: () => T,
  heap: HeapPeak,
  report: (run: number, ms: number) => void,
): Promise<{ ms: number[]; last: T }> {
  const ms: number[] = [];
  let last: T | undefined;
  for (let run = 1; run <= times; run++) {
    const result = timed(work);
    heap.sample();
    ms.push(result.ms);
    last = result.value;
    report(run, result.ms);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { ms, last: last as T };
}

function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

function measure(ms: readonly number[]): Measure {
  const { median, min, max, runs } = summarize(ms.map((value) => value / 1000));
  return { median: significant(median), min: significant(min), max: significant(max), runs: runs.map(significant) };
}

class HeapPeak {
  peak = 0;

  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage().heapUsed);
  }
}

/** Under `node --expose-gc`, one size's leftovers do not count towards the next one's peak. */
function collectGarbageIfExposed(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc === "function") gc();
}

/** Four significant digits: figures to compare across sizes from milliseconds to minutes, not float noise. */
const significant = (value: number): number => Number(value.toPrecision(4));

const seconds = (ms: number): number => significant(ms / 1000);
