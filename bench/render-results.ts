import type { BenchResults } from "./results.ts";
import type { RecomputeFigures } from "./recompute-bench.ts";

// Markdown tables of one run, for bench/README.md. Figures are shown as measured; each goal of
// the issue gets a yes or no beside the figure it judges.

const number = (value: number, digits = 0) =>
  Number.isFinite(value) ? value.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits }) : "—";
const seconds = (value: number) => `${number(value, value < 10 ? 2 : 1)} s`;
const ms = (value: number) => `${number(value, value < 10 ? 1 : 0)} ms`;
const spread = (runs: readonly number[], format: (v: number) => string) =>
  runs.length > 1 ? `${format(Math.min(...runs))} – ${format(Math.max(...runs))}` : "one run";
const verdict = (met: boolean) => (met ? "**met**" : "**not met**");

function table(head: string[], rows: (string | number)[][]): string {
  return [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");
}

function ingest(results: BenchResults): string[] {
  const s = results.sections.ingest;
  if (!s) return [];
  return [
    `### Ingest (${s.scale}, ${number(s.rows)} records, ${s.pipeline.n} run${s.pipeline.n > 1 ? "s" : ""} each; ${s.measuredAt.slice(0, 10)}, ${s.commit}${loadNote(s.loadAverage)})`,
    "",
    table(
      ["load into an empty database", "seconds (median)", "spread", "records/s"],
      [
        [`our pipeline, transactional (\`npm run ingest -- --first-load transactional\`)${s.pipelineFrom ? " *" : ""}`, seconds(s.seconds), spread(s.pipeline.runs, seconds), number(s.rowsPerSecond)],
        ["Neo4j `LOAD CSV … IN TRANSACTIONS`", seconds(s.loadCsvSeconds), spread(s.loadCsv.runs, seconds), number(s.loadCsvRowsPerSecond)],
        ...(s.importer
          ? [["our pipeline, first load through Neo4j's importer (`npm run ingest`, empty embedded database)", seconds(s.importer.seconds), spread(s.importer.runs.runs, seconds), number(s.importer.rowsPerSecond)]]
          : []),
      ],
    ),
    "",
    ...(s.pipelineFrom ? [`\\* The transactional pipeline was not run this time: its figures are those of ${s.pipelineFrom.measuredAt.slice(0, 10)} at ${s.pipelineFrom.commit}${loadNote(s.pipelineFrom.loadAverage)}.`, ""] : []),
    `Pipeline (transactional) ÷ LOAD CSV: ${number(s.versusLoadCsv, 2)} — goal "at least as fast as LOAD CSV" ${verdict(s.versusLoadCsv <= 1)}. ` +
      `Same nodes per label and relationships per type from both: ${s.sameCounts ? "yes" : "**no**"}.`,
    "",
    ...(s.importer
      ? [
          `LOAD CSV ÷ importer path: ${number(s.importer.speedUpOverLoadCsv, 2)}× — goal "first load at least 3× the speed of LOAD CSV" ${verdict(s.importer.speedUpOverLoadCsv >= 3)}. ` +
            `Same nodes per label and relationships per type as LOAD CSV: ${s.importer.sameCounts ? "yes" : "**no**"}. ` +
            `Its parts (medians): reading, validating, resolving and checking in Node ${seconds(s.importer.phases.resolve)}, writing the importer's files ${seconds(s.importer.phases.files)}, ` +
            `the importer ${seconds(s.importer.phases.importer)}, stopping and starting the database ${seconds(s.importer.phases.restart)}, the schema ${seconds(s.importer.phases.schema)}.`,
          "",
        ]
      : []),
    `LOAD CSV by file: ${s.loadCsvSteps.map((step) => `${step.file} ${seconds(step.seconds)}`).join(", ")}.`,
    "",
  ];
}

function later(results: BenchResults): string[] {
  const s = results.sections.later;
  if (!s) return [];
  return [
    `### Later load (${number(s.agreements)} new agreements into the loaded ${s.scale} graph, ${s.pipeline.n} run${s.pipeline.n > 1 ? "s" : ""} each; ${s.measuredAt.slice(0, 10)}, ${s.commit}${loadNote(s.loadAverage)})`,
    "",
    table(
      ["load into the loaded graph", "seconds (median)", "spread"],
      [
        ["our pipeline, transactional, as a changeset (`npm run ingest`)", seconds(s.seconds), spread(s.pipeline.runs, seconds)],
        ["Neo4j `LOAD CSV … IN TRANSACTIONS`, the new agreements added to their pairs' links", seconds(s.loadCsvSeconds), spread(s.loadCsv.runs, seconds)],
        ["undoing the pipeline's changeset (`atlas import undo`)", seconds(s.undoSeconds), spread(s.undo.runs, seconds)],
      ],
    ),
    "",
    `LOAD CSV ÷ pipeline: ${number(s.speedOverLoadCsv, 2)}× — goal "later loads of 10,000 agreements at least 1.0× LOAD CSV" ${verdict(s.speedOverLoadCsv >= 1)}. ` +
      `Same nodes and relationships added by both: ${s.sameCounts ? "yes" : "**no**"}; the graph as before after each undo and removal: ${s.restored ? "yes" : "**no**"}.`,
    "",
  ];
}

function api(results: BenchResults): string[] {
  const s = results.sections.api;
  if (!s) return [];
  const rows = Object.entries(s.cases).map(([name, f]) => [
    `${name}: ${f.description}`,
    f.requests,
    ms(f.p50Ms),
    ms(f.p95Ms),
    ms(f.cypherP95Ms),
    number(f.overP95, 2),
    f.overPairedMedian === undefined ? "—" : number(f.overPairedMedian, 2),
    ms(f.cachedP95Ms),
    number(f.queriesPerRequest),
    number(f.dbHits.median),
  ]);
  return [
    `### API (${s.scale}; ${s.measuredAt.slice(0, 10)}, ${s.commit}${loadNote(s.loadAverage)})`,
    "",
    "Each request asks something not asked before (a different province, organisation or text), so p50 and p95 are computed answers; " +
      "*cached* asks the same again. *Cypher p95* runs the queries those requests ran, recorded as sent, straight through the driver; " +
      "*paired median ÷* is the median of each request's time over its own Cypher's, the two timed one right after the other.",
    "",
    table(["question", "requests", "p50", "p95", "Cypher p95", "p95 ÷ Cypher", "paired median ÷", "cached p95", "queries", "db hits (median)"], rows),
    "",
    `Goal "first answer of every view p95 ≤ 1 s": ${Object.entries(s.cases)
      .map(([name, f]) => `${name} ${f.p95Ms <= 1000 ? "met" : `**not met** (${ms(f.p95Ms)})`}`)
      .join(", ")}.`,
    "",
    `Goal "every question's paired median ≤ 1.1× its own Cypher": ${Object.entries(s.cases)
      .map(([name, f]) => {
        const ratio = f.overPairedMedian ?? f.overP95;
        return `${name} ${ratio <= 1.1 ? "met" : `**not met** (${number(ratio, 2)})`}`;
      })
      .join(", ")}.`,
    "",
    ...recompute(s.recompute),
  ];
}

function recompute(r: RecomputeFigures | undefined): string[] {
  if (!r) return [];
  return [
    "Stored metrics (server/metrics/): the server under test started with none, as after a first load, and recomputed them before any question was asked; then one agreement was rejected through the review and the figures were timed until metrics of the changed graph were published (the recompute is whole: a small change costs a full one, which is its bound).",
    "",
    table(
      ["recompute", "seconds"],
      [
        ["from nothing, the recompute itself", seconds(r.fullMs / 1000)],
        ["from nothing, server ready → published", seconds(r.readyToPublishedMs / 1000)],
        ["after a small change, change → published", r.smallChangeMs === null ? "—" : seconds(r.smallChangeMs / 1000)],
        ["after a small change, the recompute itself", r.smallChangeRecomputeMs === null ? "—" : seconds(r.smallChangeRecomputeMs / 1000)],
      ],
    ),
    "",
    `Goal "recompute after a national load ≤ 60 s": ${r.fullMs <= 60_000 ? "met" : "**not met**"} (${seconds(r.fullMs / 1000)}).`,
    "",
  ];
}

function load(results: BenchResults): string[] {
  const s = results.sections.load;
  if (!s) return [];
  const rows = s.runs.map((r) => [r.connections, `${r.seconds} s`, number(r.requests), number(r.requestsPerSecond), ms(r.p50Ms), ms(r.p99Ms), ms(r.maxMs), r.errors + r.timeouts + r.non2xx + r.graphqlErrors]);
  const at200 = s.runs.find((r) => r.connections === 200);
  return [
    `### Load (${s.scale}; ${s.measuredAt.slice(0, 10)}, ${s.commit}${loadNote(s.loadAverage)})`,
    "",
    `Concurrent clients on loopback asking the dashboard's mix (${
      s.mix
        ? Object.entries(s.mix)
            .map(([name, times]) => (times > 1 ? `${name} ×${times}` : name))
            .join(", ")
        : "search ×3, network, coverage, profile, timeline, briefing"
    }) back to back.`,
    "",
    table(["clients", "for", "requests", "requests/s", "p50", "p99", "max", "errors"], rows),
    "",
    at200
      ? `Goal "no errors, p99 under 500 ms at 200 clients": ${verdict(at200.p99Ms < 500 && at200.errors + at200.timeouts + at200.non2xx + at200.graphqlErrors === 0)}.`
      : "",
    "",
  ];
}

function analytics(results: BenchResults): string[] {
  const s = results.sections.analytics;
  if (!s) return [];
  const rows = s.sizes.map((size) => [
    number(size.nodes),
    number(size.links),
    `${seconds(size.louvain.seconds.median)} (${spread(size.louvain.seconds.runs, seconds)})`,
    `${seconds(size.betweennessSampled.seconds.median)} (${size.betweennessSampled.method}${size.betweennessSampled.sampleSize ? `, ${size.betweennessSampled.sampleSize} sources` : ""})`,
    size.betweennessExact.estimated
      ? `≈ ${seconds(size.betweennessExact.secondsEstimate)} *estimated* from ${size.betweennessExact.sourcesTimed} sources (not run: over the ${number(size.betweennessExact.budgetMs / 1000)} s budget)`
      : `${seconds(size.betweennessExact.seconds.median)} (${spread(size.betweennessExact.seconds.runs, seconds)})`,
    number(size.peakHeapUsedBytes / 1024 ** 2),
  ]);
  return [
    `### Analytics (synthetic collaboration graphs, ${s.repeats} runs each; ${s.measuredAt.slice(0, 10)}, ${s.commit}${loadNote(s.loadAverage)})`,
    "",
    table(["organisations", "links", "Louvain (spread)", "betweenness as served", "betweenness exact", "peak heap MiB"], rows),
    "",
  ];
}

function frontend(results: BenchResults): string[] {
  const s = results.sections.frontend;
  if (!s) return [];
  const rows = s.networks.map((n) => [
    number(n.nodes),
    number(n.links),
    seconds(n.layoutSeconds),
    ms(n.frameInterval.meanMs),
    ms(n.frameInterval.p95Ms),
    ms(n.drawTime.meanMs),
    ms(n.clickDuringLayout.paintedMs),
    n.pageErrors.length,
  ]);
  return [
    `### Front end (network view, headless Chromium ${s.chromium.version}, ${s.viewport.width}×${s.viewport.height}; ${s.measuredAt.slice(0, 10)}, ${s.commit}${loadNote(s.loadAverage)})`,
    "",
    `Panning for ${number(s.panMs)} ms after the layout settles; a click on "Zoom in" during the layout.`,
    "",
    table(["nodes", "links", "layout", "frame interval mean", "frame interval p95", "draw mean", "click painted after", "page errors"], rows),
    "",
  ];
}

function memory(results: BenchResults): string[] {
  const s = results.sections.memory;
  if (!s) return [];
  return [
    `### Memory (${s.scale}; ${s.measuredAt.slice(0, 10)}, ${s.commit}${loadNote(s.loadAverage)})`,
    "",
    table(
      ["process", "figure", "MiB"],
      [
        ["server (Node)", "peak resident", number(s.serverPeakRssMiB)],
        ["database (JVM)", "peak heap used (sampled each second)", number(s.databasePeakHeapUsedMiB)],
        ["database (JVM)", "heap committed / max", `${number(s.databaseHeapCommittedMiB)} / ${number(s.databaseHeapMaxMiB)}`],
        ["database (JVM)", "peak resident (heap, page cache, rest)", number(s.databasePeakRssMiB)],
      ],
    ),
    "",
    s.note,
    "",
  ];
}

/** "load 1.2" when the section recorded the machine's load average. */
const loadNote = (loadAverage: number | undefined) => (loadAverage === undefined ? "" : `, load average ${number(loadAverage, 1)}`);

/** The tables of one run, with the machine they were measured on. */
export function renderResults(results: BenchResults): string {
  const m = results.machine;
  return [
    `*${results.mode === "full" ? "Full run" : "Quick run"}: scale ${results.scale}, seed ${results.seed}, last written ${results.measuredAt.slice(0, 16).replace("T", " ")} UTC at ${results.commit}. ` +
      `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}; Neo4j ${m.neo4j}, heap ${m.neo4jHeap}, page cache ${m.neo4jPageCache}; ` +
      `${Object.entries(m.packages).map(([name, version]) => `${name} ${version}`).join(", ")}.*`,
    "",
    ...ingest(results),
    ...later(results),
    ...api(results),
    ...load(results),
    ...analytics(results),
    ...frontend(results),
    ...memory(results),
  ].join("\n");
}
