import type { CorpusEvaluation, CorpusGroupScore } from "./corpus-evaluation.ts";
import { errorNotes, plainTable, scoreCells } from "./plain-table.ts";

/** The corpus scores as plain-text tables: by language, then by publisher kind; with `details`, each article's errors. */

const two = (x: number) => x.toFixed(2);

const header = ["split", "group", "articles", "orgs", "org P", "org R", "org F1", "agrs", "agr P", "agr R", "agr F1", "accepted", "acc P", "wrong", "to review"];

function row(g: CorpusGroupScore): string[] {
  return [
    g.split,
    g.language ?? g.publisherKind ?? "all",
    String(g.articles),
    String(g.goldOrganizations),
    ...scoreCells(g.organizations),
    String(g.goldAgreements),
    ...scoreCells(g.agreements),
    String(g.accepted.found),
    two(g.accepted.precision),
    String(g.wrongAgreements.found),
    `${Math.round(g.wrongAgreements.share * 100)}%`,
  ];
}

function table(groups: CorpusGroupScore[]): string[] {
  return plainTable(header, groups.map(row), 2);
}

export function formatCorpusEvaluation(evaluation: CorpusEvaluation, options: { details?: boolean } = {}): string {
  const out = [
    "By language",
    ...table(evaluation.byLanguage),
    "",
    "By publisher kind",
    ...table(evaluation.byPublisherKind),
    "",
    `orgs, agrs: gold counts. accepted: agreements found at confidence ≥ ${evaluation.reviewThreshold}; acc P: their precision;`,
    "wrong: agreements found that the gold does not have; to review: the share of them below the threshold.",
  ];
  if (options.details) {
    for (const r of evaluation.articles) {
      const notes = errorNotes(r, r.acceptedSpurious);
      if (notes.length > 0) out.push("", `${r.split} ${r.language} ${r.id}`, ...notes);
    }
  }
  return out.join("\n");
}
