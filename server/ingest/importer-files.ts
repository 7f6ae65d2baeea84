import { closeSync, openSync, writeSync } from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import type { RecordSet } from "../model/index.ts";
import { loadRegionTable, type RegionRecord } from "../regions/index.ts";
import { touchedNodes } from "./changeset-recording.ts";
import type { NewChangeset } from "./changeset-recording.ts";
import { regionRow } from "./load-regions.ts";
import { isoDay } from "./iso-day.ts";
import { searchTextOf } from "../text/index.ts";
import { loadSteps, newCollaborations } from "./load-records.ts";

/**
 * The files Neo4j's offline importer (`neo4j-admin database import full`) builds a store from: the
 * same graph, property for property and type for type, that the transactional load (loadRecords,
 * with loadRegions first and its changeset) makes in an empty database. Each file has its header
 * as its first line; ids are in id spaces named after their key label.
 *
 * What the transactional queries do, and so what is written here:
 * - nodes as `merge-*.cypher` sets them: the rows of loadSteps, empty lists and absent values left
 *   out; neo4j Dates as `date`, neo4j Integers as `long`, JavaScript numbers as `double` (the driver
 *   sends them as floats), strings, string lists;
 * - relationships only where the query's MATCH finds both ends: PARTY_TO, MEMBER_OF, SERVES (to a
 *   chain and to a segment when both have the id), OPERATES_IN, HAS_SEGMENT, LOCATED_IN (a region of
 *   the table), EVIDENCED_BY (a source of the load; for a node citing one source more than once the
 *   last citation's quote, offset and confidence, as the last SET leaves them); a segment whose chain
 *   is missing gets neither HAS_SEGMENT nor EVIDENCED_BY, as its query drops the row;
 * - the regions table with PART_OF (merge-regions), the COLLABORATES_WITH projection counted as
 *   add-collaborations counts new agreements, the AtlasMeta version node, and the changeset with one
 *   ChangesetEntry per node (created, with the ids its rows point to) so `import undo` works.
 *   One difference in bookkeeping only: an entry whose `_refs` would be an empty list has no
 *   `_refs` (the importer writes no empty arrays); undo reads it the same way.
 */

/** Between list values: a control character no record holds (checked). */
export const arrayDelimiter = "\u001f";

type Kind = "string" | "string[]" | "long" | "double" | "date" | "boolean" | "datetime";

/** What the importer needs besides the files: options in `neo4j-admin` syntax. */
export interface ImporterFiles {
  /** `--nodes=…` and `--relationships=…` arguments, one per file. */
  inputs: string[];
  /** Whether any value holds a line break (the importer then needs --multiline-fields). */
  multiline: boolean;
  /** Nodes and relationships written, bookkeeping and regions included: what the store holds after the import. */
  nodes: number;
  relationships: number;
  /** Relationships written, not counting the regions' PART_OF: what a transactional load reports as created. */
  loadRelationships: number;
  /** Nodes created per key label, as a load's summary counts them. */
  created: Record<string, number>;
}

/** Records whose ids the importer would refuse (the same id twice in one id space), or a value the files cannot carry. */
export class ImporterUnsuitableError extends Error {}

/** One importer file, written synchronously in chunks of about 256 KB: a batch job with nothing else to do meanwhile. */
class ImporterCsv {
  private readonly fd: number;
  private buffer: string[] = [];
  private buffered = 0;
  rows = 0;
  readonly columns: { key: string; kind: Kind }[];

  constructor(
    readonly file: string,
    header: string[],
    columns: { key: string; kind: Kind }[],
    private readonly state: { multiline: boolean },
  ) {
    this.columns = columns;
    this.fd = openSync(file, "w");
    this.buffer.push(header.join(",") + "\n");
  }

  /** One row: the id columns, then the properties by column. */
  write(ids: string[], values: Record<string, unknown> = {}): void {
    this.rows++;
    let line = "";
    for (let i = 0; i < ids.length; i++) line += (i === 0 ? "" : ",") + this.quoted(ids[i]!);
    for (let i = 0; i < this.columns.length; i++) {
      const column = this.columns[i]!;
      line += (i === 0 && ids.length === 0 ? "" : ",") + this.field(values[column.key], column.kind);
    }
    this.buffer.push(line + "\n");
    this.buffered += line.length;
    if (this.buffered >= 1 << 18) this.flush();
  }

