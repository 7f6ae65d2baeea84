import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { projectRoot } from "../../server/config.ts";
import { applySchema } from "../../server/db/apply-schema.ts";
import type { Database } from "../../server/db/database.ts";
import { createRandom } from "../../server/random.ts";
import { changedNothing, ingest, type IngestResult } from "../../server/ingest/ingest.ts";
import { sampleDir } from "../../server/ingest/sample.ts";
import { hostileValues, mutated } from "../support/hostile-input.ts";
import { canonicalDump, connectTestDatabase, countOf, resetDatabase } from "../support/test-database.ts";

/**
 * Hostile input against a real Neo4j: a run refused for any reason leaves the graph exactly as it
 * was, a run that loads stores what it was given verbatim and executes none of it, and no input
 * crashes or stalls the ingest. Random cases come from one seed (FUZZ_SEED=n repeats a run).
 */
const seed = Number(process.env.FUZZ_SEED ?? 20250611);
const run = promisify(execFile);

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-hostile-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

const quoted = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** Valid records beside the hostile file: an ingest that wrote anything before refusing would show them. */
const validBeside = {
  "institutions.csv": "id,name,region\nhx-valid-college,Hostile Test Valid College,610000\n",
  "enterprises.csv": "id,name\nhx-valid-company,Hostile Test Valid Co. Ltd.\n",
  "agreements.csv": "id,type,parties,signedOn\nhx-valid-agreement,joint_lab,hx-valid-college|hx-valid-company,2025-03-20\n",
};

const deep = (n: number, open: string, close: string) => `${open.repeat(n)}1${close.repeat(n)}`;

/** Files each of which must make the whole run refuse, with where the problem is. */
const refused: { name: string; files: Record<string, string | Uint8Array>; problem: RegExp }[] = [
  { name: "a 5 MB cell", files: { "governments.csv": `id,name\nhx-g,${"x".repeat(5_000_000)}\n` }, problem: /^governments\.csv:2: name "x+… \(5,000,000 characters\)" Too big/ },
  { name: "100,000 columns", files: { "governments.csv": `${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(",")}\n1,2\n` }, problem: /^governments\.csv:1: missing required column name/ },
  { name: "a 1 MB line without a newline", files: { "governments.csv": `id,name\n${"g".repeat(1_000_000)}` }, problem: /^governments\.csv:2: / },
  { name: "an id too long for the index", files: { "governments.csv": `id,name\n${"g".repeat(10_000)},Too Long Bureau\n` }, problem: /^governments\.csv:2: id "g+… \(10,000 characters\)" Too big/ },
  { name: "JSON nested 100,000 deep", files: { "more.json": `{"governments":[{"id":"hx-g","name":${deep(100_000, "[", "]")}}]}` }, problem: /^more\.json:governments\[0\]\.name\[0\]: must be a string or a number/ },
  { name: "JSON cut off", files: { "more.json": '{"governments":[{"id":"hx-g","na' }, problem: /^more\.json:1: not valid JSON/ },
  { name: "a javascript: URL as a source", files: { "sources.csv": "id,url\nhx-s,javascript:alert(1)\n" }, problem: /^sources\.csv:2: url "javascript:alert\(1\)"/ },
  { name: "a 5 MB article", files: { "huge.txt": "Alpha College and Beta Co., Ltd. signed an agreement. ".repeat(100_000) }, problem: /^huge\.txt:1: is 5,400,000 bytes; an article file is at most 4,000,000/ },
  { name: "HTML nested 100,000 deep", files: { "deep.html": `${"<div>".repeat(100_000)}Alpha College and Beta Co., Ltd. signed an agreement.` }, problem: /^deep\.html:1: elements nested more than 5,000 deep/ },
  { name: "an injection string as an id", files: { "governments.csv": `id,name\n${quoted("x'}) MATCH (n) DETACH DELETE n //")},Bureau\n` }, problem: /^governments\.csv:2: id "x'}\) MATCH \(n\) DETACH DELETE n \/\/" must be letters/ },
  { name: "a party that is an injection string", files: { "more-agreements.csv": `id,type,parties\nhx-a2,other,${quoted("hx-valid-college|x'}) MATCH (n) DETACH DELETE n //")}\n` }, problem: /^more-agreements\.csv:2: parties names organisation "x'}\) MATCH \(n\) DETACH DELETE n \/\/", which is neither/ },
  { name: "UTF-16 without its BOM", files: { "governments.csv": Buffer.from("id,name\nhx-g,Bureau\n", "utf16le") }, problem: /^governments\.csv:1: missing required column name/ },
];

