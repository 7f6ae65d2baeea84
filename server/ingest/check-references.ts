import { namedQuery, type Database } from "../db/index.ts";
import { formatOrigin, type Origin, type RecordSet } from "../model/index.ts";
import { given, message, type Message, type Noun } from "./messages/index.ts";

/** The id spaces records point into, as the labels that hold them. */
type Target = "Organization" | "Source" | "IndustryChain" | "ChainSegment" | "ChainTarget";

interface Reference {
  at: Origin;
  field: string;
  id: string;
  target: Target;
}

/**
 * Calls `visit` for every reference of every record. A visitor rather than a list: a national load
 * has four million references, of which the check keeps only the few that are not defined.
 */
function forEachReference(records: RecordSet, visit: (at: Origin, field: string, id: string, target: Target) => void): void {
  const each = (at: Origin, field: string, ids: readonly string[], target: Target) => {
    for (const id of ids) visit(at, field, id, target);
  };
  for (const list of [records.institutions, records.enterprises, records.governments, records.chains, records.segments]) {
    for (const r of list) each(r.at, "source", r.source, "Source");
  }
  for (const r of records.enterprises) each(r.at, "segments", r.segments, "ChainSegment");
  for (const r of records.segments) visit(r.at, "chain", r.chain, "IndustryChain");
  for (const r of records.agreements) {
    each(r.at, "parties", r.parties, "Organization");
    each(r.at, "serves", r.serves, "ChainTarget");
    each(r.at, "source", r.source, "Source");
  }
  for (const r of records.alliances) {
    each(r.at, "members", r.members, "Organization");
    each(r.at, "serves", r.serves, "ChainTarget");
    each(r.at, "source", r.source, "Source");
  }
}

/** Ids this run defines, per id space. */
function definedIds(records: RecordSet): Record<Target, Set<string>> {
  const ids = (list: { id: string }[]) => new Set(list.map((r) => r.id));
  const organizations = ids([...records.institutions, ...records.enterprises, ...records.governments]);
  const chains = ids(records.chains);
  const segments = ids(records.segments);
  return {
    Organization: organizations,
    Source: ids(records.sources),
    IndustryChain: chains,
    ChainSegment: segments,
    ChainTarget: new Set([...chains, ...segments]),
  };
}

/** Ids defined twice in one run: the second would silently overwrite the first. */
export function duplicateIds(records: RecordSet): Message[] {
  const problems: Message[] = [];
  const groups: [Noun, { id: string; at: Origin }[]][] = [
    ["organisation", [...records.institutions, ...records.enterprises, ...records.governments]],
    ["source", records.sources],
    ["chain", records.chains],
    ["segment", records.segments],
    ["agreement", records.agreements],
    ["alliance", records.alliances],
  ];
  for (const [what, list] of groups) {
    const first = new Map<string, Origin>();
    for (const r of list) {
      const seen = first.get(r.id);
      if (seen) problems.push(message(formatOrigin(r.at), "id.duplicate", { what, id: r.id, first: formatOrigin(seen) }));
      else first.set(r.id, r.at);
    }
  }
  return problems;
}

/**
 * Every id a record points to must be defined in this run or already be in the database.
 * Returns one problem per unresolved reference, as file:line: message. `organizationsInGraph` are
 * organisation ids the caller has just read from the graph: a later load's parties were all read
 * to resolve them, and asking for them again cost as much as the rest of the check.
 */
export async function checkReferences(records: RecordSet, database: Database | undefined, organizationsInGraph: ReadonlySet<string> = new Set()): Promise<Message[]> {
  const defined = definedIds(records);
  const unresolved: Reference[] = [];
  forEachReference(records, (at, field, id, target) => {
    if (!defined[target].has(id) && !(target === "Organization" && organizationsInGraph.has(id))) unresolved.push({ at, field, id, target });
  });
  if (unresolved.length === 0) return [];
  let existing = new Set<string>();
  if (database) {
    const ids = [...new Set(unresolved.map((ref) => ref.id))];
    const result = await database.read<{ label: string; id: string }>(namedQuery("existing-ids"), { ids });
    existing = new Set(result.records.map((r) => `${r.get("label")}:${r.get("id")}`));
  }
  const inDatabase = (ref: Reference) =>
    ref.target === "ChainTarget" ? existing.has(`IndustryChain:${ref.id}`) || existing.has(`ChainSegment:${ref.id}`) : existing.has(`${ref.target}:${ref.id}`);
  const noun: Record<Target, Noun> = {
    Organization: "organisation",
    Source: "source",
    IndustryChain: "industryChain",
    ChainSegment: "chainSegment",
    ChainTarget: "chainTarget",
  };
  return unresolved
    .filter((ref) => !inDatabase(ref))
    .map((ref) => message(formatOrigin(ref.at), "ref.unknown", { field: ref.field, target: noun[ref.target], id: given(ref.id) }));
}
