import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { nameKeys } from "../text/index.ts";
import { agreementTypes, knownColumns, recordSchemas, segmentStages } from "../model/index.ts";
import { loadRegionTable } from "../regions/index.ts";
import { generateDataset, GenerateOptionsError, type GenerateResult } from "./generate.ts";
import { datasetColumns, type DatasetFile } from "./write-dataset.ts";

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "atlas-generate-"));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function hashes(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const file of (await readdir(dir)).sort()) result[file] = createHash("sha256").update(await readFile(join(dir, file))).digest("hex");
  return result;
}

type Row = Record<string, string>;
type Dataset = Record<DatasetFile, Row[]>;

async function readDataset(dir: string): Promise<Dataset> {
  const dataset = {} as Dataset;
  for (const file of Object.keys(datasetColumns) as DatasetFile[]) {
    const text = await readFile(join(dir, `${file}.csv`), "utf8");
    const records = parse(text, { columns: true }) as Row[];
    expect(text.split("\n", 1)[0]).toBe(datasetColumns[file].join(","));
    dataset[file] = records;
  }
  return dataset;
}

const list = (value: string | undefined) => (value ? value.split("|") : []);
const isRealDate = (value: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
};

/** Every rule the record files have to keep for ingest to take them whole. */
function checkIntegrity(data: Dataset, result: GenerateResult): void {
  const problems: string[] = [];
  const regionCodes = new Set(loadRegionTable().map((r) => r.code));
  expect(data.sources).toHaveLength(1);
  const source = data.sources[0] as Row;
  expect(source.kind).toBe("dataset");
  expect(source.title).toMatch(/^Alliance Atlas synthetic data \(seed \d+, scale .+\) — not real$/);
  expect(source.id).toBe(result.sourceId);

  const ids = new Set<string>();
  for (const file of Object.keys(datasetColumns) as DatasetFile[]) {
    expect(data[file].length, file).toBe(result.files[`${file}.csv`]);
    for (const row of data[file]) {
      if (ids.has(row.id as string)) problems.push(`${file}: duplicate id ${row.id}`);
      ids.add(row.id as string);
      if (!/^syn-[a-z0-9]+-[a-z0-9]+$/.test(row.id as string)) problems.push(`${file}: id ${row.id} is not syn-…`);
      if (file !== "sources" && row.source !== source.id) problems.push(`${file} ${row.id}: source ${row.source}`);
      for (const [column, value] of Object.entries(row)) if (value !== value.trim()) problems.push(`${file} ${row.id}: ${column} has outer spaces`);
      // What ingest's own validation says of the row (it drops empty cells first).
      const parsed = recordSchemas[file].safeParse(Object.fromEntries(Object.entries(row).filter(([, value]) => value !== "")));
      if (!parsed.success) problems.push(`${file} ${row.id}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    }
    for (const column of datasetColumns[file]) if (!knownColumns[file].includes(column)) problems.push(`${file}: ingest does not know the column ${column}`);
  }
  const institutions = new Set(data.institutions.map((r) => r.id));
  const enterprises = new Set(data.enterprises.map((r) => r.id));
  const governments = new Set(data.governments.map((r) => r.id));
  const organizations = new Set([...institutions, ...enterprises, ...governments]);
  const chains = new Set(data.chains.map((r) => r.id));
  const segments = new Set(data.segments.map((r) => r.id));

  // No two organisations may share a name key, or ingest would take them for one.
  const keys = new Map<string, string>();
  for (const row of [...data.institutions, ...data.enterprises, ...data.governments]) {
    for (const key of nameKeys([row.name, row.nameZh, ...list(row.aliases)])) {
      const other = keys.get(key);
      if (other && other !== row.id) problems.push(`${row.id} and ${other} share the name key ${key}`);
      keys.set(key, row.id as string);
    }
    if (!row.name || !row.nameZh) problems.push(`${row.id}: no name`);
    if (!regionCodes.has(row.region as string)) problems.push(`${row.id}: region ${row.region} is not in the regions table`);
  }
  for (const row of data.enterprises) for (const s of list(row.segments)) if (!segments.has(s)) problems.push(`${row.id}: segment ${s}`);
  for (const row of data.chains) {
    if (!["national", "provincial"].includes(row.scope as string)) problems.push(`${row.id}: scope ${row.scope}`);
    if ((row.scope === "provincial") !== Boolean(row.region) || (row.region && !/^\d{2}0000$/.test(row.region))) problems.push(`${row.id}: region ${row.region}`);
  }
  const orders = new Map<string, number[]>();
  for (const row of data.segments) {
    if (!chains.has(row.chain as string)) problems.push(`${row.id}: chain ${row.chain}`);
    if (!(segmentStages as readonly string[]).includes(row.stage as string)) problems.push(`${row.id}: stage ${row.stage}`);
    orders.set(row.chain as string, [...(orders.get(row.chain as string) ?? []), Number(row.order)]);
  }
  for (const [chain, list] of orders) {
    if (list.join() !== list.map((_, i) => i + 1).join()) problems.push(`${chain}: segment orders ${list.join()}`);
    if (list.length < 6 || list.length > 10) problems.push(`${chain}: ${list.length} segments`);
  }
  for (const row of data.agreements) {
    if (!(agreementTypes as readonly string[]).includes(row.type as string)) problems.push(`${row.id}: type ${row.type}`);
    const parties = list(row.parties);
    if (parties.length === 0 || new Set(parties).size !== parties.length) problems.push(`${row.id}: parties ${row.parties}`);
    if (!institutions.has(parties[0] as string)) problems.push(`${row.id}: first party ${parties[0]} is no institution`);
    for (const p of parties) if (!organizations.has(p)) problems.push(`${row.id}: party ${p}`);
    for (const s of list(row.serves)) if (!chains.has(s) && !segments.has(s)) problems.push(`${row.id}: serves ${s}`);
    if (!isRealDate(row.signedOn as string) || row.signedOn! < "2015-01-01" || row.signedOn! > "2025-10-31") problems.push(`${row.id}: signedOn ${row.signedOn}`);
    if (row.endsOn && (!isRealDate(row.endsOn) || row.endsOn <= row.signedOn!)) problems.push(`${row.id}: endsOn ${row.endsOn}`);
    if (!["", "active", "ended"].includes(row.status as string)) problems.push(`${row.id}: status ${row.status}`);
    for (const figure of ["students", "positions", "enterprises"]) if (row[figure] && !/^[1-9]\d*$/.test(row[figure])) problems.push(`${row.id}: ${figure} ${row[figure]}`);
  }
  for (const row of data.alliances) {
    const members = list(row.members);
    if (members.length === 0 || new Set(members).size !== members.length) problems.push(`${row.id}: members ${row.members}`);
    for (const m of members) if (!organizations.has(m)) problems.push(`${row.id}: member ${m}`);
    for (const s of list(row.serves)) if (!chains.has(s) && !segments.has(s)) problems.push(`${row.id}: serves ${s}`);
    if (!isRealDate(row.foundedOn as string)) problems.push(`${row.id}: foundedOn ${row.foundedOn}`);
  }
  expect(problems.slice(0, 20)).toEqual([]);
}

/** Agreements per organisation, and the share of agreements whose parties all sit in one province. */
function measure(data: Dataset) {
  const province = new Map<string, string>();
  for (const row of [...data.institutions, ...data.enterprises, ...data.governments]) province.set(row.id as string, (row.region as string).slice(0, 2));
  const degree = new Map<string, number>();
  let same = 0;
  for (const row of data.agreements) {
    const parties = list(row.parties);
    for (const p of parties) degree.set(p, (degree.get(p) ?? 0) + 1);
    if (new Set(parties.map((p) => province.get(p))).size === 1) same++;
  }
  const degrees = (rows: Row[]) => rows.map((r) => degree.get(r.id as string) ?? 0).sort((a, b) => b - a);
  return { institutions: degrees(data.institutions), enterprises: degrees(data.enterprises), sameProvinceShare: same / data.agreements.length };
}

const share = (sorted: number[], top: number) => sorted.slice(0, top).reduce((s, d) => s + d, 0) / sorted.reduce((s, d) => s + d, 0);

describe("generateDataset", () => {
  it("writes the same bytes for the same seed, and other bytes for another", async () => {
    const [a, b, c] = [await tempDir(), await tempDir(), await tempDir()];
    await generateDataset({ scale: "tiny", seed: 7, out: a });
    await generateDataset({ scale: "tiny", seed: 7, out: b });
    await generateDataset({ scale: "tiny", seed: 8, out: c });
    const [ha, hb, hc] = [await hashes(a), await hashes(b), await hashes(c)];
    expect(Object.keys(ha)).toEqual(["README.txt", ...Object.keys(datasetColumns).map((f) => `${f}.csv`).sort()]);
    expect(hb).toEqual(ha);
    for (const file of ["institutions.csv", "enterprises.csv", "agreements.csv", "alliances.csv"]) expect(hc[file], file).not.toBe(ha[file]);
  });

  it("writes a tiny national dataset whose every reference resolves", async () => {
    const out = await tempDir();
    const result = await generateDataset({ scale: "tiny", seed: 3, out });
    const data = await readDataset(out);
    checkIntegrity(data, result);
    expect(result.files["agreements.csv"]).toBe(4_000);
    expect(new Set(data.institutions.map((r) => r.region?.slice(0, 2))).size).toBeGreaterThan(5);
    const readme = await readFile(join(out, "README.txt"), "utf8");
    expect(readme).toContain("SYNTHETIC DATA");
    expect(readme).toContain("--scale tiny --seed 3");
  });

  it("gives a province dataset skewed degrees, coverage gaps and regional clustering", async () => {
    const out = await tempDir();
    const result = await generateDataset({ scale: "province", seed: 11, out, province: "610000" });
    expect(result.province).toBe("610000");
    const data = await readDataset(out);
    checkIntegrity(data, result);
    expect(data.sources[0]?.title).toBe("Alliance Atlas synthetic data (seed 11, scale province, Shaanxi) — not real");
    expect(result.files).toMatchObject({ "institutions.csv": 120, "enterprises.csv": 4_000, "governments.csv": 40, "chains.csv": 12, "agreements.csv": 30_000 });
    // Nearly everything sits in Shaanxi; the provincial chains are Shaanxi's.
    expect(data.institutions.filter((r) => r.region?.startsWith("61")).length).toBeGreaterThanOrEqual(110);
    expect(data.chains.filter((r) => r.scope === "provincial").every((r) => r.region === "610000")).toBe(true);

    const { institutions, enterprises, sameProvinceShare } = measure(data);
    // The busiest 1% of institutions (at least one) hold several times their share of agreements.
    expect(share(institutions, Math.max(1, Math.round(institutions.length / 100)))).toBeGreaterThan(0.05);
    expect(institutions[0]).toBeGreaterThan(4 * (institutions[Math.floor(institutions.length / 2)] as number));
    // Many enterprises have none; most of the rest a few; some many.
    const zero = enterprises.filter((d) => d === 0).length / enterprises.length;
    expect(zero).toBeGreaterThan(0.2);
    expect(zero).toBeLessThan(0.6);
    expect(enterprises[Math.floor(enterprises.length / 2)]).toBeLessThanOrEqual(3);
    expect(enterprises[0]).toBeGreaterThan(100);
    expect(sameProvinceShare).toBeGreaterThan(0.6);
    expect(sameProvinceShare).toBeLessThan(0.9);
    expect(result.stats.sameProvinceShare).toBeCloseTo(sameProvinceShare, 5);
  });

  it("clusters a national dataset by province", async () => {
    const out = await tempDir();
    const result = await generateDataset({ scale: { institutions: 200, enterprises: 3_000, governments: 60, chains: 10, agreements: 12_000, alliances: 8 }, seed: 5, out });
    const data = await readDataset(out);
    checkIntegrity(data, result);
    const { institutions, enterprises, sameProvinceShare } = measure(data);
    expect(sameProvinceShare).toBeGreaterThan(0.6);
    expect(sameProvinceShare).toBeLessThan(0.9);
    expect(share(institutions, 2)).toBeGreaterThan(0.04);
    expect(enterprises.filter((d) => d === 0).length / enterprises.length).toBeGreaterThan(0.2);
    // Provinces hold organisations by their size: Jiangsu or Guangdong more than Ningxia.
    const count = (prefix: string) => data.enterprises.filter((r) => r.region?.startsWith(prefix)).length;
    expect(count("44")).toBeGreaterThan(3 * count("64"));
    expect(data.chains.filter((r) => r.scope === "national").length).toBeGreaterThan(0);
  });

  it("takes a custom scale", async () => {
    const out = await tempDir();
    const result = await generateDataset({ scale: { institutions: 50, enterprises: 500, governments: 10, chains: 3, agreements: 1_000, alliances: 2 }, seed: 1, out });
    expect(result.files).toEqual({
      "sources.csv": 1,
      "institutions.csv": 50,
      "enterprises.csv": 500,
      "governments.csv": 10,
      "chains.csv": 3,
      "segments.csv": expect.any(Number),
      "agreements.csv": 1_000,
      "alliances.csv": 2,
    });
    checkIntegrity(await readDataset(out), result);
  });

  it("refuses a bad seed, scale or province", async () => {
    const out = await tempDir();
    await expect(generateDataset({ scale: "tiny", seed: -1, out })).rejects.toThrow(GenerateOptionsError);
    await expect(generateDataset({ scale: "huge" as "tiny", seed: 1, out })).rejects.toThrow(/unknown scale/);
    await expect(generateDataset({ scale: "province", seed: 1, out, province: "Atlantis" })).rejects.toThrow(/unknown province/);
    await expect(generateDataset({ scale: { agreements: -5 }, seed: 1, out })).rejects.toThrow(GenerateOptionsError);
  });
});
