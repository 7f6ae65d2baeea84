import type { AtlasConfig } from "../config.ts";
import { applySchema, connectDatabase } from "../db/index.ts";
import { defaultAuthor, listChangesets, undoChangeset, UndoRefusedError, type Changeset } from "../ingest/index.ts";
import type { Logger } from "../logger.ts";

const usage = "usage: npm run -s atlas -- import list [--limit N]\n       npm run -s atlas -- import undo <id> [--by NAME]\n";

export type ImportArgs = { action: "list"; limit: number } | { action: "undo"; id: string; by?: string };

export function parseImportArgs(args: string[]): ImportArgs | string {
  const [action, ...rest] = args;
  if (action === "list") {
    let limit = 20;
    for (let i = 0; i < rest.length; i++) {
      if (rest[i] !== "--limit") return `unknown argument ${rest[i]}`;
      limit = Number(rest[++i]);
      if (!Number.isInteger(limit) || limit < 1) return `--limit takes a whole number, not "${rest[i] ?? ""}"`;
    }
    return { action, limit };
  }
  if (action === "undo") {
    let id: string | undefined;
    let by: string | undefined;
    for (let i = 0; i < rest.length; i++) {
      const arg = rest[i]!;
      if (arg === "--by") {
        by = rest[++i];
        if (!by || by.startsWith("--")) return "--by takes the name of who undoes it";
      } else if (arg.startsWith("--")) return `unknown option ${arg}`;
      else if (id !== undefined) return `give one import to undo, not "${id}" and "${arg}"`;
      else id = arg;
    }
    if (!id) return "give the id of the import to undo (import list shows them)";
    return { action, id, ...(by ? { by } : {}) };
  }
  return action === undefined ? "say list or undo" : `unknown import action "${action}"`;
}

/** One line per changeset, newest first: id, when, who, files, counts, and whether it was undone. */
export function formatChangesets(changesets: Changeset[]): string {
  if (changesets.length === 0) return "No imports recorded yet.";
  return changesets
    .map((c) => {
      const state = c.undoneAt ? `  undone by ${c.undoneBy ?? "?"} at ${c.undoneAt}` : c.complete === false ? "  (incomplete: cut short)" : "";
      return `${c.id}  ${c.at}  by ${c.by}  ${c.counts.new} new, ${c.counts.changed} changed, ${c.counts.unchanged} unchanged  ${c.files.join(", ")}${state}`;
    })
    .join("\n");
}

/** `import list` and `import undo <id> [--by NAME]`: the imports recorded as changesets, and undoing one as a whole. */
export async function importCommand(config: AtlasConfig, logger: Logger, args: string[]): Promise<number> {
  const parsed = parseImportArgs(args);
  if (typeof parsed === "string") {
    process.stderr.write(`${parsed}\n${usage}`);
    return 2;
  }
  const database = await connectDatabase(config, logger);
  try {
    await applySchema(database);
    if (parsed.action === "list") {
      process.stdout.write(`${formatChangesets(await listChangesets(database, parsed.limit))}\n`);
      return 0;
    }
    try {
      const undone = await undoChangeset(database, parsed.id, parsed.by ?? defaultAuthor());
      process.stdout.write(`undone: ${formatChangesets([undone])}\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof UndoRefusedError)) throw error;
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
  } finally {
    await database.close();
  }
}
