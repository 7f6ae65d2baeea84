// Makes university-domains.csv from two public lists of university domains (data/README.md says
// where each comes from): Hipo's world_universities_and_domains.json, and JetBrains' swot, whose
// lib/domains/cn folder has one file per domain (edu/nbpt.txt is nbpt.edu.cn) holding the school's
// names, one per line:
//   npx tsx data/reference/make-university-domains.ts world_universities_and_domains.json swot/lib/domains/cn
// Keeps every entry of Hipo's list (swot's are China's): each domain and web page host with the
// list's English name, and for China the register's Chinese name: swot's own Chinese line when it
// is a register name, else the one register name that matches the English name (its stem's pinyin and its ending's English, as
// server/extract/site reads them; else the one register name the English reads word by word,
// server/extract/site/register-name-of.ts). Where both lists have a domain, Hipo's name is kept.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { endingOf, registerInstitutionNames, stemPinyin } from "../../server/extract/site/index.ts";
import { registerNameOf } from "../../server/extract/site/register-name-of.ts";
import { csvLine } from "../../server/text/index.ts";

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
  // One school of that place, but of the same kind: "Changzhou Institute of Technology" is not 常州大学.
  const sameKind = sameStem.filter((r) => /\buniversity\b/.test(generic) || !r.name.endsWith("大学"));
  return sameStem.length === 1 && sameEnding.length === 0 && sameKind.length === 1 ? sameKind[0]!.name : undefined;
}

/** swot's China folder: each .txt file is a domain written backwards as a path, its lines the school's names. */
function readSwot(dir: string): { domain: string; names: string[] }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".txt"))
    .map((entry) => {
      const parts = path.relative(dir, path.join(entry.parentPath, entry.name.slice(0, -4))).split(path.sep);
      const names = readFileSync(path.join(entry.parentPath, entry.name), "utf8").split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
      return { domain: [...parts.reverse(), "cn"].join(".").toLowerCase(), names };
    });
}

const [input, swotDir] = process.argv.slice(2);
if (!input) throw new Error("usage: make-university-domains.ts world_universities_and_domains.json [swot/lib/domains/cn]");
const list = JSON.parse(readFileSync(input, "utf8")) as ListEntry[];
const registerNames = registerInstitutionNames();
const register = registerNames.map((name) => ({ name, stem: stemPinyin(name), ending: endingOf(name)?.en }));
const inRegister = new Set(registerNames);
const rows = new Map<string, { name: string; nameZh: string }>();
// Every country's schools: English releases come from Malaysian polytechnics and Thai universities as
// much as from Chinese schools' English sites. Only China's get a register name.
for (const entry of list) {
  const nameZh = entry.country === "China" ? (matchRegister(entry.name, register) ?? registerNameOf(entry.name, registerNames) ?? "") : "";
  const hosts = [...entry.domains, ...entry.web_pages.map((page) => new URL(page).hostname)].map((h) => h.toLowerCase().replace(/^www\./, ""));
  for (const host of new Set(hosts)) if (!rows.has(host)) rows.set(host, { name: entry.name, nameZh });
}
const fromHipo = rows.size;
for (const { domain, names } of swotDir ? readSwot(swotDir) : []) {
  const chinese = names.find((name) => inRegister.has(name));
  const english = names.find((name) => /^[\x20-\x7e]+$/.test(name));
  const known = rows.get(domain);
  if (known) {
    if (!known.nameZh && chinese) known.nameZh = chinese;
    continue;
  }
  if (!english && !chinese) continue;
  rows.set(domain, { name: english ?? chinese!, nameZh: chinese ?? (english ? (matchRegister(english, register) ?? registerNameOf(english, registerNames) ?? "") : "") });
}
const out = path.join(import.meta.dirname, "university-domains.csv");
const hosts = [...rows.keys()].sort();
writeFileSync(out, csvLine(["domain", "name", "nameZh"]) + hosts.map((host) => csvLine([host, rows.get(host)!.name, rows.get(host)!.nameZh])).join(""));
process.stdout.write(`${rows.size} domains (${fromHipo} from Hipo's list), ${[...rows.values()].filter((r) => r.nameZh).length} with a register name\n`);
