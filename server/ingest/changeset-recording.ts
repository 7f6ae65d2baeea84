import { randomBytes } from "node:crypto";
import neo4j from "neo4j-driver";
import type { GraphTransaction } from "../db/index.ts";

/** What the caller says about an import before it is written. */
export interface ChangesetStart {
  by: string;
  /** The files, as shown in messages. */
  files: string[];
}

export interface NewChangeset extends ChangesetStart {
  id: string;
  /** ISO date-time: changesets are ordered by it. */
  at: string;
}

/** A fresh changeset: its id sorts by time and is short enough to type (`import undo cs-20261206-141233-3fa2`). */
export function newChangeset(start: ChangesetStart, now = new Date()): NewChangeset {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return { ...start, id: `cs-${stamp}-${randomBytes(2).toString("hex")}`, at: now.toISOString() };
}

/** A node a load step touches, and the ids its row points to (another import that created those cannot be undone under it). */
export interface TouchedNode {
  label: string;
  id: string;
  refs: string[];
}

const ids = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : typeof value === "string" ? [value] : []);

/** The nodes one step's rows touch, by their key label (OPERATES_IN rows touch their enterprise). */
export function touchedNodes(label: string, rows: readonly Record<string, unknown>[]): TouchedNode[] {
  const keyLabel = label === "OPERATES_IN" ? "Organization" : label;
  return rows.map((row) => ({
    label: keyLabel,
    id: row.id as string,
    refs: [
      ...ids(row.chain),
      ...ids(row.parties),
      ...ids(row.serves),
      ...ids(row.members),
      ...ids(row.segments),
      ...((row.evidence as { source: string }[] | undefined) ?? []).map((e) => e.source),
    ],
  }));
}

/** Notes, in the load's transaction and before its writes, the prior state of what a step's rows touch. */
export async function captureStep(tx: GraphTransaction, changeset: string, label: string, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.run("capture-prior-state", { changeset, nodes: touchedNodes(label, rows) });
}

/**
 * captureStep for rows whose nodes the same transaction found absent, and which a load holds once
 * (agreements): each is noted as created without looking for it, which a large later load of new
 * agreements would otherwise do six index seeks a row for.
 */
export async function captureNewNodes(tx: GraphTransaction, changeset: string, label: string, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.run("capture-new-nodes", { changeset, nodes: touchedNodes(label, rows) });
}

/** Adds one transaction's counts to its changeset (created by the first), in that transaction. */
export async function recordChangeset(
  tx: GraphTransaction,
  changeset: NewChangeset,
  summary: { nodes: Record<string, { created: number; updated: number; unchanged: number }>; relationshipsCreated: number },
  last: boolean,
): Promise<void> {
  const counts = { new: 0, changed: 0, unchanged: 0 };
  for (const n of Object.values(summary.nodes)) {
    counts.new += n.created;
    counts.changed += n.updated;
    counts.unchanged += n.unchanged;
  }
  await tx.run("record-changeset", {
    changeset: { id: changeset.id, by: changeset.by, at: changeset.at, files: changeset.files },
    counts: { new: neo4j.int(counts.new), changed: neo4j.int(counts.changed), unchanged: neo4j.int(counts.unchanged) },
    changed: summary.relationshipsCreated > 0 || counts.new + counts.changed > 0,
    last,
  });
}
