import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { AgreementRecord } from "./agreements.ts";
import type { AllianceRecord } from "./alliances.ts";
import { writeCsv, type CsvValue } from "../text/index.ts";
import type { Chain, Enterprise, Government, Institution, Segment } from "./model.ts";

/** The record files of DESIGN.md ("Records") as the generator writes them: the sample's columns, in its order. */
export const datasetColumns = {
  sources: ["id", "kind", "url", "title", "publisher", "publishedOn", "origin"],
  institutions: ["id", "name", "nameZh", "kind", "region", "aliases", "source"],
  enterprises: ["id", "name", "nameZh", "kind", "region", "aliases", "segments", "source"],
  governments: ["id", "name", "nameZh", "kind", "region", "source"],
  chains: ["id", "name", "nameZh", "scope", "region", "source"],
  segments: ["id", "chain", "name", "nameZh", "stage", "order", "source"],
  agreements: ["id", "type", "title", "signedOn", "endsOn", "status", "parties", "serves", "source", "students", "positions", "enterprises"],
  alliances: ["id", "name", "nameZh", "foundedOn", "members", "serves", "source"],
} as const;

export type DatasetFile = keyof typeof datasetColumns;

type Row = Readonly<Record<string, CsvValue>>;

export interface SourceRecord {
  id: string;
  title: string;
  origin: string;
}

export const rows = {
  sources: (s: SourceRecord): Row => ({ id: s.id, kind: "dataset", title: s.title, publisher: "Alliance Atlas generator", origin: s.origin }),
  institutions: (i: Institution, source: string): Row => ({ id: i.id, name: i.name, nameZh: i.nameZh, kind: i.kind, region: i.regionCode, aliases: i.aliases, source }),
  enterprises: (e: Enterprise, source: string): Row => ({
    id: e.id,
    name: e.name,
    nameZh: e.nameZh,
    kind: e.kind,
    region: e.regionCode,
    aliases: e.aliases,
    segments: e.segments.map((s) => s.id),
    source,
  }),
  governments: (g: Government, source: string): Row => ({ id: g.id, name: g.name, nameZh: g.nameZh, kind: g.kind, region: g.regionCode, source }),
  chains: (c: Chain, source: string): Row => ({ id: c.id, name: c.name, nameZh: c.nameZh, scope: c.scope, region: c.province?.code, source }),
  segments: (s: Segment, source: string): Row => ({ id: s.id, chain: s.chain.id, name: s.name, nameZh: s.nameZh, stage: s.stage, order: s.order, source }),
  agreements: (a: AgreementRecord): Row => a as unknown as Row,
  alliances: (a: AllianceRecord): Row => a as unknown as Row,
};

/** Writes one record file of the dataset in `out`; returns its row count. */
export function writeDatasetFile<T>(out: string, file: DatasetFile, items: Iterable<T>, toRow: (item: T) => Row): Promise<number> {
  return writeCsv(join(out, `${file}.csv`), datasetColumns[file], map(items, toRow));
}

function* map<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

export interface ReadmeFacts {
  title: string;
  command: string;
  seed: number;
  scale: string;
  province?: string;
  asOf: string;
  files: Record<string, number>;
}

/** README.txt beside the files: what they are, and that nothing in them is real. */
export async function writeReadme(out: string, facts: ReadmeFacts): Promise<void> {
  const lines = [
    facts.title,
    "",
    "SYNTHETIC DATA. Every organisation, agreement, alliance and figure in these files was invented by",
    "the Alliance Atlas generator. The place names and region codes (GB/T 2260) are real; the",
    "universities, colleges, enterprises, government bodies and what they signed are not, even where",
    "a name happens to match a real one. Do not cite these files as facts about anyone.",
    "",
    `Made by:   ${facts.command}`,
    `Scale:     ${facts.scale}${facts.province ? ` (home province ${facts.province})` : ""}`,
    `Seed:      ${facts.seed} (the same seed and scale give byte-identical files)`,
    `As of:     ${facts.asOf} (agreements are signed up to this day; "ended" and endsOn are relative to it)`,
    "",
    "Every record names the one row of sources.csv (kind dataset) in its source column; every id",
    "starts with syn-. The files are the record files of Alliance Atlas and load with",
    "  npm run ingest -- <this folder>",
    "",
    "Files (rows, header not counted):",
    ...Object.entries(facts.files).map(([file, count]) => `  ${file.padEnd(18)} ${String(count).padStart(9)}`),
    "",
  ];
  await writeFile(join(out, "README.txt"), lines.join("\n"), "utf8");
}
