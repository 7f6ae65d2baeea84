import type { AtlasConfig } from "../config.ts";
import { applySchema } from "../db/apply-schema.ts";
import { connectDatabase } from "../db/database.ts";
import { changedNothing, ingest } from "../ingest/ingest.ts";
import type { Logger } from "../logger.ts";

/** `npm run ingest -- [--dry-run] <files or folders>`. Exit code 1 when any record is invalid. */
export async function ingestCommand(config: AtlasConfig, logger: Logger, args: string[]): Promise<number> {
  const dryRun = args.includes("--dry-run");
  const paths = args.filter((arg) => arg !== "--dry-run");
  if (paths.length === 0) {
    process.stderr.write("usage: npm run ingest -- [--dry-run] <files or folders>\n");
    return 2;
  }
  const database = await connectDatabase(config, logger);
  try {
    await applySchema(database);
    const result = await ingest(database, paths, { dryRun });
    for (const note of result.notes) process.stderr.write(`note: ${note}\n`);
    if (result.problems.length > 0) {
      process.stderr.write(`${result.problems.join("\n")}\n${result.problems.length} problem(s); nothing was written.\n`);
      return 1;
    }
    if (!result.summary) {
      process.stdout.write("dry run: every record is valid; nothing was written.\n");
      return 0;
    }
    const rows = Object.entries(result.summary.nodes).map(([label, n]) => `  ${label.padEnd(14)} ${String(n.created).padStart(8)} ${String(n.updated).padStart(8)} ${String(n.unchanged).padStart(10)}`);
    process.stdout.write(`  ${"label".padEnd(14)} ${"created".padStart(8)} ${"updated".padStart(8)} ${"unchanged".padStart(10)}\n${rows.join("\n")}\n  relationships created: ${result.summary.relationshipsCreated}\n`);
    if (changedNothing(result.summary)) process.stdout.write("No changes: the database already held all of this.\n");
    return 0;
  } finally {
    await database.close();
  }
}