describe(`hostile input against a real Neo4j (seed ${seed})`, () => {
  let database: Database;
  let baseline: string[];

  /** The sample graph, and its dump to compare every refused run against. */
  async function loadBaseline(): Promise<void> {
    await resetDatabase(database);
    const loaded = await ingest(database, [sampleDir]);
    expect(loaded.problems).toEqual([]);
    baseline = await canonicalDump(database);
  }

  /** Ingests with a tiny batch size, so a refusal found only while writing would leave batches behind. */
  async function ingestBounded(dir: string, batchSize = 2): Promise<IngestResult> {
    const started = performance.now();
    const result = await ingest(database, [dir], { displayRoot: dir, batchSize });
    expect((performance.now() - started) / 1000).toBeLessThan(30);
    return result;
  }

  beforeAll(async () => {
    database = connectTestDatabase();
    await applySchema(database);
    await loadBaseline();
  });
  afterAll(() => database.close());

  it.each(refused)("refuses $name, names it as file:line, and writes nothing", async ({ files, problem }) => {
    const result = await ingestBounded(folder({ ...validBeside, ...files }));
    expect(result.problems).toContainEqual(expect.stringMatching(problem));
    for (const other of result.problems) expect(other).toMatch(new RegExp(`^${problem.source.slice(1).split(":")[0]}:\\S*: `));
    expect(result.summary).toBeUndefined();
    expect(await canonicalDump(database)).toEqual(baseline);
  });

  it("lists every problem of every hostile file in one refused run", async () => {
    const hostile = Object.assign({}, ...refused.filter((c) => !("governments.csv" in c.files)).map((c) => c.files)) as Record<string, string | Uint8Array>;
    const result = await ingestBounded(folder({ ...validBeside, ...hostile }));
    expect(result.problems).toHaveLength(Object.keys(hostile).length);
    expect(await canonicalDump(database)).toEqual(baseline);
  });

  it("stores injection strings verbatim, executes none of them, and loads them again as no change", async () => {
    // The graph's nodes; the import's own record (Changeset, ChangesetEntry) is bookkeeping, counted apart.
    const graphNodes = "MATCH (n) WHERE NOT n:Changeset AND NOT n:ChangesetEntry RETURN count(n)";
    const nodesBefore = await countOf(database, graphNodes);
    // Names and aliases that differ only in punctuation are one organisation by design (nameKey), so each carries its index.
    const institutions = ["id,name,aliases,note", ...hostileValues.map((value, i) => `hx-i${i},${quoted(`${value} College ${i}`)},${quoted(`${value} alias ${i}`)},${quoted(value)}`)].join("\n");
    const enterprises = ["id,name", ...hostileValues.map((value, i) => `hx-e${i},${quoted(`${value} Co. Ltd. ${i}`)}`)].join("\n");
    const sources = ["id,title,url", ...hostileValues.map((value, i) => `hx-s${i},${quoted(value)},https://example.org/${encodeURIComponent(value)}`)].join("\n");
    const agreements = ["id,type,parties,title,source", ...hostileValues.map((value, i) => `hx-a${i},joint_lab,hx-i${i}|hx-e${i},${quoted(value)},hx-s${i}`)].join("\n");
    const json = JSON.stringify({ governments: hostileValues.map((value, i) => ({ id: `hx-g${i}`, name: `${value} Bureau ${i}`, aliases: [`${value} office ${i}`] })) });
    const dir = folder({ "institutions.csv": institutions, "enterprises.csv": enterprises, "sources.csv": sources, "agreements.csv": agreements, "more.json": json });
    const result = await ingestBounded(dir, 5_000);
    expect(result.problems).toEqual([]);

    const stored = await database.read(
      `MATCH (i:Institution) WHERE i.id STARTS WITH 'hx-i'
       MATCH (i)-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(e:Enterprise), (a)-[:EVIDENCED_BY]->(s:Source), (g:Government {id: 'hx-g' + substring(i.id, 4)})
       RETURN i.id AS id, i.name AS name, i.aliases AS aliases, i.note AS note, e.name AS enterprise, a.title AS title, s.title AS source, s.url AS url, g.name AS government, g.aliasText AS aliasText
       ORDER BY toInteger(substring(i.id, 4))`,
    );
    expect(stored.records.map((r) => r.toObject())).toEqual(
      hostileValues.map((value, i) => ({
        id: `hx-i${i}`,
        name: `${value} College ${i}`,
        aliases: [`${value} alias ${i}`],
        note: value,
        enterprise: `${value} Co. Ltd. ${i}`,
        title: value,
        source: value,
        url: `https://example.org/${encodeURIComponent(value)}`,
        government: `${value} Bureau ${i}`,
        aliasText: `${value} office ${i}`,
      })),
    );
    // Nothing was deleted or added beyond the records: the injections ran as no Cypher at all.
    expect(await countOf(database, graphNodes)).toBe(nodesBefore + hostileValues.length * 5);
    const dump = await canonicalDump(database);
    expect(baseline.every((line) => dump.includes(line) || line.includes('"AtlasMeta"'))).toBe(true);
    const again = await ingestBounded(dir, 5_000);
    expect(again.summary && changedNothing(again.summary)).toBe(true);
    await loadBaseline();
  });

  it(`loads or refuses 16 randomly damaged copies of the sample, never leaving part of a run (seed ${seed})`, { timeout: 300_000 }, async () => {
    const random = createRandom(seed, "hostile-ingest");
    const sampleFiles = readdirSync(sampleDir).filter((file) => file.endsWith(".csv"));
    let refusedRuns = 0;
    for (let i = 0; i < 16; i++) {
      const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-hostile-sample-"));
      cpSync(sampleDir, dir, { recursive: true });
      const file = random.pick(sampleFiles);
      const damaged = mutated(random, readFileSync(path.join(dir, file)));
      writeFileSync(path.join(dir, file), damaged);
      // New rows beside the damage, so a run that wrote anything before refusing would show.
      writeFileSync(path.join(dir, "zz-governments.csv"), `id,name\nhx-fuzz-${i},Fuzz Bureau ${i}\n`);
      const context = `case ${i}: ${file} damaged (seed ${seed})`;
      const result = await ingestBounded(dir);
      if (result.problems.length > 0) {
        refusedRuns++;
        for (const problem of result.problems) expect(problem, context).toMatch(/^[\w.-]+\.(csv|json):(\d+|[^\n]{1,200}?): \S/s);
        expect(await canonicalDump(database), context).toEqual(baseline);
        continue;
      }
      // A damage that still reads as valid records is loaded whole, the new row with it.
      expect(result.summary, context).toBeDefined();
      expect(await countOf(database, "MATCH (g:Government {id: $id}) RETURN count(g)", { id: `hx-fuzz-${i}` }), context).toBe(1);
      await loadBaseline();
    }
    // A fuzz run where nothing was refused tested nothing.
    expect(refusedRuns).toBeGreaterThan(0);
  });

  it("refuses hostile files from the command line within a minute, with exit code 1 and every problem", async () => {
    const user = inject("neo4jUser");
    const dir = folder({ ...validBeside, ...refused[0]!.files, ...refused[4]!.files, ...refused[7]!.files, ...refused[8]!.files });
    const env = { ...process.env, NEO4J_URI: inject("neo4jUri"), NEO4J_USER: user || "neo4j", NEO4J_PASSWORD: inject("neo4jPassword") || "", LOG_LEVEL: "silent" };
    const cli = path.join(projectRoot, "server", "cli.ts");
    const ingestRun = await run(process.execPath, ["--import", "tsx", cli, "ingest", dir], { cwd: projectRoot, env, timeout: 60_000, maxBuffer: 1 << 20 }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code?: number; killed?: boolean; stderr: string }) => ({ code: error.killed ? "killed" : error.code, stderr: error.stderr }),
    );
    expect(ingestRun.code).toBe(1);
    for (const index of [0, 4, 7, 8]) expect(ingestRun.stderr).toMatch(new RegExp(refused[index]!.problem.source.slice(1), "m"));
    expect(ingestRun.stderr).toContain("4 problem(s); nothing was written.");
    expect(await canonicalDump(database)).toEqual(baseline);

    const extractRun = await run(process.execPath, ["--import", "tsx", cli, "extract", path.join(dir, "huge.txt")], { cwd: projectRoot, env, timeout: 60_000 }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code?: number; killed?: boolean; stderr: string }) => ({ code: error.killed ? "killed" : error.code, stderr: error.stderr }),
    );
    expect(extractRun).toEqual({ code: 1, stderr: expect.stringMatching(/^extract: .*huge\.txt:1: is 5,400,000 bytes; an article file is at most 4,000,000/) });
  });
});