  private field(value: unknown, kind: Kind): string {
    if (value === undefined || value === null) return "";
    switch (kind) {
      case "string":
        return this.quoted(String(value));
      case "string[]": {
        const list = value as string[];
        if (list.length === 0) return "";
        for (const item of list) if (item.includes(arrayDelimiter) || item === "") throw new ImporterUnsuitableError(`a list value ${JSON.stringify(item)} cannot be written for the importer`);
        return this.quoted(list.join(arrayDelimiter));
      }
      case "long":
        return neo4j.isInt(value) ? String(value.toNumber()) : String(value);
      case "double": {
        const number = value as number;
        if (!Number.isFinite(number)) throw new ImporterUnsuitableError(`the number ${number} cannot be written for the importer`);
        return String(number);
      }
      case "date":
        return isoDay(value as Parameters<typeof isoDay>[0]);
      case "datetime":
      case "boolean":
        return String(value);
    }
  }

  private quoted(text: string): string {
    if (!this.state.multiline && (text.includes("\n") || text.includes("\r"))) this.state.multiline = true;
    return text.includes('"') ? `"${text.replace(/"/g, '""')}"` : `"${text}"`;
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    writeSync(this.fd, this.buffer.join(""));
    this.buffer = [];
    this.buffered = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** The type a value has once the driver sends it: what the importer must be told the column holds. */
function kindOf(value: unknown): Kind {
  if (typeof value === "string") return "string";
  if (typeof value === "number") return "double";
  if (typeof value === "boolean") return "boolean";
  if (Array.isArray(value)) return "string[]";
  if (neo4j.isInt(value)) return "long";
  if (neo4j.isDate(value)) return "date";
  throw new ImporterUnsuitableError(`a property value of an unexpected type (${Object.prototype.toString.call(value)}) cannot be written for the importer`);
}

/** The property columns of a set of rows: every key any row has, with its type (which must agree across rows). */
function columnsOf(rows: Iterable<Record<string, unknown>>): { key: string; kind: Kind }[] {
  const kinds = new Map<string, Kind>();
  for (const row of rows) {
    for (const [key, value] of Object.entries(row)) {
      if (value === undefined || value === null) continue;
      const kind = kindOf(value);
      const known = kinds.get(key);
      if (known && known !== kind) throw new ImporterUnsuitableError(`property ${key} holds both ${known} and ${kind} values`);
      kinds.set(key, kind);
    }
  }
  return [...kinds.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, kind]) => ({ key, kind }));
}

/** The labels fill-search-text.cypher gives a searchText. */
const searchableLabels = new Set(["Organization", "Alliance", "IndustryChain"]);

/** A node's properties with the searchText the Cypher of every query that writes a name gives it (server/text/search-text.ts). */
export function withSearchText(props: Record<string, unknown>): Record<string, unknown> {
  const names = [props.name, props.nameZh, props.code, ...((props.aliases as string[] | undefined) ?? [])] as (string | undefined)[];
  return { ...props, searchText: searchTextOf(names) };
}

const header = (columns: { key: string; kind: Kind }[]) => columns.map((c) => `${c.key}:${c.kind}`);

export interface ImporterFileOptions {
  /** The changeset the load is recorded as. */
  changeset: NewChangeset;
  /** The AtlasMeta version the store starts at (one more than before). */
  version: number;
  /** The regions table (default: the shipped one). */
  regions?: readonly RegionRecord[];
}

/**
 * Writes the importer's files for `records` into `dir` (which must exist) and returns the
 * arguments naming them. Throws ImporterUnsuitableError, before the database is touched, when
 * the records hold something the importer would refuse or store differently.
 */
