import type { ConflictDecision, ImportPreview, RecordChange } from "../ingest/index.ts";

/** A value as the preview prints it: JSON, so text is quoted and lists show as lists. */
function shown(value: unknown): string {
  return value === null || value === undefined ? "(none)" : JSON.stringify(value);
}

function changeLines(change: RecordChange): string[] {
  const head = `  ${change.change.padEnd(8)} ${change.kind.padEnd(12)} ${change.id}${change.name && change.name !== change.id ? `  ${change.name}` : ""}  (${change.where})`;
  if (change.change !== "changed") return [head];
  return [head, ...Object.keys(change.after).map((key) => `             ${key}: ${shown(change.before?.[key])} → ${shown(change.after[key])}`)];
}

export interface PreviewFormatOptions {
  /** How many new and how many changed records to list (the counts cover all). */
  limit?: number;
  decisions?: Record<string, ConflictDecision>;
  onConflict?: ConflictDecision;
}

/**
 * The preview as `ingest --dry-run` prints it: each table with the kind it was taken as and why
 * and its column mapping, every problem, the conflicts with the decision each would take, and the
 * counts with the first new and changed records (changed ones as before → after).
 */
export function formatPreview(preview: ImportPreview, options: PreviewFormatOptions = {}): string {
  const limit = options.limit ?? 20;
  const lines: string[] = [];
  if (preview.tables.length > 0) lines.push("tables:");
  for (const table of preview.tables) {
    lines.push(`  ${table.key}: ${table.kind ? `${table.kind} (${table.why === "chosen" ? "as chosen" : `from ${table.why}`})` : "kind not recognised"}, ${table.rows} row${table.rows === 1 ? "" : "s"}${table.header.length > 0 ? `, header on line ${table.headerLine}` : ""}`);
    const mapped = Object.entries(table.columns).map(([header, column]) => `${header} → ${column ?? "(ignored)"}`);
    if (mapped.length > 0) lines.push(`    columns: ${mapped.join(", ")}`);
  }
  if (preview.notes.length > 0) lines.push("notes:", ...preview.notes.map((note) => `  ${note}`));
  if (preview.conflicts.length > 0) {
    lines.push(`conflicts (${preview.conflicts.length}):`);
    for (const conflict of preview.conflicts) {
      const decision = options.decisions?.[conflict.where] ?? options.onConflict;
      lines.push(`  ${conflict.where}: "${conflict.name}" matches "${conflict.matches.name}" (${conflict.matches.where}): ${conflict.differences.join("; ")} — ${decision ? `decided: ${decision}` : "undecided (--on-conflict keep|replace|separate)"}`);
    }
  }
  if (preview.problems.length > 0) lines.push(`problems (${preview.problems.length}):`, ...preview.problems.map((problem) => `  ${problem}`));
  const { counts } = preview;
  lines.push(`changes: ${counts.new} new, ${counts.changed} changed, ${counts.unchanged} unchanged, ${counts.conflicts} conflict${counts.conflicts === 1 ? "" : "s"}`);
  for (const kind of ["new", "changed"] as const) {
    const of = preview.changes.filter((change) => change.change === kind);
    lines.push(...of.slice(0, limit).flatMap(changeLines));
    if (of.length > limit) lines.push(`  … and ${of.length - limit} more ${kind}`);
  }
  lines.push(preview.problems.length > 0 ? `${preview.problems.length} problem(s): fix them; nothing was written.` : "dry run: nothing was written.");
  return lines.join("\n");
}
