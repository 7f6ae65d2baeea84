// Makes university-domains.csv from two public lists of university domains (data/README.md says
// where each comes from): Hipo's world_universities_and_domains.json, and JetBrains' swot, whose
// lib/domains/cn folder has one file per domain (edu/nbpt.txt is nbpt.edu.cn) holding the school's
// names, one per line:
//   npx tsx data/reference/make-university-domains.ts world_universities_and_domains.json swot/lib/domains/cn
// Keeps every entry of Hipo's list (swot's are China's): each domain and web page host with the
// list's English name, and for China the register's Chinese name: swot's own Chinese line when it
// is a register name, else the one register name that matches the English name (its stem's pinyin and its ending's English, as
// server/extract/site reads them; else its place and a Chinese word for each keyword of the English
// name). Where both lists have a domain, Hipo's name is kept.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { endingOf, registerInstitutionNames, stemPinyin } from "../../server/extract/site/index.ts";
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

// English words of university names and the Chinese each stands for, for names whose stem is more than a place.
const keywordChinese: [RegExp, string[]][] = [
  [/\btechnical\b/i, ["技术", "工程技术"]],
  [/\bscience and technology\b/i, ["科技", "理工"]],
  [/\bengineering\b/i, ["工程"]],
  [/\bnormal\b/i, ["师范"]],
  [/\bmedical|medicine\b/i, ["医"]],
  [/\bchinese medicine\b/i, ["中医"]],
  [/\bagricultur/i, ["农"]],
  [/\bforestry\b/i, ["林"]],
  [/\bpetroleum\b/i, ["石油"]],
  [/\bfinance\b/i, ["财"]],
  [/\beconomics\b/i, ["经"]],
  [/\bforeign (studies|languages)\b/i, ["外国语"]],
  [/\bjiaotong|communications\b/i, ["交通"]],
  [/\bmaritime\b/i, ["海事"]],
  [/\bocean\b/i, ["海洋"]],
  [/\bindustr(y|ial)\b/i, ["工业"]],
  [/\bcommerce|business\b/i, ["商"]],
  [/\bfine arts?\b/i, ["美术"]],
  [/\barts?\b/i, ["艺术", "文理"]],
  [/\bmusic\b/i, ["音乐"]],
  [/\bsport|physical education\b/i, ["体育"]],
  [/\bmining\b/i, ["矿"]],
  [/\bgeosciences?\b/i, ["地质"]],
  [/\barchitecture|civil\b/i, ["建筑"]],
  [/\belectric power\b/i, ["电力"]],
  [/\bposts?\b/i, ["邮电"]],
  [/\baeronautics|aviation\b/i, ["航空"]],
  [/\bastronautics\b/i, ["航天"]],
  [/\bnationalities|minzu\b/i, ["民族"]],
  [/\bpolitical science and law\b/i, ["政法"]],
  [/\bchemical\b/i, ["化工"]],
  [/\btextile\b/i, ["纺织"]],
  [/\blight industry\b/i, ["轻工"]],
  [/\binformation\b/i, ["信息"]],
  [/\belectronic\b/i, ["电子"]],
  [/\bpharmaceutical\b/i, ["药"]],
  [/\binternational\b/i, ["国际"]],
  [/\bteachers\b/i, ["师范"]],
  [/\bpolytechnic\b/i, ["职业技术", "职业", "理工", "工业"]],
  [/\bvocational\b/i, ["职业"]],
  [/\binstitute of technology\b/i, ["工"]],
  [/(?<!institute of )\btechnology\b/i, ["理工", "工业", "科技", "技术"]],
];

/** A register name that starts with the English name's place, has a Chinese word for each of its keywords, and is of its kind. */
const genericWords = /^(university|college|institute|academy|of|and|the|school)$/i;

function matchByKeywords(nameEnAsListed: string, register: { name: string; stem: string | undefined; ending: string | undefined }[]): string | undefined {
  const nameEn = nameEnAsListed.replace(/&/g, "and");
  const place = /^[A-Za-z']+/.exec(nameEn)?.[0].toLowerCase().replace(/'/g, "");
  if (!place) return undefined;
  const keywords = keywordChinese.filter(([pattern]) => pattern.test(nameEn));
  if (keywords.length === 0) return undefined;
  // Every word must be the place, a keyword or a generic word: "Xi'an Jiaotong-Liverpool University" is not 西安交通大学.
  let rest = nameEn.replace(/^[A-Za-z']+/, "");
  for (const [pattern] of keywords) rest = rest.replace(new RegExp(pattern.source, "gi"), " ");
  if (rest.split(/[^A-Za-z]+/).some((word) => word !== "" && !genericWords.test(word))) return undefined;
  const kind = /\buniversity\b/i.test(nameEn) ? "大学" : /\bcollege|institute|academy|polytechnic\b/i.test(nameEn) ? "学院" : undefined;
  if (!kind) return undefined;
  const found = register.filter((r) => {
    if (!r.stem?.startsWith(place) || !r.name.endsWith(kind)) return false;
    // Nothing of the Chinese name is left over: 郑州轻工业大学 is not "Zhengzhou University of Technology".
    let left = r.name.slice(0, -kind.length).slice(2);
    for (const [, options] of keywords) {
      const hit = [...options].sort((a, b) => b.length - a.length).find((c) => left.includes(c));
      if (!hit) return false;
      left = left.replace(hit, "");
    }
    return left === "";
  });
  return found.length === 1 ? found[0]!.name : undefined;
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
  const nameZh = entry.country === "China" ? (matchRegister(entry.name, register) ?? matchByKeywords(entry.name, register) ?? "") : "";
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
  rows.set(domain, { name: english ?? chinese!, nameZh: chinese ?? (english ? (matchRegister(english, register) ?? matchByKeywords(english, register) ?? "") : "") });
}
const out = path.join(import.meta.dirname, "university-domains.csv");
const hosts = [...rows.keys()].sort();
writeFileSync(out, csvLine(["domain", "name", "nameZh"]) + hosts.map((host) => csvLine([host, rows.get(host)!.name, rows.get(host)!.nameZh])).join(""));
process.stdout.write(`${rows.size} domains (${fromHipo} from Hipo's list), ${[...rows.values()].filter((r) => r.nameZh).length} with a register name\n`);
