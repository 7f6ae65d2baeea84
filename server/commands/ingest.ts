import type { AtlasConfig } from "../config.ts";
import { applySchema, connectDatabase } from "../db/index.ts";
import { changedNothing, conflictDecisions, defaultAuthor, ingest, previewImport, readPaths, terminalProgress, type ConflictDecision, type IngestResult } from "../ingest/index.ts";
import { formatPreview } from "./format-preview.ts";
import type { Logger } from "../logger.ts";

const usage = "usage: npm run ingest -- [--dry-run] [--batch-size N] [--skip-unknown] [--on-conflict keep|replace|separate] [--by NAME] <files or folders>\n";

export interface IngestArgs {
  dryRun: boolean;
  batchSize?: number;
  /** Pass over files that are neither record files nor articles (otherwise they fail the run). */
  skipUnknown?: boolean;
  /** The decision for every row that matches an organisation but disagrees with it. */
  onConflict?: ConflictDecision;
  /** Who the import's changeset names (default: the operating-system user). */
  by?: string;
  paths: string[];
}

export function parseIngestArgs(args: string[]): IngestArgs | string {
  const parsed: IngestArgs = { dryRun: false, paths: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--dry-run") parsed.dryRun = true;
    else if (arg === "--skip-unknown") parsed.skipUnknown = true;
    else if (arg === "--on-conflict") {
      const decision = args[++i] as ConflictDecision;
      if (!conflictDecisions.includes(decision)) return `--on-conflict takes keep, replace or separate, not "${args[i] ?? ""}"`;
      parsed.onConflict = decision;
    }
    else if (arg === "--by") {
      const by = args[++i];
      if (!by || by.startsWith("--")) return "--by takes the name the import is recorded under";
      parsed.by = by;
    }
    else if (arg === "--batch-size") {
      const size = Number(args[++i]);
      if (!Number.isInteger(size) || size < 1) return `--batch-size takes a whole number of rows, not "${args[i] ?? ""}"`;
      parsed.batchSize = size;
    } else if (arg.startsWith("--")) return `unknown option ${arg}`;
    else parsed.paths.push(arg);
  }
  return parsed.paths.length > 0 ? parsed : "give at least one file or folder";
}

/** The table printed after a load: per label, created, updated and unchanged nodes. */
export function formatSummary(result: IngestResult, seconds: number): string {
  const summary = result.summary!;
  const rows = Object.values(result.read).reduce((sum, n) => sum + n, 0);
  const line = (cells: (string | number)[]) => `  ${String(cells[0]).padEnd(14)}${cells.slice(1).map((c) => String(c).padStart(10)).join("")}`;
  return [
    line(["label", "created", "updated", "unchanged"]),
    ...Object.entries(summary.nodes).map(([label, n]) => line([label, n.created, n.updated, n.unchanged])),
    `  relationships created: ${summary.relationshipsCreated}`,
    `  ${rows.toLocaleString("en")} records in ${seconds.toFixed(1)} s (${Math.round(rows / Math.max(seconds, 0.001)).toLocaleString("en")} records/s)`,
    changedNothing(summary) ? "No changes: the database already held all of this." : "",
  ]
    .filter(Boolean)
    .join("\n");
}

/**
 * `npm run ingest -- [--dry-run] [--batch-size N] [--skip-unknown] [--on-conflict keep|replace|separate] [--by NAME] <files or folders>`.
 * Exit code 1 when any record is invalid. --dry-run prints the preview; a load is recorded as an
 * import (changeset) that `import undo <id>` undoes.
 */
export async function ingestCommand(config: AtlasConfig, logger: Logger, args: string[]): Promise<number> {
  const parsed = parseIngestArgs(args);
  if (typeof parsed === "string") {
    process.stderr.write(`${parsed}\n${usage}`);
    return 2;
  }
  const database = await connectDatabase(config, logger);
  try {
    await applySchema(database);
    const started = Date.now();
    if (parsed.dryRun) {
      const given = readPaths(parsed.paths);
      const preview = await previewImport(database, given.files, { skipUnknown: parsed.skipUnknown, onConflict: parsed.onConflict });
      preview.notes.unshift(...given.notes);
      process.stdout.write(`${formatPreview(preview, { onConflict: parsed.onConflict })}\n`);
      return preview.problems.length > 0 ? 1 : 0;
    }
    const result = await ingest(database, parsed.paths, { batchSize: parsed.batchSize, skipUnknown: parsed.skipUnknown, onConflict: parsed.onConflict, by: parsed.by ?? defaultAuthor(), onProgress: terminalProgress() });
    for (const note of result.notes) process.stderr.write(`note: ${note}\n`);
    if (result.problems.length > 0) {
      process.stderr.write(`${result.problems.join("\n")}\n${result.problems.length} problem(s); nothing was written.\n`);
      return 1;
    }
    process.stdout.write(`${formatSummary(result, (Date.now() - started) / 1000)}\n`);
    if (result.summary?.changeset) process.stdout.write(`Recorded as import ${result.summary.changeset}; undo it with: npm run -s atlas -- import undo ${result.summary.changeset}\n`);
    return 0;
  } finally {
    await database.close();
  }
}
