import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createRandom } from "../server/random.ts";

/** The ids the later load's agreements start with: the bench removes them again by this prefix. */
export const laterIdPrefix = "syn-later-";
export const laterSourceId = `${laterIdPrefix}source`;

/** The first column (the id) of every data row of a generated CSV; generated ids hold no commas or quotes. */
function idsOf(file: string): string[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .slice(1)
    .filter((line) => line !== "")
    .map((line) => line.slice(0, line.indexOf(",")));
}

const types = ["internship_base", "practice_base", "order_class", "joint_lab", "industry_college", "talent_training"] as const;

/**
 * A later load as a planner brings one to a national graph: `count` new agreements, each between a
 * school and an enterprise already in the graph (named by their ids, as a file exported from it
 * would), signed in 2026, citing one new source. Seeded: the same seed writes the same files.
 * Writes sources.csv and agreements.csv into `outDir`.
 */
export function writeLaterLoad(datasetDir: string, outDir: string, options: { count: number; seed: number }): { dir: string; rows: number } {
  const institutions = idsOf(path.join(datasetDir, "institutions.csv"));
  const enterprises = idsOf(path.join(datasetDir, "enterprises.csv"));
  const random = createRandom(options.seed, "later-load");
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    path.join(outDir, "sources.csv"),
    `id,kind,url,title,publisher,publishedOn,origin\n${laterSourceId},dataset,,Alliance Atlas synthetic later load (not real),Alliance Atlas benchmark,,written by bench/later-load-dataset.ts; every agreement is invented\n`,
  );
  const lines = ["id,type,title,signedOn,endsOn,status,parties,serves,source,students,positions,enterprises"];
  for (let i = 1; i <= options.count; i++) {
    const type = random.pick(types);
    const month = String(random.int(1, 11)).padStart(2, "0");
    const day = String(random.int(1, 28)).padStart(2, "0");
    const parties = `${random.pick(institutions)}|${random.pick(enterprises)}`;
    lines.push(`${laterIdPrefix}a${String(i).padStart(6, "0")},${type},Later ${type.replace(/_/g, " ")},2026-${month}-${day},,,${parties},,${laterSourceId},${random.int(5, 60)},,`);
  }
  writeFileSync(path.join(outDir, "agreements.csv"), `${lines.join("\n")}\n`);
  return { dir: outDir, rows: options.count + 1 };
}
