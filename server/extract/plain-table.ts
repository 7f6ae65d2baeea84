/** Text tables for the evaluation commands: the first `textColumns` columns left-aligned, figures right-aligned. */
export function plainTable(header: string[], rows: string[][], textColumns = 1): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < textColumns ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}

/** What one article missed and found in excess, a line each; `accepted` marks wrong agreements that would skip review. */
export function errorNotes(
  result: { error?: string; organizations: { missed: string[]; spurious: string[] }; agreements: { missed: string[]; spurious: string[] } },
  accepted: readonly string[] = [],
): string[] {
  return [
    ...(result.error ? [`  error: ${result.error}`] : []),
    ...result.organizations.missed.map((x) => `  missed organisation: ${x}`),
    ...result.organizations.spurious.map((x) => `  spurious organisation: ${x}`),
    ...result.agreements.missed.map((x) => `  missed agreement: ${x}`),
    ...result.agreements.spurious.map((x) => `  spurious agreement${accepted.includes(x) ? " (accepted)" : ""}: ${x}`),
  ];
}

/** Precision, recall and F1 to two decimals. */
export function scoreCells(score: { precision: number; recall: number; f1: number }): string[] {
  return [score.precision, score.recall, score.f1].map((x) => x.toFixed(2));
}
