import { describe, expect, it } from "vitest";
import { renderResults } from "./render-results.ts";
import type { BenchResults } from "./results.ts";
import { summarize } from "./stats.ts";

const stamp = { measuredAt: "2026-11-21T12:00:00.000Z", commit: "abc1234", scale: "national", loadAverage: 1.5 };

function results(loadP99Ms: number, pipelineSeconds: number): BenchResults {
  return {
    mode: "full",
    scale: "national",
    seed: 1,
    measuredAt: stamp.measuredAt,
    commit: stamp.commit,
    machine: { cpu: "test cpu", cores: 2, memoryGiB: 24, os: "Linux", node: "v20", neo4j: "5.26", neo4jHeap: "4g", neo4jPageCache: "4g", packages: {} },
    sections: {
      ingest: {
        ...stamp,
        rows: 1000,
        seconds: pipelineSeconds,
        rowsPerSecond: 1000 / pipelineSeconds,
        loadCsvSeconds: 10,
        loadCsvRowsPerSecond: 100,
        versusLoadCsv: pipelineSeconds / 10,
        sameCounts: true,
        counts: { nodes: {}, relationships: {} },
        pipeline: summarize([pipelineSeconds]),
        loadCsv: summarize([10]),
        loadCsvSteps: [{ file: "07-agreements.cypher", seconds: 8, rows: 900 }],
      },
      load: {
        ...stamp,
        runs: [{ connections: 200, seconds: 30, requests: 9000, requestsPerSecond: 300, p50Ms: 100, p99Ms: loadP99Ms, maxMs: 900, errors: 0, graphqlErrors: 0, timeouts: 0, non2xx: 0 }],
      },
    },
  };
}

describe("renderResults", () => {
  it("judges each goal by its figure", () => {
    const good = renderResults(results(400, 8));
    expect(good).toContain('goal "at least as fast as LOAD CSV" **met**');
    expect(good).toContain('at 200 clients": **met**');
    const bad = renderResults(results(600, 12));
    expect(bad).toContain('goal "at least as fast as LOAD CSV" **not met**');
    expect(bad).toContain('at 200 clients": **not met**');
  });

  it("names the machine, the commit and the load it was measured under", () => {
    const text = renderResults(results(400, 8));
    expect(text).toContain("test cpu, 2 cores, 24 GiB");
    expect(text).toContain("abc1234, load average 1.5");
    expect(text).toContain("07-agreements.cypher 8.00 s");
  });

  it("judges the importer path against 3× LOAD CSV, and says where a pipeline figure not measured again comes from", () => {
    const base = results(400, 12);
    const importer = (seconds: number) => ({
      seconds,
      rowsPerSecond: 1000 / seconds,
      speedUpOverLoadCsv: 10 / seconds,
      runs: summarize([seconds]),
      phases: { resolve: 1, files: 0.5, importer: 1, restart: 0.5, schema: 0.2 },
      sameCounts: true,
    });
    const fast = renderResults({ ...base, sections: { ...base.sections, ingest: { ...base.sections.ingest!, importer: importer(3.2) } } });
    expect(fast).toContain('LOAD CSV ÷ importer path: 3.13× — goal "first load at least 3× the speed of LOAD CSV" **met**');
    expect(fast).toContain("the importer 1.00 s, stopping and starting the database 0.50 s");
    const slow = renderResults({
      ...base,
      sections: { ...base.sections, ingest: { ...base.sections.ingest!, importer: importer(4), pipelineFrom: { measuredAt: "2026-11-20T10:00:00.000Z", commit: "0ld0ne1" } } },
    });
    expect(slow).toContain('goal "first load at least 3× the speed of LOAD CSV" **not met**');
    expect(slow).toContain("its figures are those of 2026-11-20 at 0ld0ne1");
  });
});
