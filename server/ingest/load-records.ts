import neo4j from "neo4j-driver";
import { changeGraph, type Database, type GraphChange, type GraphTransaction, type GraphWork, type PairContribution } from "../db/index.ts";
import { captureNewNodes, captureStep, newChangeset, recordChangeset, type ChangesetStart } from "./changeset-recording.ts";
import { dayNumber } from "./iso-day.ts";
import type { ProgressReporter } from "./progress.ts";
import type { EvidenceRef, RecordSet } from "../model/index.ts";

/** What a load did, per kind of node: created, updated (a property or label changed), unchanged. */
export interface LoadSummary {
  nodes: Record<string, { created: number; updated: number; unchanged: number }>;
  relationshipsCreated: number;
  /** Agreements a reviewer has decided on whose file says otherwise: the reviewer's decision stayed. */
  overruled?: string[];
  /** The changeset that records the load (when one was asked for). */
  changeset?: string;
  /** "importer" when Neo4j's offline importer built the database (importer-load.ts); absent for a transactional load. */
  loadedWith?: "importer";
  /** For an importer load: seconds writing its files, in the importer, restarting, applying the schema. */
  importerSeconds?: { files: number; importer: number; restart: number; schema: number };
}

/** neo4j Date for a validated YYYY-MM-DD, so dates compare and sort as dates in Cypher. */
function toDate(value: string | undefined) {
  if (!value) return undefined;
  const [year, month, day] = value.split("-").map(Number);
  return new neo4j.types.Date(year!, month!, day!);
}

/** A count as a Cypher INTEGER: a plain JavaScript number would be stored as a FLOAT (1.0). */
function toInteger(value: number | undefined) {
  return value === undefined ? undefined : neo4j.int(value);
}

