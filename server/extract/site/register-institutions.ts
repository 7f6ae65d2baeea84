import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { projectRoot } from "../../config.ts";

/**
 * The 3,167 institutions of the Ministry of Education's register
 * (data/reference/moe-register-2025.csv), read once on first use: they are what a school's site
 * name is matched against.
 */
let institutions: { name: string; province: string }[] | undefined;

/** Each register name with its province (the first two digits of its region code); names with a parenthesis (a campus) left out. */
export function registerInstitutions(): { name: string; province: string }[] {
  if (institutions) return institutions;
  const rows = parse(readFileSync(path.join(projectRoot, "data", "reference", "moe-register-2025.csv"), "utf8"), { columns: true, bom: true }) as {
    name: string;
    regionCode: string;
  }[];
  institutions = rows.filter((row) => row.name && !/[（(]/.test(row.name)).map((row) => ({ name: row.name, province: row.regionCode.slice(0, 2) }));
  return institutions;
}

export function registerInstitutionNames(): string[] {
  return registerInstitutions().map((i) => i.name);
}

let names: ReadonlySet<string> | undefined;

/** Whether a name is a school of the register (a real school, never a unit or what an agreement builds). */
export function isRegisterInstitution(name: string): boolean {
  names ??= new Set(registerInstitutionNames());
  return names.has(name);
}
