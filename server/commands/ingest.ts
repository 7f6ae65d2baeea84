import type { AtlasConfig } from "../config.ts";
import { applySchema, connectDatabase } from "../db/index.ts";
import {
  changedNothing,
  conflictDecisions,
  defaultAuthor,
  ingest,
  isFirstLoad,
  isLocale,
  messageDetail,
  previewImport,
  readPaths,
  renderMessages,
  terminalProgress,
  type ConflictDecision,
  type FirstLoad,
  type IngestResult,
  type Locale,
} from "../ingest/index.ts";
import { formatPreview } from "./format-preview.ts";
import type { Logger } from "../logger.ts";

const usage = "usage: npm run ingest -- [--dry-run] [--batch-size N] [--skip-unknown] [--on-conflict keep|replace|separate] [--by NAME] [--lang en|zh] [--first-load auto|importer|transactional] <files or folders>\n";

export interface IngestArgs {
  dryRun: boolean;
  batchSize?: number;
  /** Pass over files that are neither record files nor articles (otherwise they fail the run). */
  skipUnknown?: boolean;
  /** The decision for every row that matches an organisation but disagrees with it. */
  onConflict?: ConflictDecision;
  /** Who the import's changeset names (default: the operating-system user). */
  by?: string;
  /** The language of problems and notes; without it, the environment's (localeFromEnvironment). */
  lang?: Locale;
  /** How a load into an empty embedded database is written (server/ingest/importer-load.ts). */
  firstLoad?: FirstLoad;
  paths: string[];
}

/**
 * The language the environment asks for, as POSIX orders it: LC_ALL, else LC_MESSAGES, else LANG
 * (the first one set); zh_CN.UTF-8 and any other zh… is Chinese, everything else English.
 */
export function localeFromEnvironment(env: NodeJS.ProcessEnv = process.env): Locale {
  const setting = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== "");
  return setting !== undefined && /^zh([_.@-]|$)/i.test(setting) ? "zh" : "en";
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
    else if (arg === "--lang") {
      const lang = args[++i];
      if (!isLocale(lang)) return `--lang takes en or zh, not "${lang ?? ""}"`;
      parsed.lang = lang;
    }
    else if (arg === "--first-load") {
      const firstLoad = args[++i];
      if (firstLoad === undefined || !isFirstLoad(firstLoad)) return `--first-load takes auto, importer or transactional, not "${firstLoad ?? ""}"`;
      parsed.firstLoad = firstLoad;
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
export function formatSummary(result: Omit<IngestResult, "problemDetails" | "noteDetails">, seconds: number): string {
  const summary = result.summary!;
  const rows = Object.values(result.read).reduce((sum, n) => sum + n, 0);
  const line = (cells: (string | number)[]) => `  ${String(cells[0]).padEnd(14)}${cells.slice(1).map((c) => String(c).padStart(10)).join("")}`;
  return [
    line(["label", "created", "updated", "unchanged"]),
    ...Object.entries(summary.nodes).map(([label, n]) => line([label, n.created, n.updated, n.unchanged])),
    `  relationships created: ${summary.relationshipsCreated}`,
    summary.importerSeconds
      ? `  built by Neo4j's importer into the empty database: files ${summary.importerSeconds.files} s, importer ${summary.importerSeconds.importer} s, restart ${summary.importerSeconds.restart} s, schema ${summary.importerSeconds.schema} s`
      : "",
    `  ${rows.toLocaleString("en")} records in ${seconds.toFixed(1)} s (${Math.round(rows / Math.max(seconds, 0.001)).toLocaleString("en")} records/s)`,
    changedNothing(summary) ? "No changes: the database already held all of this." : "",
  ]
    .filter(Boolean)
    .join("\n");
}

/** What the command says around the messages, in each language. */
const commandWords: Record<Locale, { note: string; nothingWritten: (n: number) => string }> = {
  en: { note: "note: ", nothingWritten: (n) => `${n} problem(s); nothing was written.` },
  zh: { note: "提示：", nothingWritten: (n) => `共 ${n} 个问题；未写入任何内容。` },
};

/**
 * `npm run ingest -- [--dry-run] [--batch-size N] [--skip-unknown] [--on-conflict keep|replace|separate] [--by NAME] [--lang en|zh] [--first-load auto|importer|transactional] <files or folders>`.
 * Exit code 1 when any record is invalid. --dry-run prints the preview; a load is recorded as an
 * import (changeset) that `import undo <id>` undoes. Problems and notes are in --lang's language,
 * else the environment's (LC_ALL, LC_MESSAGES, LANG).
 */
export async function ingestCommand(config: AtlasConfig, logger: Logger, args: string[]): Promise<number> {
  const parsed = parseIngestArgs(args);
  if (typeof parsed === "string") {
    process.stderr.write(`${parsed}\n${usage}`);
    return 2;
  }
  const locale = parsed.lang ?? localeFromEnvironment();
  const words = commandWords[locale];
  const database = await connectDatabase(config, logger);
  try {
    await applySchema(database);
    const started = Date.now();
    if (parsed.dryRun) {
      const given = readPaths(parsed.paths);
      const preview = await previewImport(database, given.files, { skipUnknown: parsed.skipUnknown, onConflict: parsed.onConflict, locale });
      preview.notes.unshift(...renderMessages(given.notes, locale));
      preview.noteDetails.unshift(...given.notes.map((note) => messageDetail(note, locale)));
      process.stdout.write(`${formatPreview(preview, { onConflict: parsed.onConflict, locale })}\n`);
      return preview.problems.length > 0 ? 1 : 0;
    }
    const result = await ingest(database, parsed.paths, { batchSize: parsed.batchSize, skipUnknown: parsed.skipUnknown, onConflict: parsed.onConflict, by: parsed.by ?? defaultAuthor(), onProgress: terminalProgress(), locale, firstLoad: parsed.firstLoad });
    for (const note of result.notes) process.stderr.write(`${words.note}${note}\n`);
    if (result.problems.length > 0) {
      process.stderr.write(`${result.problems.join("\n")}\n${words.nothingWritten(result.problems.length)}\n`);
      return 1;
    }
    process.stdout.write(`${formatSummary(result, (Date.now() - started) / 1000)}\n`);
    if (result.summary?.changeset) process.stdout.write(`Recorded as import ${result.summary.changeset}; undo it with: npm run -s atlas -- import undo ${result.summary.changeset}\n`);
    return 0;
  } finally {
    await database.close();
  }
}
