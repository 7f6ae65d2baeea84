import neo4j from "neo4j-driver";
import type { ChangesetJson } from "../../contract/import-api.ts";
import { changeGraph, namedQuery, type Database, type GraphTransaction } from "../db/index.ts";

/** An import as recorded: who, when, which files, what it did; and whether it was undone. The import routes send it as it is. */
export type Changeset = ChangesetJson;

/** Undo refused: the changeset is unknown, already undone, or a later import changed the same nodes. */
export class UndoRefusedError extends Error {}

interface ChangesetRow {
  id: string;
  by: string;
  at: string;
  files: string[];
  new: unknown;
  changed: unknown;
  unchanged: unknown;
  complete?: boolean | null;
  undoneAt?: string | null;
  undoneBy?: string | null;
}

function toChangeset(row: ChangesetRow): Changeset {
  return {
    id: row.id,
    by: row.by,
    at: row.at,
    files: row.files ?? [],
    counts: { new: Number(row.new ?? 0), changed: Number(row.changed ?? 0), unchanged: Number(row.unchanged ?? 0) },
    ...(row.complete === false ? { complete: false } : {}),
    ...(row.undoneAt ? { undoneAt: row.undoneAt, undoneBy: row.undoneBy ?? undefined } : {}),
  };
}

/** The latest imports, newest first. */
export async function listChangesets(database: Database, limit = 50): Promise<Changeset[]> {
  const result = await database.read(namedQuery("changesets"), { limit: neo4j.int(limit) });
  return result.records.map((record) => toChangeset(record.get("changeset") as ChangesetRow));
}

/** One changeset by id, or undefined. */
export async function findChangeset(database: Database, id: string): Promise<Changeset | undefined> {
  const result = await database.read(namedQuery("changeset-by-id"), { id });
  const row = result.records[0]?.get("changeset") as ChangesetRow | undefined;
  return row ? toChangeset(row) : undefined;
}

async function partyPairs(tx: GraphTransaction, id: string): Promise<{ x: string; y: string }[]> {
  return (await tx.run<{ x: string; y: string }>("changeset-agreement-pairs", { id })).rows;
}

/**
 * Undoes an import as one unit of work: the nodes it created are deleted, the ones it changed get
 * back exactly their labels, properties and relationships, the COLLABORATES_WITH links of the
 * agreements' parties are recounted (as a fresh load would have them), the graph's version moves,
 * and the changeset is marked undone. Refused when a later import, not undone, touched the same
 * nodes or points to nodes this one created (undo that one first), and when a reviewer has since
 * decided one of its agreements (an undo must not revert a person's decision).
 */
export async function undoChangeset(database: Database, id: string, by: string): Promise<Changeset> {
  const known = await findChangeset(database, id);
  if (!known) throw new UndoRefusedError(`there is no import "${id}" (npm run -s atlas -- import list shows them)`);
  if (known.undoneAt) throw new UndoRefusedError(`import "${id}" was already undone by ${known.undoneBy ?? "someone"} at ${known.undoneAt}`);
  const done = await changeGraph(database, async (tx) => {
    // Checked inside the transaction that undoes, so an import committed meanwhile is seen.
    const overlaps = (await tx.run<{ id: string; by: string; at: string; nodes: unknown }>("changeset-overlaps", { id })).rows;
    if (overlaps.length > 0) {
      const named = overlaps.map((o) => `"${o.id}" (by ${o.by} at ${o.at}, ${Number(o.nodes)} of the same records)`).join(", ");
      throw new UndoRefusedError(`import "${id}" cannot be undone: the later import${overlaps.length > 1 ? "s" : ""} ${named} changed what it changed; undo ${overlaps.length > 1 ? "those" : "that"} first`);
    }
    const reviewed = (await tx.run<{ id: string; by: string | null }>("changeset-reviewed-since", { id })).rows;
    if (reviewed.length > 0) {
      const named = reviewed.map((r) => `"${r.id}"${r.by ? ` (by ${r.by})` : ""}`).join(", ");
      throw new UndoRefusedError(`import "${id}" cannot be undone: a reviewer has since decided agreement${reviewed.length > 1 ? "s" : ""} ${named}, and undoing would revert that decision`);
    }
    const before = await partyPairs(tx, id);
    await tx.run("undo-changeset-nodes", { id });
    await tx.run("undo-changeset-relationships", { id });
    const after = await partyPairs(tx, id);
    const pairs = [...new Map([...before, ...after].map((pair) => [`${pair.x}\u0000${pair.y}`, pair])).values()];
    if (pairs.length > 0) await tx.run("recount-collaborations", { pairs });
    const marked = await tx.run<{ changeset: ChangesetRow }>("mark-changeset-undone", { id, by, at: new Date().toISOString() });
    return { result: toChangeset(marked.rows[0]!.changeset), changed: true };
  });
  return done.result;
}
