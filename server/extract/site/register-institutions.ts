import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../config.ts";

/**
 * The names of the 3,167 institutions of the Ministry of Education's register
 * (data/reference/moe-register-2025.csv), read once on first use: they are what a school's site
 * name is matched against.
 */
let names: string[] | undefined;

export function registerInstitutionNames(): string[] {
  if (names) return names;
  const lines = readFileSync(path.join(projectRoot, "data", "reference", "moe-register-2025.csv"), "utf8").split(/\r?\n/);
  const nameColumn = lines[0]!.split(",").indexOf("name");
  // Register names hold no commas or quotes, so a plain split is exact for this file.
  names = lines
    .slice(1)
    .map((line) => line.split(",")[nameColumn])
    .filter((name): name is string => !!name && !/[（(]/.test(name));
  return names;
}
