// Makes university-domains.csv from the public list of university domains (Hipo's
// world_universities_and_domains.json; data/README.md says where it comes from):
//   npx tsx data/reference/make-university-domains.ts world_universities_and_domains.json
// Keeps the entries of China: each domain and web page host with the list's English name, and
// the register's Chinese name when exactly one register name matches it (its stem's pinyin and
// its ending's English, as server/extract/site reads them).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { endingOf, registerInstitutionNames, stemPinyin } from "../../server/extract/site/index.ts";

interface ListEntry {
  name: string;
  country: string;
  domains: string[];
  web_pages: string[];
}

const genericStart = /\b(university|college|institute|normal|polytechnic|vocational|medical|agricultural|academy|school|technical|conservatory|teachers)\b/i;

function matchRegister(nameEn: string, register: { name: string; stem: string | undefined; ending: string | undefined }[]): string | undefined {
  const at = nameEn.search(genericStart);
  if (at <= 0) return undefined;
  const stem = nameEn.slice(0, at).toLowerCase().replace(/[^a-z]/g, "");
  const generic = nameEn.slice(at).trim().toLowerCase();
  const sameStem = register.filter((r) => r.stem === stem);
  const sameEnding = sameStem.filter((r) => r.ending?.toLowerCase() === generic);
  if (sameEnding.length === 1) return sameEnding[0]!.name;
  return sameStem.length === 1 && sameEnding.length === 0 ? sameStem[0]!.name : undefined;
}

const [input] = process.argv.slice(2);
if (!input) throw new Error("usage: make-university-domains.ts world_universities_and_domains.json");
const list = JSON.parse(readFileSync(input, "utf8")) as ListEntry[];
const register = registerInstitutionNames().map((name) => ({ name, stem: stemPinyin(name), ending: endingOf(name)?.en }));
const rows = new Map<string, string>();
for (const entry of list.filter((e) => e.country === "China")) {
  const nameZh = matchRegister(entry.name, register) ?? "";
  const hosts = [...entry.domains, ...entry.web_pages.map((page) => new URL(page).hostname)].map((h) => h.toLowerCase().replace(/^www\./, ""));
  for (const host of new Set(hosts)) {
    const name = /[",]/.test(entry.name) ? `"${entry.name.replace(/"/g, '""')}"` : entry.name;
    if (!rows.has(host)) rows.set(host, `${host},${name},${nameZh}`);
  }
}
const out = path.join(import.meta.dirname, "university-domains.csv");
writeFileSync(out, `domain,name,nameZh\n${[...rows.keys()].sort().map((host) => rows.get(host)).join("\n")}\n`);
process.stdout.write(`${rows.size} domains, ${[...rows.values()].filter((r) => !r.endsWith(",")).length} with a register name\n`);
