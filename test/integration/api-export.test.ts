import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parse as parseCsv } from "csv-parse/sync";
import { UndirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { projectRoot } from "../../server/config.ts";
import { applySchema } from "../../server/db/apply-schema.ts";
import type { Database } from "../../server/db/database.ts";
import { ingest } from "../../server/ingest/ingest.ts";
import { sampleDir } from "../../server/ingest/sample.ts";
import { connectTestDatabase, resetDatabase } from "../support/test-database.ts";
import { postGraphQL, startTestServer, type TestServer } from "../support/test-server.ts";

const run = promisify(execFile);

/** What every writer does after changing the graph, so no cached answer outlives the change. */
const bumpGraphVersion = "MERGE (m:AtlasMeta {id: 'graph'}) SET m.version = coalesce(m.version, 0) + 1";

interface NetworkAnswer {
  totalNodes: number;
  nodes: { id: string; degree: number; community: number }[];
  links: { source: string; target: string; weight: number }[];
}

// The same network three ways: the network query, the HTTP export, and the export command. Each
// export is read back with an independent parser and must hold exactly what the query answers.
describe("network exports over the sample", () => {
  let database: Database;
  let server: TestServer;
  let outDir: string;
  let expected: NetworkAnswer;
  beforeAll(async () => {
    database = connectTestDatabase();
    await applySchema(database);
    await resetDatabase(database);
    await ingest(database, [sampleDir]);
    server = await startTestServer(database);
    outDir = mkdtempSync(path.join(os.tmpdir(), "atlas-export-"));
    const { body } = await postGraphQL(server.url, '{ network(filter: { agreementTypes: ["strategic_cooperation", "industry_college", "other"], limit: 5000 }) { totalNodes nodes { id degree community } links { source target weight } } }');
    expect(body.errors).toBeUndefined();
    expected = body.data!.network as NetworkAnswer;
    expect(expected.links.length).toBeGreaterThan(10);
  });
  afterAll(async () => {
    await server.close();
    await database.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  const filter = "types=strategic_cooperation,industry_college,other";
  const sortedLinks = (links: { source: string; target: string; weight: number }[]) =>
    links.map((l) => [l.source, l.target].sort().join(" ") + ` ${l.weight}`).sort();

  it("serves GraphML with every node, link and metric of the network", async () => {
    const response = await fetch(`${server.url}/api/export?format=graphml&${filter}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/graphml\+xml/);
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="?alliance-atlas-network\.graphml/);
    const graph = parseGraphml(UndirectedGraph, await response.text());
    expect(graph.order).toBe(expected.totalNodes);
    expect(sortedLinks(graph.mapEdges((_e, a, source, target) => ({ source, target, weight: Number(a.weight) })))).toEqual(sortedLinks(expected.links));
    for (const node of expected.nodes) expect(graph.getNodeAttribute(node.id, "community")).toBe(node.community);
  });

  it("serves the links and nodes as CSV", async () => {
    const links = parseCsv(await (await fetch(`${server.url}/api/export?format=csv&table=links&${filter}`)).text(), { columns: true, bom: true }) as Record<string, string>[];
    expect(sortedLinks(links.map((r) => ({ source: r.Source!, target: r.Target!, weight: Number(r.Weight) })))).toEqual(sortedLinks(expected.links));
    const nodes = parseCsv(await (await fetch(`${server.url}/api/export?format=csv&table=nodes&${filter}`)).text(), { columns: true, bom: true }) as Record<string, string>[];
    expect(nodes.map((r) => `${r.Id} ${r.Degree}`).sort()).toEqual(expected.nodes.map((n) => `${n.id} ${n.degree}`).sort());
  });

  it("refuses an unknown format or a bad filter with a message", async () => {
    const format = await fetch(`${server.url}/api/export?format=pajek`);
    expect(format.status).toBe(400);
    expect(await format.text()).toMatch(/format must be one of graphml, gexf, csv/);
    const date = await fetch(`${server.url}/api/export?format=csv&from=yesterday`);
    expect(date.status).toBe(400);
    expect(await date.text()).toMatch(/from must be a date written YYYY-MM-DD/);
  });

  it("writes the same network from the command line", async () => {
    const file = path.join(outDir, "network.gexf");
    const user = inject("neo4jUser");
    await run(process.execPath, ["--import", "tsx", path.join(projectRoot, "server", "cli.ts"), "export", "--format", "gexf", "--out", file, "--types", "strategic_cooperation,industry_college,other"], {
      cwd: projectRoot,
      env: { ...process.env, NEO4J_URI: inject("neo4jUri"), NEO4J_USER: user || "neo4j", NEO4J_PASSWORD: inject("neo4jPassword") || "", LOG_LEVEL: "silent" },
    });
    const graph = parseGexf(UndirectedGraph, readFileSync(file, "utf8"));
    expect(graph.order).toBe(expected.totalNodes);
    expect(sortedLinks(graph.mapEdges((_e, a, source, target) => ({ source, target, weight: Number(a.weight) })))).toEqual(sortedLinks(expected.links));
  });

  it("serves a name holding a formula after a ; guarded, so a spreadsheet splitting on ; runs nothing", async () => {
    const id = expected.nodes[0]!.id;
    const hostile = 'Acme;=HYPERLINK("http://example.com","x");';
    const original = (await database.read("MATCH (o:Organization {id: $id}) RETURN o.name AS name", { id })).records[0]!.get("name") as string;
    await database.write("MATCH (o:Organization {id: $id}) SET o.name = $name", { id, name: hostile });
    await database.write(bumpGraphVersion);
    try {
      for (const table of ["nodes", "links"]) {
        const response = await fetch(`${server.url}/api/export?format=csv&table=${table}&${filter}`);
        expect(response.status).toBe(200);
        const text = await response.text();
        const rows = parseCsv(text, { columns: true, bom: true }) as Record<string, string>[];
        const names = rows.flatMap((row) => (table === "nodes" ? [row.Label] : [row.SourceName, row.TargetName]));
        expect(names).toContain(`Acme;'=HYPERLINK("http://example.com","x");`);
        expect(names).not.toContain(hostile);
        // Every line split on ; as such a spreadsheet splits it: no cell starts with a formula character.
        const cells = text.split("\n").flatMap((line) => line.split(";"));
        expect(cells.filter((cell) => /^[\s"]*[=+@-]/.test(cell))).toEqual([]);
      }
    } finally {
      await database.write("MATCH (o:Organization {id: $id}) SET o.name = $name", { id, name: original });
      await database.write(bumpGraphVersion);
    }
  });
});
