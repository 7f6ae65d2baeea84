import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { emptyRecordSet, type RecordSet } from "../model/index.ts";
import { arrayDelimiter, writeImporterFiles } from "./importer-files.ts";

const at = { file: "test.csv" };
const changeset = { id: "cs-1", by: "tester", at: "2026-12-06T00:00:00.000Z", files: ["test.csv"] };
const regions = [
  { code: "610000", name: "Shaanxi", nameZh: "陕西省", level: "province" as const, lat: 34.5, lon: 108 },
  { code: "610100", name: "Xi'an", nameZh: "西安市", level: "prefecture" as const, parentCode: "610000" },
];

// Only what the files are written from; the records' other fields do not matter here.
function records(): RecordSet {
  const set = emptyRecordSet();
  set.sources.push({ id: "s1", kind: "article", title: 'A "quoted"\ntitle', at } as RecordSet["sources"][number]);
  set.institutions.push({ id: "u1", name: "Uni", aliases: [], region: "610100", source: ["s1"], at, evidence: [{ source: "s1", quote: "Uni signs", offset: 12, confidence: 0.9 }] } as unknown as RecordSet["institutions"][number]);
  set.enterprises.push({ id: "e1", name: "Ent", aliases: ["E", "Ent Co"], region: "999999", segments: ["x"], source: [], at } as unknown as RecordSet["enterprises"][number]);
  set.chains.push({ id: "x", name: "Chain", source: [], at } as unknown as RecordSet["chains"][number]);
  set.segments.push({ id: "x", chain: "x", name: "Segment", order: 2, source: [], at } as unknown as RecordSet["segments"][number]);
  set.agreements.push({ id: "a1", type: "joint_lab", signedOn: "2024-03-01", students: 40, parties: ["u1", "e1", "ghost"], serves: ["x"], source: ["s1"], at } as unknown as RecordSet["agreements"][number]);
  return set;
}

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("writeImporterFiles", () => {
  it("writes what the transactional queries would make, typed as the driver sends it", async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "atlas-importer-files-"));
    const files = await writeImporterFiles(records(), dir, { changeset, version: 3, regions });
    const read = (name: string) => readFileSync(path.join(dir, `${name}.csv`), "utf8").trimEnd().split("\n");
    expect(files.multiline).toBe(true);
    expect(read("regions")).toEqual(["code:ID(Region),lat:double,level:string,lon:double,name:string,nameZh:string", '"610000",34.5,"province",108,"Shaanxi","陕西省"', '"610100",,"prefecture",,"Xi\'an","西安市"']);
    expect(read("organizations-enterprise")[0]).toContain("aliases:string[]");
    expect(read("organizations-enterprise")[1]).toContain(`"E${arrayDelimiter}Ent Co"`);
    expect(read("chainsegment")[0]).toBe("id:ID(ChainSegment),name:string,order:long");
    expect(read("agreement")).toEqual(["id:ID(Agreement),signedOn:date,students:long,type:string", '"a1",2024-03-01,40,"joint_lab"']);
    // A party that is not loaded is not linked, as MATCH finds nothing; an id that is both a chain and a segment is served as both.
    expect(read("party-to").slice(1)).toEqual(['"u1","a1"', '"e1","a1"']);
    expect(read("serves-chain-agreement").slice(1)).toEqual(['"a1","x"']);
    expect(read("serves-segment-agreement").slice(1)).toEqual(['"a1","x"']);
    // A source cited by id and by a sentence: one link, with the sentence (the last SET).
    expect(read("evidenced-by-organization")).toEqual([":START_ID(Organization),:END_ID(Source),confidence:double,offset:double,quote:string", '"u1","s1",0.9,12,"Uni signs"']);
    // LOCATED_IN only to a region of the table.
    expect(read("located-in").slice(1)).toEqual(['"u1","610100"']);
    expect(read("collaborates-with").slice(1)).toEqual(['"e1","u1",1,2024-03-01,2024-03-01']);
    expect(read("operates-in").slice(1)).toEqual(['"e1","x"']);
    // The changeset's entries: the enterprise's refs are its sources, then its segments (the OPERATES_IN step).
    expect(read("changeset-entries").find((line) => line.includes('"e1"'))).toBe(`"cs-1","node","Organization","e1",false,"x"`);
    expect(read("atlas-meta")[1]).toMatch(/^"graph",3,\d{4}-/);
    expect(files.created).toEqual({ Source: 1, Organization: 2, IndustryChain: 1, ChainSegment: 1, Agreement: 1 });
    expect(files.nodes).toBe(2 + 6 + 1 + 1 + 6);
    expect(files.inputs.some((input) => input.startsWith("--nodes=Organization:Enterprise="))).toBe(true);
    expect(files.inputs.some((input) => input.includes("member-of"))).toBe(false);
  });
});
