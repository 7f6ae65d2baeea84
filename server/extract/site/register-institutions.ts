import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../config.ts";

/**
 * The names of the 3,167 institutions of the Ministry of Education's register
 * (data/reference/moe-register-2025.csv), read once on first use: they are what a school's site
 * name is matched against.
 */
let institutions: { name: string; province: string }[] | undefined;

/** Each register name with its province (the first two digits of its region code). */
export function registerInstitutions(): { name: string; province: string }[] {
  if (institutions) return institutions;
  const lines = readFileSync(path.join(projectRoot, "data", "reference", "moe-register-2025.csv"), "utf8").split(/\r?\n/);
  const header = lines[0]!.split(",");
  const nameColumn = header.indexOf("name");
  const regionColumn = header.indexOf("regionCode");
  // Register names hold no commas or quotes, so a plain split is exact for this file.
  institutions = lines
    .slice(1)
    .map((line) => line.split(","))
    .filter((cells) => !!cells[nameColumn] && !/[（(]/.test(cells[nameColumn]!))
    .map((cells) => ({ name: cells[nameColumn]!, province: (cells[regionColumn] ?? "").slice(0, 2) }));
  return institutions;
}

export function registerInstitutionNames(): string[] {
  return registerInstitutions().map((i) => i.name);
}
