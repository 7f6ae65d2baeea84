import { kindName, type ConflictDecision, type ImportPreview, type Locale, type RecordChange, type TablePreview } from "../ingest/index.ts";

/** A value as the preview prints it: JSON, so text is quoted and lists show as lists. */
function shown(value: unknown): string {
  return value === null || value === undefined ? "(none)" : JSON.stringify(value);
}

function changeLines(change: RecordChange): string[] {
  const head = `  ${change.change.padEnd(8)} ${change.kind.padEnd(12)} ${change.id}${change.name && change.name !== change.id ? `  ${change.name}` : ""}  (${change.where})`;
  if (change.change !== "changed") return [head];
  return [head, ...Object.keys(change.after).map((key) => `             ${key}: ${shown(change.before?.[key])} → ${shown(change.after[key])}`)];
}

/** The words around the preview's messages (the messages themselves come worded from the ingest). */
interface PreviewWords {
  tables: string;
  table(table: TablePreview): string;
  columns: string;
  ignored: string;
  notes: string;
  conflicts(n: number): string;
  conflict(conflict: ImportPreview["conflicts"][number], decision: string): string;
  decided(decision: ConflictDecision): string;
  undecided: string;
  problems(n: number): string;
  changes(counts: ImportPreview["counts"]): string;
  more(n: number, kind: "new" | "changed"): string;
  fix(n: number): string;
  dryRun: string;
}

const decisionsZh: Record<ConflictDecision, string> = { keep: "保留（keep）", replace: "替换（replace）", separate: "分开（separate）" };

export const previewWords: Readonly<Record<Locale, PreviewWords>> = {
  en: {
    tables: "tables:",
    table: (table) =>
      `${table.kind ? `${table.kind} (${table.why === "chosen" ? "as chosen" : `from ${table.why}`})` : "kind not recognised"}, ${table.rows} row${table.rows === 1 ? "" : "s"}${table.header.length > 0 ? `, header on line ${table.headerLine}` : ""}`,
    columns: "columns",
    ignored: "(ignored)",
    notes: "notes:",
    conflicts: (n) => `conflicts (${n}):`,
    conflict: (c, decision) => `  ${c.where}: "${c.name}" matches "${c.matches.name}" (${c.matches.where}): ${c.differences.join("; ")} — ${decision}`,
    decided: (decision) => `decided: ${decision}`,
    undecided: "undecided (--on-conflict keep|replace|separate)",
    problems: (n) => `problems (${n}):`,
    changes: (c) => `changes: ${c.new} new, ${c.changed} changed, ${c.unchanged} unchanged, ${c.conflicts} conflict${c.conflicts === 1 ? "" : "s"}`,
    more: (n, kind) => `  … and ${n} more ${kind}`,
    fix: (n) => `${n} problem(s): fix them; nothing was written.`,
    dryRun: "dry run: nothing was written.",
  },
  zh: {
    tables: "各表：",
    table: (table) =>
      `${table.kind ? `${kindName(table.kind, "zh")}（${table.kind}；${table.why === "chosen" ? "按所选" : `依据：${table.why}`}）` : "无法识别类型"}，${table.rows} 行${table.header.length > 0 ? `，表头在第 ${table.headerLine} 行` : ""}`,
    columns: "各列",
    ignored: "（忽略）",
    notes: "提示：",
    conflicts: (n) => `冲突（${n} 处）：`,
    conflict: (c, decision) => `  ${c.where}: “${c.name}”与“${c.matches.name}”（${c.matches.where}）相符，但${c.differences.join("；")} —— ${decision}`,
    decided: (decision) => `已决定：${decisionsZh[decision]}`,
    undecided: "尚未决定（--on-conflict keep|replace|separate）",
    problems: (n) => `问题（${n} 个）：`,
    changes: (c) => `变更：新增 ${c.new} 条，修改 ${c.changed} 条，未变 ${c.unchanged} 条，冲突 ${c.conflicts} 处`,
    more: (n, kind) => `  ……另有 ${n} 条${kind === "new" ? "新增" : "修改"}`,
    fix: (n) => `共 ${n} 个问题：请先改正；未写入任何内容。`,
    dryRun: "试运行：未写入任何内容。",
  },
};

export interface PreviewFormatOptions {
  /** How many new and how many changed records to list (the counts cover all). */
  limit?: number;
  decisions?: Record<string, ConflictDecision>;
  onConflict?: ConflictDecision;
  /** The language of the words around the messages (the preview's messages are in the language they were made in). */
  locale?: Locale;
}

/**
 * The preview as `ingest --dry-run` prints it: each table with the kind it was taken as and why
 * and its column mapping, every problem, the conflicts with the decision each would take, and the
 * counts with the first new and changed records (changed ones as before → after).
 */
export function formatPreview(preview: Omit<ImportPreview, "problemDetails" | "noteDetails">, options: PreviewFormatOptions = {}): string {
  const limit = options.limit ?? 20;
  const words = previewWords[options.locale ?? "en"];
  const lines: string[] = [];
  if (preview.tables.length > 0) lines.push(words.tables);
  for (const table of preview.tables) {
    lines.push(`  ${table.key}: ${words.table(table)}`);
    const mapped = Object.entries(table.columns).map(([header, column]) => `${header} → ${column ?? words.ignored}`);
    if (mapped.length > 0) lines.push(`    ${words.columns}: ${mapped.join(", ")}`);
  }
  if (preview.notes.length > 0) lines.push(words.notes, ...preview.notes.map((note) => `  ${note}`));
  if (preview.conflicts.length > 0) {
    lines.push(words.conflicts(preview.conflicts.length));
    for (const conflict of preview.conflicts) {
      const decision = options.decisions?.[conflict.where] ?? options.onConflict;
      lines.push(words.conflict(conflict, decision ? words.decided(decision) : words.undecided));
    }
  }
  if (preview.problems.length > 0) lines.push(words.problems(preview.problems.length), ...preview.problems.map((problem) => `  ${problem}`));
  lines.push(words.changes(preview.counts));
  for (const kind of ["new", "changed"] as const) {
    const of = preview.changes.filter((change) => change.change === kind);
    lines.push(...of.slice(0, limit).flatMap(changeLines));
    if (of.length > limit) lines.push(words.more(of.length - limit, kind));
  }
  lines.push(preview.problems.length > 0 ? words.fix(preview.problems.length) : words.dryRun);
  return lines.join("\n");
}
