import { benchSettings, runBench, sectionNames, type SectionName } from "./run-bench.ts";
import { ingestPaths, type IngestPath } from "./ingest-bench.ts";
import type { Logger } from "../server/logger.ts";
import { scaleNames, type ScaleName } from "../server/generate/scales.ts";

export const benchUsage = `usage: npm run bench [-- --quick] [--scale province|national|tiny] [--only SECTIONS] [--ingest-paths PATHS]
  --quick      a few minutes: a province-sized dataset, 10 s load runs, analytics at 10,000
               organisations, front end at 1,000 and 5,000 nodes (results in bench/results-quick.json)
               without it: the national dataset, 30 s load runs, analytics at 10k, 50k and 100k,
               front end at 1k, 5k and 10k (bench/results.json); about half an hour on 2 cores
  --scale      the dataset's scale instead of the preset's
  --only       a comma-separated subset of ${sectionNames.join(",")}; the others keep their
               earlier figures (api, load, frontend and memory reuse the last ingest's database)
  --ingest-paths  a comma-separated subset of ${ingestPaths.join(",")} for the ingest section (default
               all); LOAD CSV, the baseline, always runs, and a pipeline left out keeps its last figures
  Heap and page cache of the embedded database: ATLAS_NEO4J_HEAP, ATLAS_NEO4J_PAGE_CACHE.
`;

export interface BenchArgs {
  quick: boolean;
  scale?: ScaleName;
  only?: SectionName[];
  ingestPaths?: IngestPath[];
}

/** The arguments, or a message saying what is wrong with them. */
export function parseBenchArgs(args: string[]): BenchArgs | string {
  const parsed: BenchArgs = { quick: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--quick") parsed.quick = true;
    else if (arg === "--ingest-paths") {
      const value = args[++i];
      if (!value || value.startsWith("--")) return `${arg} needs a value`;
      const paths = value.split(",").map((s) => s.trim());
      const unknown = paths.filter((p) => !(ingestPaths as readonly string[]).includes(p));
      if (unknown.length > 0) return `--ingest-paths takes ${ingestPaths.join(", ")}, not ${unknown.join(", ")}`;
      parsed.ingestPaths = [...new Set(["load-csv", ...paths])] as IngestPath[];
    } else if (arg === "--scale" || arg === "--only") {
      const value = args[++i];
      if (!value || value.startsWith("--")) return `${arg} needs a value`;
      if (arg === "--scale") {
        if (!(scaleNames as string[]).includes(value)) return `--scale must be one of ${scaleNames.join(", ")}, not "${value}"`;
        parsed.scale = value as ScaleName;
      } else {
        const sections = value.split(",").map((s) => s.trim());
        const unknown = sections.filter((s) => !(sectionNames as readonly string[]).includes(s));
        if (unknown.length > 0) return `--only takes ${sectionNames.join(", ")}, not ${unknown.join(", ")}`;
        parsed.only = sections as SectionName[];
      }
    } else return `unexpected argument "${arg}"`;
  }
  return parsed;
}

/** `npm run bench`: runs the benchmarks and writes bench/results(-quick).json and bench/README.md. */
export async function benchCommand(logger: Logger, args: string[]): Promise<number> {
  const parsed = parseBenchArgs(args);
  if (typeof parsed === "string") {
    process.stderr.write(`bench: ${parsed}\n${benchUsage}`);
    return 2;
  }
  const settings = benchSettings(parsed.quick, { ...(parsed.scale ? { scale: parsed.scale } : {}), ...(parsed.only ? { sections: parsed.only } : {}), ...(parsed.ingestPaths ? { ingestPaths: parsed.ingestPaths } : {}) });
  const started = performance.now();
  const progress = (line: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s] ${line}\n`);
  progress(`${settings.mode} run at ${settings.scale} scale: ${settings.sections.join(", ")}`);
  await runBench(settings, logger, progress);
  progress(`done; figures in bench/${settings.mode === "full" ? "results.json" : "results-quick.json"} and bench/README.md`);
  return 0;
}
