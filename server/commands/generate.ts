import { generateDataset, GenerateOptionsError, scaleNames, type ScaleName } from "../generate/index.ts";

export const generateUsage = `usage: npm run -s atlas -- generate --scale <${scaleNames.join("|")}> --seed N --out DIR [--province CODE]
  --scale      national (about 3,000 institutions, 100,000 enterprises, 1,000,000 agreements),
               province (one province at about a thirtieth of that), or tiny (for tests)
  --seed       a whole number; the same seed and scale give byte-identical files (default 1)
  --out        the folder to write the record files and README.txt to (made if missing)
  --province   home province of a province dataset: a code (610000) or a name (陕西, Shaanxi);
               chosen by the seed when absent
`;

export interface GenerateArgs {
  scale: ScaleName;
  seed: number;
  out: string;
  province?: string;
}

/** The arguments, or a message saying what is wrong with them. */
export function parseGenerateArgs(args: string[]): GenerateArgs | string {
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const match = /^--(scale|seed|out|province)(?:=(.*))?$/.exec(arg);
    if (!match) return `unexpected argument "${arg}"`;
    const name = match[1] as string;
    const value = match[2] ?? args[++i];
    if (value === undefined || value === "" || (match[2] === undefined && value.startsWith("--"))) return `--${name} needs a value`;
    if (values[name] !== undefined) return `--${name} given twice`;
    values[name] = value;
  }
  const { scale, seed = "1", out, province } = values;
  if (!scale) return "--scale is required";
  if (!(scaleNames as string[]).includes(scale)) return `--scale must be one of ${scaleNames.join(", ")}, not "${scale}"`;
  if (!/^\d+$/.test(seed) || !Number.isSafeInteger(Number(seed))) return `--seed must be a whole number ≥ 0, not "${seed}"`;
  if (!out) return "--out is required";
  return { scale: scale as ScaleName, seed: Number(seed), out, ...(province !== undefined ? { province } : {}) };
}

/** `npm run -s atlas -- generate --scale province|national|tiny --seed N --out DIR [--province CODE]`. */
export async function generateCommand(args: string[]): Promise<number> {
  const parsed = parseGenerateArgs(args);
  if (typeof parsed === "string") {
    process.stderr.write(`generate: ${parsed}\n${generateUsage}`);
    return 2;
  }
  const started = performance.now();
  let result;
  try {
    result = await generateDataset(parsed);
  } catch (error) {
    if (error instanceof GenerateOptionsError) {
      process.stderr.write(`generate: ${error.message}\n${generateUsage}`);
      return 2;
    }
    throw error;
  }
  const seconds = (performance.now() - started) / 1000;
  const { stats } = result;
  const lines = [
    `Synthetic dataset (not real data): scale ${parsed.scale}${result.province ? `, province ${result.province}` : ""}, seed ${parsed.seed}, in ${parsed.out}`,
    ...Object.entries(result.files).map(([file, rows]) => `  ${file.padEnd(18)} ${String(rows).padStart(9)} rows`),
    `  institutions: agreements each median ${stats.institutionDegree.median}, 90th percentile ${stats.institutionDegree.p90}, max ${stats.institutionDegree.max}; top 1% hold ${percent(stats.institutionDegree.top1PercentShare)}`,
    `  enterprises: agreements each median ${stats.enterpriseDegree.median}, 90th percentile ${stats.enterpriseDegree.p90}, max ${stats.enterpriseDegree.max}; ${percent(stats.enterpriseDegree.zeroShare)} have none`,
    `  agreements within one province: ${percent(stats.sameProvinceShare)}`,
    `Done in ${seconds.toFixed(1)} s.`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
