import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { projectRoot } from "../../config.ts";

/**
 * Chinese universities' web domains with their English names, from the public list of
 * university domains (data/reference/university-domains.csv; data/README.md says where it comes
 * from), and the register's Chinese name where make-university-domains.ts could match it.
 */
export interface DomainEntry {
  domain: string;
  name: string;
  nameZh?: string;
}

let byDomain: Map<string, DomainEntry> | undefined;

export function universityDomains(): Map<string, DomainEntry> {
  if (byDomain) return byDomain;
  const rows = parse(readFileSync(path.join(projectRoot, "data", "reference", "university-domains.csv"), "utf8"), { columns: true, bom: true }) as {
    domain: string;
    name: string;
    nameZh: string;
  }[];
  byDomain = new Map(rows.map((row) => [row.domain, { domain: row.domain, name: row.name, ...(row.nameZh ? { nameZh: row.nameZh } : {}) }]));
  return byDomain;
}

/**
 * The entry of a host or of the nearest domain it lies under (news.hnu.edu.cn → hnu.edu.cn,
 * xcb.czu.cn → czu.cn). A school listed under its .cn domain owns the same name under edu.cn,
 * which only schools can hold (xyb.hbeu.edu.cn → hbeu.cn).
 */
export function domainEntry(host: string): DomainEntry | undefined {
  const table = universityDomains();
  const labels = host.split(".");
  for (let i = 0; i < labels.length - 1; i++) {
    const entry = table.get(labels.slice(i).join("."));
    if (entry) return entry;
  }
  const school = /(?:^|\.)([a-z0-9-]+)\.edu\.cn$/.exec(host)?.[1];
  return school ? table.get(`${school}.cn`) : undefined;
}
