import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import { loadCsvSteps, type LoadCsvStep } from "../server/db/cypher-files.ts";
import type { Database } from "../server/db/database.ts";

export interface LoadCsvOptions {
  /** A folder of record CSVs as the generator writes them (sources.csv, institutions.csv, …). */
  datasetDir: string;
  /** The database server's import folder (server.directories.import): `file:///x.csv` is `<importDir>/x.csv`. */
  importDir: string;
  /** Rows per inner transaction of CALL … IN TRANSACTIONS (default 10,000). */
  batchSize?: number;
  onProgress?: (line: string) => void;
  /** The statements to run, in order (default: every file of cypher/load-csv/); a step reads `<name>.csv`. */
  steps?: LoadCsvStep[];
}

export interface LoadCsvResult {
  /** Time spent in the statements, summed; copying the files into the import folder is not counted. */
  seconds: number;
  /** CSV data rows read, over all files (the ingest's "records"). */
  rows: number;
  /** Per file of cypher/load-csv/; `rows` is what the statement counted (organisations for the collaborations step). */
  steps: { file: string; seconds: number; rows: number }[];
}

/**
 * The benchmarks' baseline: loads a dataset with Neo4j's own LOAD CSV and CALL … IN TRANSACTIONS,
 * running cypher/load-csv/ in order, into a database that should hold only the schema and the
 * regions (what prepareDatabase leaves). It builds the graph the ingest builds from the same files.
 * A step whose CSV the dataset lacks is passed over, as the ingest passes over a missing file.
 */
export async function loadWithLoadCsv(database: Database, options: LoadCsvOptions): Promise<LoadCsvResult> {
  const batchSize = options.batchSize ?? 10_000;
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new Error(`batchSize must be a whole number ≥ 1, not ${batchSize}`);
  const steps = options.steps ?? loadCsvSteps();
  // A folder of its own, so two runs sharing an import folder never read each other's files.
  const folder = mkdtempSync(path.join(options.importDir, "load-csv-"));
  try {
    const result: LoadCsvResult = { seconds: 0, rows: 0, steps: [] };
    for (const step of steps) {
      const readsFile = step.statement.includes("$url");
      const csv = `${step.name}.csv`;
      if (readsFile) {
        const from = path.join(options.datasetDir, csv);
        if (!existsSync(from)) {
          options.onProgress?.(`${step.file}: passed over, ${from} does not exist`);
          continue;
        }
        copyFileSync(from, path.join(folder, csv));
      }
      const params = {
        // A JavaScript number reaches Cypher as a Float, which IN TRANSACTIONS OF … ROWS refuses.
        batchSize: neo4j.int(batchSize),
        ...(readsFile ? { url: `file:///${path.basename(folder)}/${csv}` } : {}),
      };
      const started = process.hrtime.bigint();
      // An auto-commit query: CALL … IN TRANSACTIONS cannot run inside an explicit transaction.
      const answer = await database.runAutoCommit(step.statement, params);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const rows = Number(answer.records[0]?.get("rows") ?? 0);
      result.steps.push({ file: step.file, seconds, rows });
      result.seconds += seconds;
      if (readsFile) result.rows += rows;
      options.onProgress?.(`${step.file}: ${rows.toLocaleString("en")} rows in ${seconds.toFixed(1)} s`);
    }
    return result;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
