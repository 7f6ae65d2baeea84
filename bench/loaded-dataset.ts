import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Which generated dataset a loaded database holds. */
export interface LoadedDataset {
  scale: string;
  seed: number;
}

const fileName = "dataset.json";

/** Notes, beside the database the ingest section loaded, which dataset it holds. */
export function noteLoadedDataset(atlasHome: string, dataset: LoadedDataset): void {
  writeFileSync(path.join(atlasHome, fileName), `${JSON.stringify(dataset)}\n`);
}

/**
 * Why the database loaded in `atlasHome` cannot serve a run of `wanted`, or undefined when it can.
 * A run of some sections reuses the last ingest's database: a quick run at province scale must not
 * measure the national database a full run left there and call its figures the province's.
 */
export function loadedDatasetMismatch(atlasHome: string, wanted: LoadedDataset): string | undefined {
  const noted = path.join(atlasHome, fileName);
  const again = `run the ingest section with it first (--only ingest,…)`;
  if (!existsSync(noted)) return `the database in ${atlasHome} does not say which dataset it holds (${fileName} is missing): ${again}`;
  const loaded = JSON.parse(readFileSync(noted, "utf8")) as LoadedDataset;
  if (loaded.scale === wanted.scale && loaded.seed === wanted.seed) return undefined;
  return `the database in ${atlasHome} holds the ${loaded.scale} dataset (seed ${loaded.seed}), not the ${wanted.scale} one (seed ${wanted.seed}) this run measures: ${again}`;
}