/** Properties without undefined values: `SET n += props` then leaves absent columns untouched. */
function props(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

const organizationLabels = { institutions: "Institution", enterprises: "Enterprise", governments: "Government" } as const;

/** EVIDENCED_BY rows: sources cited by id (CSV), and sentences of articles with where and how sure. */
function evidenceOf(record: { source: string[]; evidence?: EvidenceRef[] }): Record<string, unknown>[] {
  return [...record.source.map((source) => ({ source })), ...(record.evidence ?? [])];
}

/** The rows each named query receives, built from validated records. */
export function loadSteps(records: RecordSet): { label: string; query: string; rows: Record<string, unknown>[] }[] {
  const organizations = (["institutions", "enterprises", "governments"] as const).flatMap((file) =>
    records[file].map((r) => ({
      id: r.id,
      label: organizationLabels[file],
      props: props({
        name: r.name,
        nameZh: r.nameZh,
        code: r.code,
        kind: r.kind,
        regionCode: r.region,
        aliases: r.aliases,
        aliasText: r.aliases.join(" | ") || undefined,
        authority: r.authority,
        note: r.note,
        reviewStatus: r.reviewStatus,
      }),
      evidence: evidenceOf(r),
    })),
  );
  return [
    { label: "Source", query: "merge-sources", rows: records.sources.map((r) => ({ id: r.id, props: props({ kind: r.kind, url: r.url, title: r.title, publisher: r.publisher, publishedOn: toDate(r.publishedOn), origin: r.origin }) })) },
    { label: "Organization", query: "merge-organizations", rows: organizations },
    { label: "IndustryChain", query: "merge-chains", rows: records.chains.map((r) => ({ id: r.id, props: props({ name: r.name, nameZh: r.nameZh, scope: r.scope, regionCode: r.region }), evidence: evidenceOf(r) })) },
    { label: "ChainSegment", query: "merge-segments", rows: records.segments.map((r) => ({ id: r.id, chain: r.chain, props: props({ name: r.name, nameZh: r.nameZh, stage: r.stage, order: toInteger(r.order) }), evidence: evidenceOf(r) })) },
    {
      label: "Agreement",
      query: "merge-agreements",
      rows: records.agreements.map((r) => ({
        id: r.id,
        props: props({
          type: r.type,
          title: r.title,
          signedOn: toDate(r.signedOn),
          endsOn: toDate(r.endsOn),
          status: r.status,
          students: toInteger(r.students),
          positions: toInteger(r.positions),
          enterprises: toInteger(r.enterprises),
          reviewStatus: r.reviewStatus,
        }),
        parties: r.parties,
        serves: r.serves,
        evidence: evidenceOf(r),
      })),
    },
    { label: "Alliance", query: "merge-alliances", rows: records.alliances.map((r) => ({ id: r.id, props: props({ name: r.name, nameZh: r.nameZh, foundedOn: toDate(r.foundedOn) }), members: r.members, serves: r.serves, evidence: evidenceOf(r) })) },
  ];
}

export interface LoadOptions {
  /** Rows per UNWIND batch and transaction (default 10,000, as many as the LOAD CSV baseline commits at a time). */
  batchSize?: number;
  onProgress?: ProgressReporter;
  /** Once the load has changed the graph: where recomputing what depends on it starts. */
  onChanged?: () => void;
  /**
   * Record the load as this changeset, in the same transaction(s) as its writes, with the prior
   * state of every node it touches, so it can be undone (changesets.ts).
   */
  changeset?: ChangesetStart;
}

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** A fresh report: each attempt of a transaction counts into its own, so a retry is not counted twice. */
function emptyChange(): GraphChange<LoadSummary> {
  return { result: { nodes: {}, relationshipsCreated: 0 }, changed: false, touchedAgreements: [], newCollaborations: [] };
}

/**
 * Agreement rows by whether the graph holds their id, asked once per transaction attempt (`seen`
 * is the attempt's own): a later load's new agreements are created and captured as new, which is
 * several times cheaper than merging and looking for what is not there.
 */
type Novelty = WeakMap<readonly Record<string, unknown>[], { fresh: Record<string, unknown>[]; known: Record<string, unknown>[] }>;

async function byNovelty(tx: GraphTransaction, rows: readonly Record<string, unknown>[], seen: Novelty) {
  let split = seen.get(rows);
  if (!split) {
    const existing = new Set((await tx.run<{ id: string }>("existing-agreement-ids", { ids: rows.map((row) => row.id) })).rows.map((row) => row.id));
    split = { fresh: rows.filter((row) => !existing.has(row.id as string)), known: rows.filter((row) => existing.has(row.id as string)) };
    seen.set(rows, split);
  }
  return split;
}

/** Notes the prior state of what one step's rows touch; agreements not in the graph are noted as new without a search. */
async function captureRows(tx: GraphTransaction, changeset: string, label: string, rows: Record<string, unknown>[], seen: Novelty): Promise<void> {
  if (label !== "Agreement") return captureStep(tx, changeset, label, rows);
  const { fresh, known } = await byNovelty(tx, rows, seen);
  await captureNewNodes(tx, changeset, label, fresh);
  await captureStep(tx, changeset, label, known);
}

/** A new agreement's row as create-agreements takes it: what merge-agreements' MERGEs would make of it, in one CREATE each. */
function creatable(row: Record<string, unknown>): Record<string, unknown> {
  // MERGE per source then SET: the last citation of a source decides the link's properties.
  const evidence = new Map<string, Record<string, unknown>>();
  for (const item of row.evidence as Record<string, unknown>[]) evidence.set(item.source as string, item);
  return { ...row, parties: [...new Set(row.parties as string[])], serves: [...new Set(row.serves as string[])], evidence: [...evidence.values()] };
}

/** The queries one step's batch runs: agreements not in the graph are created, the others merged. */
async function stepQueries(tx: GraphTransaction, query: string, rows: Record<string, unknown>[], seen: Novelty): Promise<{ query: string; rows: Record<string, unknown>[] }[]> {
  if (query !== "merge-agreements") return [{ query, rows }];
  const { fresh, known } = await byNovelty(tx, rows, seen);
  return [
    { query: "create-agreements", rows: fresh.map(creatable) },
    { query, rows: known },
  ].filter((part) => part.rows.length > 0);
}

/** Runs one step's query on one batch of rows, and counts what it did into the report. */
async function runStep(tx: GraphTransaction, change: GraphChange<LoadSummary>, label: string, query: string, rows: Record<string, unknown>[], seen: Novelty): Promise<void> {
  for (const part of await stepQueries(tx, query, rows, seen)) await runQuery(tx, change, label, part.query, part.rows);
}

async function runQuery(tx: GraphTransaction, change: GraphChange<LoadSummary>, label: string, query: string, rows: Record<string, unknown>[]): Promise<void> {
  const result = await tx.run<{ created: number; updated: number; total: number; createdIds?: string[]; overruled?: string[] }>(query, { rows });
  const row = result.rows[0]!;
  const created = Number(row.created);
  const updated = Number(row.updated);
  const summary = change.result;
  const counts = (summary.nodes[label] ??= { created: 0, updated: 0, unchanged: 0 });
  counts.created += created;
  counts.updated += updated;
  counts.unchanged += Number(row.total) - created - updated;
  summary.relationshipsCreated += result.relationshipsCreated;
  // The projection moves with the agreements, in the same transaction (changeGraph updates it).
  if (query === "merge-agreements" || query === "create-agreements") {
    const createdIds = new Set(row.createdIds);
    change.newCollaborations = [...change.newCollaborations!, ...newCollaborations(rows, createdIds)];
    change.touchedAgreements = [...change.touchedAgreements!, ...rows.map((r) => r.id as string).filter((id) => !createdIds.has(id))];
    if (row.overruled?.length) summary.overruled = [...(summary.overruled ?? []), ...row.overruled];
  }
}

/**
 * New agreements are added to their parties' links, counted here per pair (a bulk load touches each
 * pair once per batch, whatever the hubs' sizes); agreements that existed before may have changed
 * parties, dates or review status, so their pairs are recounted from the graph.
 */
export function newCollaborations(rows: readonly Record<string, unknown>[], createdIds: ReadonlySet<string>): PairContribution[] {
  // A national load has a million agreements: each date becomes one number once, not a text at every comparison.
  const pairs = new Map<string, PairContribution & { first?: number; last?: number }>();
  for (const row of rows) {
    const props = row.props as { signedOn?: InstanceType<typeof neo4j.types.Date>; reviewStatus?: string };
    if (!createdIds.has(row.id as string) || props.reviewStatus === "rejected") continue;
    const listed = row.parties as string[];
    // Most agreements have two parties: ordered without a Set and a sort.
    const parties = listed.length === 2 ? (listed[0]! < listed[1]! ? listed : listed[0] === listed[1] ? [] : [listed[1]!, listed[0]!]) : [...new Set(listed)].sort();
    const signed = props.signedOn;
    const day = signed === undefined ? undefined : dayNumber(signed);
    for (let i = 0; i < parties.length; i++) {
      for (let j = i + 1; j < parties.length; j++) {
        const key = `${parties[i]}\u0000${parties[j]}`;
        let pair = pairs.get(key);
        if (!pair) pairs.set(key, (pair = { x: parties[i]!, y: parties[j]!, agreements: 0 }));
        pair.agreements += 1;
        if (day === undefined) continue;
        if (pair.first === undefined || day < pair.first) [pair.first, pair.firstOn] = [day, signed];
        if (pair.last === undefined || day > pair.last) [pair.last, pair.lastOn] = [day, signed];
      }
    }
  }
  return [...pairs.values()].map(({ first: _first, last: _last, ...pair }) => pair);
}

async function linkOperatesIn(tx: GraphTransaction, change: GraphChange<LoadSummary>, rows: Record<string, unknown>[]): Promise<void> {
  const result = await tx.run("link-operates-in", { rows });
  change.result.relationshipsCreated += result.relationshipsCreated;
}

/** A transaction's work: `run` counts into a fresh report, which then says whether anything changed. */
function loadWork(run: (tx: GraphTransaction, change: GraphChange<LoadSummary>, seen: Novelty) => Promise<void>): GraphWork<LoadSummary> {
  return async (tx) => {
    const change = emptyChange();
    await run(tx, change, new WeakMap());
    change.changed = changedAnything(change.result);
    return change;
  };
}

/**
 * Writes validated records, nodes before relationships, MERGE on ids: loading the same records again
 * changes nothing. Up to one batch of rows in all goes in a single transaction (all or nothing);
 * larger loads go in UNWIND batches, one transaction each, retried by the driver on transient errors.
 * An interrupted large load leaves whole batches; running it again completes the same graph.
 */
export async function loadRecords(database: Database, records: RecordSet, options: LoadOptions = {}): Promise<LoadSummary> {
  const batchSize = options.batchSize ?? 10_000;
  const steps = loadSteps(records).filter((step) => step.rows.length > 0);
  const operatesIn = records.enterprises.filter((r) => r.segments.length > 0).map((r) => ({ id: r.id, segments: r.segments }));
  const total = steps.reduce((sum, step) => sum + step.rows.length, 0) + operatesIn.length;
  const changeset = options.changeset ? newChangeset(options.changeset) : undefined;
  if (total <= batchSize) {
    const work = loadWork(async (tx, change, seen) => {
      // The prior state of everything the load touches is noted before any of it is written.
      if (changeset) for (const step of [...steps, { label: "OPERATES_IN", query: "link-operates-in", rows: operatesIn }]) await captureRows(tx, changeset.id, step.label, step.rows, seen);
      for (const step of steps) await runStep(tx, change, step.label, step.query, step.rows, seen);
      if (operatesIn.length > 0) await linkOperatesIn(tx, change, operatesIn);
      if (changeset) await recordChangeset(tx, changeset, change.result, true);
    });
    const done = await changeGraph(database, work, { onChanged: options.onChanged });
    options.onProgress?.(total, total, "loaded");
    return { ...withCollaborations(done.result, done.collaborationsCreated), ...(changeset ? { changeset: changeset.id } : {}) };
  }
  const parts: { label: string; rows: Record<string, unknown>[]; run: (tx: GraphTransaction, change: GraphChange<LoadSummary>, seen: Novelty) => Promise<void> }[] = [
    ...steps.flatMap((step) =>
      chunks(step.rows, batchSize).map((batch) => ({ label: step.label, rows: batch, run: (tx: GraphTransaction, change: GraphChange<LoadSummary>, seen: Novelty) => runStep(tx, change, step.label, step.query, batch, seen) })),
    ),
    ...chunks(operatesIn, batchSize).map((batch) => ({ label: "OPERATES_IN", rows: batch, run: (tx: GraphTransaction, change: GraphChange<LoadSummary>) => linkOperatesIn(tx, change, batch) })),
  ];
  // Each batch notes the prior state of what it touches and adds its counts to the changeset in
  // its own transaction: a load cut short leaves a changeset that undoes exactly what was committed.
  const batches = parts.map((part, index) => ({
    label: part.label,
    rows: part.rows.length,
    work: loadWork(async (tx, change, seen) => {
      if (changeset) await captureRows(tx, changeset.id, part.label, part.rows, seen);
      await part.run(tx, change, seen);
      if (changeset) await recordChangeset(tx, changeset, change.result, index === parts.length - 1);
    }),
  }));
  const summary: LoadSummary = { nodes: {}, relationshipsCreated: 0, ...(changeset ? { changeset: changeset.id } : {}) };
  let done = 0;
  await changeGraph(
    database,
    batches.map((batch) => batch.work),
    {
      onChanged: options.onChanged,
      onCommitted: (part, index) => {
        addSummary(summary, withCollaborations(part.result, part.collaborationsCreated));
        done += batches[index]!.rows;
        options.onProgress?.(done, total, batches[index]!.label);
      },
    },
  );
  return summary;
}

/** The load's counts with the COLLABORATES_WITH links the projection created, which it counts as relationships created. */
function withCollaborations(summary: LoadSummary, collaborationsCreated: number): LoadSummary {
  return { ...summary, relationshipsCreated: summary.relationshipsCreated + collaborationsCreated };
}

/** True when a transaction's work created or changed anything. */
function changedAnything(summary: LoadSummary): boolean {
  return summary.relationshipsCreated > 0 || Object.values(summary.nodes).some((counts) => counts.created + counts.updated > 0);
}

function addSummary(into: LoadSummary, part: LoadSummary): void {
  into.relationshipsCreated += part.relationshipsCreated;
  if (part.overruled?.length) into.overruled = [...(into.overruled ?? []), ...part.overruled];
  for (const [label, counts] of Object.entries(part.nodes)) {
    const target = (into.nodes[label] ??= { created: 0, updated: 0, unchanged: 0 });
    target.created += counts.created;
    target.updated += counts.updated;
    target.unchanged += counts.unchanged;
  }
}
