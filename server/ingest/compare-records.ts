import neo4j from "neo4j-driver";
import type { RecordChangeJson } from "../../contract/import-api.ts";
import { namedQuery, type Database } from "../db/index.ts";
import { emptyRecordSet, formatOrigin, recordFiles, type RecordFileName, type RecordSet } from "../model/index.ts";
import { loadSteps } from "./load-records.ts";

/**
 * One record's effect on the graph, as the import routes send it: `where` is file:line or
 * file:sheet:row; for "changed", `before` holds the stored values that differ and `after` only those.
 */
export type RecordChange = RecordChangeJson;

interface StoredRecord {
  id: string;
  labels: string[] | null;
  props: Record<string, unknown> | null;
  sources: string[];
  segments: string[];
  chain: string[];
  parties: string[];
  serves: string[];
  members: string[];
}

/** A stored or written value as plain JSON: dates as YYYY-MM-DD, integers as numbers. */
export function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return String(value);
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(plain(a)) === JSON.stringify(plain(b));

// What merge-agreements leaves as a reviewer decided it (people's decisions outrank files).
const reviewedKeys = ["type", "title", "signedOn", "endsOn", "status", "reviewStatus"];

/** The links a row adds (a load only ever adds these), by the name the preview shows them under. */
function wantedLinks(row: Record<string, unknown>): Record<string, string[]> {
  const links: Record<string, string[]> = {};
  const add = (name: string, ids: unknown) => {
    const list = (Array.isArray(ids) ? ids : ids === undefined ? [] : [ids]) as string[];
    if (list.length > 0) links[name] = [...new Set(list)].sort();
  };
  add("parties", row.parties);
  add("serves", row.serves);
  add("members", row.members);
  add("segments", row.segments);
  add("chain", row.chain);
  add("source", ((row.evidence as { source: string }[] | undefined) ?? []).map((e) => e.source));
  return links;
}

function storedLinks(stored: StoredRecord): Record<string, string[]> {
  return { parties: stored.parties, serves: stored.serves, members: stored.members, segments: stored.segments, chain: stored.chain, source: stored.sources };
}

/** How one row compares with what is stored: new, changed (only what differs, before → after), unchanged. */
export function compareRow(label: string, row: Record<string, unknown>, stored: StoredRecord | undefined): Pick<RecordChange, "change" | "before" | "after"> {
  const props = row.props as Record<string, unknown>;
  const links = wantedLinks(row);
  if (!stored?.labels) {
    const after = Object.fromEntries(Object.entries({ ...props, ...links }).map(([key, value]) => [key, plain(value)]));
    if (row.label) after.label = row.label;
    return { change: "new", after };
  }
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const reviewed = label === "Agreement" && stored.props?.reviewedAt != null;
  for (const [key, value] of Object.entries(props)) {
    if (reviewed && reviewedKeys.includes(key)) continue;
    const was = stored.props?.[key];
    if (was === undefined || was === null || !same(was, value)) {
      before[key] = plain(was ?? null);
      after[key] = plain(value);
    }
  }
  if (typeof row.label === "string" && !stored.labels.includes(row.label)) {
    before.label = stored.labels.filter((l) => l !== "Organization").join(", ");
    after.label = row.label;
  }
  const has = storedLinks(stored);
  for (const [name, ids] of Object.entries(links)) {
    const held = new Set(has[name] ?? []);
    if (ids.every((id) => held.has(id))) continue;
    before[name] = [...held].sort();
    after[name] = [...new Set([...held, ...ids])].sort();
  }
  return Object.keys(after).length > 0 ? { change: "changed", before, after } : { change: "unchanged", after: {} };
}

const readBatch = 5_000;

/** Each resolved record compared with the graph: what committing would do, record by record. Reads only. */
export async function compareRecords(database: Database, records: RecordSet): Promise<RecordChange[]> {
  const changes: RecordChange[] = [];
  for (const kind of recordFiles) {
    const list = records[kind] as RecordSet[RecordFileName];
    if (list.length === 0) continue;
    const single = { ...emptyRecordSet(), [kind]: list } as RecordSet;
    const step = loadSteps(single).find((s) => s.rows.length > 0)!;
    // OPERATES_IN is written apart from the organisations' step: its segments are compared here.
    const rows: Record<string, unknown>[] = kind === "enterprises" ? step.rows.map((row, i) => ({ ...row, segments: records.enterprises[i]!.segments })) : step.rows;
    for (let start = 0; start < rows.length; start += readBatch) {
      const batch = rows.slice(start, start + readBatch);
      const result = await database.read(namedQuery("stored-records"), { rows: batch.map((row) => ({ label: step.label, id: row.id })) });
      const stored = new Map(result.records.map((r) => [r.get("id") as string, r.toObject() as unknown as StoredRecord]));
      batch.forEach((row, i) => {
        const record = list[start + i]! as { id: string; name?: string; title?: string; at: Parameters<typeof formatOrigin>[0] };
        const name = record.name ?? record.title;
        changes.push({ kind, id: record.id, ...(name ? { name } : {}), where: formatOrigin(record.at), ...compareRow(step.label, row, stored.get(row.id as string)) });
      });
    }
  }
  return changes;
}