export async function writeImporterFiles(records: RecordSet, dir: string, options: ImporterFileOptions): Promise<ImporterFiles> {
  const state = { multiline: false };
  const inputs: string[] = [];
  const files: { csv: ImporterCsv; relationship: boolean }[] = [];
  const created: Record<string, number> = {};
  let partOf: number;
  const open = (name: string, idColumns: string[], columns: { key: string; kind: Kind }[], input: string) => {
    const file = new ImporterCsv(path.join(dir, `${name}.csv`), [...idColumns, ...header(columns)], columns, state);
    files.push({ csv: file, relationship: input.startsWith("--relationships") });
    inputs.push(`${input}=${file.file}`);
    return file;
  };
  const nodeFile = (name: string, labels: string[], idColumn: string | undefined, columns: { key: string; kind: Kind }[]) => open(name, idColumn ? [idColumn] : [], columns, `--nodes=${labels.join(":")}`);
  const relationshipFile = (name: string, type: string, from: string, to: string, columns: { key: string; kind: Kind }[] = []) =>
    open(name, [`:START_ID(${from})`, `:END_ID(${to})`], columns, `--relationships=${type}`);

  // Ids the queries' MATCHes would find, per key label.
  const steps = loadSteps(records);
  const rowsOf = (label: string) => steps.find((step) => step.label === label)!.rows;
  const ids = (label: string) => {
    const seen = new Set<string>();
    for (const row of rowsOf(label)) {
      const id = row.id as string;
      if (seen.has(id)) throw new ImporterUnsuitableError(`${label} ${id} appears twice`);
      seen.add(id);
    }
    return seen;
  };
  const sources = ids("Source");
  const organizations = ids("Organization");
  const chains = ids("IndustryChain");
  const segments = ids("ChainSegment");
  const agreements = ids("Agreement");
  // Nothing points to an alliance by MATCH here; its ids are only checked for repeats.
  ids("Alliance");
  const enterprises = new Set(rowsOf("Organization").filter((row) => row.label === "Enterprise").map((row) => row.id as string));

  // Regions, as merge-regions leaves them, parents linked.
  const table = options.regions ?? loadRegionTable();
  const regionRows = table.map(regionRow);
  const regionCodes = new Set(regionRows.map((row) => row.code));
  {
    const file = nodeFile("regions", ["Region"], "code:ID(Region)", columnsOf(regionRows.map((row) => row.props)));
    for (const row of regionRows) file.write([row.code], row.props);
    const links = relationshipFile("part-of", "PART_OF", "Region", "Region");
    for (const row of regionRows) if (row.parent !== null && regionCodes.has(row.parent)) links.write([row.code, row.parent]);
    partOf = links.rows;
  }

  // Nodes of the load, as its merge queries set them; searchable ones with their searchText, so the
  // schema step has none to fill in the database (8 s of Cypher writes for a national load).
  for (const step of steps) {
    const rows: Record<string, unknown>[] = searchableLabels.has(step.label) ? step.rows.map((row) => ({ ...row, props: withSearchText(row.props as Record<string, unknown>) })) : step.rows;
    created[step.label] = rows.length;
    if (rows.length === 0) continue;
    const idSpace = step.label;
    if (step.label === "Organization") {
      const columns = columnsOf(rows.map((row) => row.props as Record<string, unknown>));
      for (const label of ["Institution", "Enterprise", "Government"]) {
        const mine = rows.filter((row) => row.label === label);
        if (mine.length === 0) continue;
        const file = nodeFile(`organizations-${label.toLowerCase()}`, ["Organization", label], "id:ID(Organization)", columns);
        for (const row of mine) file.write([row.id as string], row.props as Record<string, unknown>);
      }
    } else {
      const file = nodeFile(step.label.toLowerCase(), [step.label], `id:ID(${idSpace})`, columnsOf(rows.map((row) => row.props as Record<string, unknown>)));
      for (const row of rows) file.write([row.id as string], row.props as Record<string, unknown>);
    }
  }

  // Relationships of the load, where their queries' MATCHes find both ends.
  const evidenceColumns: { key: string; kind: Kind }[] = [
    { key: "confidence", kind: "double" },
    { key: "offset", kind: "double" },
    { key: "quote", kind: "string" },
  ];
  const evidence = new Map<string, ImporterCsv>();
  const evidenceFile = (label: string) => {
    const file = relationshipFile(`evidenced-by-${label.toLowerCase()}`, "EVIDENCED_BY", label, "Source", evidenceColumns);
    evidence.set(label, file);
    return file;
  };
  const writeEvidence = (label: string, id: string, list: Record<string, unknown>[] | undefined) => {
    if (!list || list.length === 0) return;
    if (list.length === 1) {
      const only = list[0]!;
      if (!sources.has(only.source as string)) return;
      for (const key of ["offset", "confidence"]) if (only[key] !== undefined && only[key] !== null && typeof only[key] !== "number") throw new ImporterUnsuitableError(`evidence ${key} ${String(only[key])} is not a number`);
      (evidence.get(label) ?? evidenceFile(label)).write([id, only.source as string], only);
      return;
    }
    // MERGE per source, then SET: the last citation of a source decides the link's properties.
    const last = new Map<string, Record<string, unknown>>();
    for (const item of list) if (sources.has(item.source as string)) last.set(item.source as string, item);
    if (last.size === 0) return;
    const file = evidence.get(label) ?? evidenceFile(label);
    for (const [source, item] of last) {
      for (const key of ["offset", "confidence"]) if (item[key] !== undefined && item[key] !== null && typeof item[key] !== "number") throw new ImporterUnsuitableError(`evidence ${key} ${String(item[key])} is not a number`);
      file.write([id, source], { quote: item.quote, offset: item.offset, confidence: item.confidence });
    }
  };
  // Most lists are an agreement's two parties: no Set for those.
  const distinct = (list: unknown): string[] => {
    const items = (list as string[] | undefined) ?? [];
    if (items.length < 2) return items;
    if (items.length === 2) return items[0] === items[1] ? [items[0]!] : items;
    return [...new Set(items)];
  };

  {
    const locatedIn = relationshipFile("located-in", "LOCATED_IN", "Organization", "Region");
    for (const row of rowsOf("Organization")) {
      const code = (row.props as { regionCode?: string }).regionCode;
      if (code !== undefined && regionCodes.has(code)) locatedIn.write([row.id as string, code]);
      writeEvidence("Organization", row.id as string, row.evidence as Record<string, unknown>[]);
    }
    for (const row of rowsOf("IndustryChain")) writeEvidence("IndustryChain", row.id as string, row.evidence as Record<string, unknown>[]);
    const hasSegment = relationshipFile("has-segment", "HAS_SEGMENT", "IndustryChain", "ChainSegment");
    for (const row of rowsOf("ChainSegment")) {
      if (!chains.has(row.chain as string)) continue;
      hasSegment.write([row.chain as string, row.id as string]);
      writeEvidence("ChainSegment", row.id as string, row.evidence as Record<string, unknown>[]);
    }
    // SERVES goes to a chain or a segment, each in a file of its own (the importer wants one end label per file).
    const writeServes = (id: string, targets: unknown, toChain: typeof hasSegment, toSegment: typeof hasSegment) => {
      for (const target of distinct(targets)) {
        if (chains.has(target)) toChain.write([id, target]);
        if (segments.has(target)) toSegment.write([id, target]);
      }
    };
    const partyTo = relationshipFile("party-to", "PARTY_TO", "Organization", "Agreement");
    const servesChain = relationshipFile("serves-chain-agreement", "SERVES", "Agreement", "IndustryChain");
    const servesSegment = relationshipFile("serves-segment-agreement", "SERVES", "Agreement", "ChainSegment");
    for (const row of rowsOf("Agreement")) {
      const id = row.id as string;
      for (const party of distinct(row.parties)) if (organizations.has(party)) partyTo.write([party, id]);
      writeServes(id, row.serves, servesChain, servesSegment);
      writeEvidence("Agreement", id, row.evidence as Record<string, unknown>[]);
    }
    const memberOf = relationshipFile("member-of", "MEMBER_OF", "Organization", "Alliance");
    const allianceChain = relationshipFile("serves-chain-alliance", "SERVES", "Alliance", "IndustryChain");
    const allianceSegment = relationshipFile("serves-segment-alliance", "SERVES", "Alliance", "ChainSegment");
    for (const row of rowsOf("Alliance")) {
      const id = row.id as string;
      for (const member of distinct(row.members)) if (organizations.has(member)) memberOf.write([member, id]);
      writeServes(id, row.serves, allianceChain, allianceSegment);
      writeEvidence("Alliance", id, row.evidence as Record<string, unknown>[]);
    }
    const operatesIn = relationshipFile("operates-in", "OPERATES_IN", "Organization", "ChainSegment");
    for (const record of records.enterprises) {
      if (!enterprises.has(record.id)) continue;
      for (const segment of distinct(record.segments)) if (segments.has(segment)) operatesIn.write([record.id, segment]);
    }
    // The projection: every agreement is new here, so add-collaborations' sums are the whole count.
    const collaborations = relationshipFile("collaborates-with", "COLLABORATES_WITH", "Organization", "Organization", [
      { key: "agreements", kind: "long" },
      { key: "firstOn", kind: "date" },
      { key: "lastOn", kind: "date" },
    ]);
    // newCollaborations dedupes parties itself; a party not loaded (MATCH finds nothing) is left out.
    const agreementRows = rowsOf("Agreement").map((row) => ((row.parties as string[]).every((party) => organizations.has(party)) ? row : { ...row, parties: (row.parties as string[]).filter((party) => organizations.has(party)) }));
    for (const pair of newCollaborations(agreementRows, agreements)) {
      collaborations.write([pair.x, pair.y], { agreements: pair.agreements, firstOn: pair.firstOn, lastOn: pair.lastOn });
    }
  }

  // Bookkeeping: the graph's version, and the changeset that lets the load be undone.
  {
    const meta = nodeFile("atlas-meta", ["AtlasMeta"], undefined, [
      { key: "id", kind: "string" },
      { key: "version", kind: "long" },
      { key: "changedAt", kind: "datetime" },
    ]);
    meta.write([], { id: "graph", version: options.version, changedAt: new Date().toISOString() });
    const counts = Object.values(created).reduce((sum, n) => sum + n, 0);
    const changeset = nodeFile("changeset", ["Changeset"], undefined, [
      { key: "id", kind: "string" },
      { key: "by", kind: "string" },
      { key: "at", kind: "string" },
      { key: "files", kind: "string[]" },
      { key: "new", kind: "long" },
      { key: "changed", kind: "long" },
      { key: "unchanged", kind: "long" },
      { key: "complete", kind: "boolean" },
      { key: "changedGraph", kind: "boolean" },
    ]);
    const cs = options.changeset;
    changeset.write([], { id: cs.id, by: cs.by, at: cs.at, files: cs.files, new: counts, changed: 0, unchanged: 0, complete: true, changedGraph: counts > 0 });
    // capture-prior-state: one entry per node with the ids its row points to; an enterprise's
    // OPERATES_IN step adds its segments after them.
    const entryFile = nodeFile("changeset-entries", ["ChangesetEntry"], undefined, [
      { key: "_changeset", kind: "string" },
      { key: "_kind", kind: "string" },
      { key: "_label", kind: "string" },
      { key: "_node", kind: "string" },
      { key: "_existed", kind: "boolean" },
      { key: "_refs", kind: "string[]" },
    ]);
    const segmentsOf = new Map(records.enterprises.filter((r) => r.segments.length > 0).map((r) => [r.id, r.segments]));
    for (const step of steps) {
      for (const node of touchedNodes(step.label, step.rows)) {
        const more = node.label === "Organization" ? segmentsOf.get(node.id) : undefined;
        entryFile.write([], { _changeset: cs.id, _kind: "node", _label: node.label, _node: node.id, _existed: false, _refs: more ? [...node.refs, ...more] : node.refs });
      }
    }
  }

  for (const file of files) file.csv.close();
  const nodes = files.filter((file) => !file.relationship).reduce((sum, file) => sum + file.csv.rows, 0);
  const relationships = files.filter((file) => file.relationship).reduce((sum, file) => sum + file.csv.rows, 0);
  // Files with no rows are left out: the importer needs no empty input.
  const used = inputs.filter((_, index) => files[index]!.csv.rows > 0);
  return { inputs: used, multiline: state.multiline, nodes, relationships, loadRelationships: relationships - partOf, created: Object.fromEntries(Object.entries(created).filter(([, n]) => n > 0)) };
}
