import { isEmptyCell, type CoverageMeasure, type HeatmapCell } from './coverage-heatmap';

export interface MatrixSummary {
  readonly chains: number;
  readonly regions: number;
  readonly cells: number;
  /** Cells where at least one enterprise of the chain is recorded. */
  readonly withEnterprises: number;
  /** Cells where at least one segment is covered. */
  readonly withCoverage: number;
  /** Cells the heat map hatches for the measure: nothing there to cover. */
  readonly hatched: number;
}

/** What the heat map holds, in counts, so the view can say how much of it the data fill. */
export function summarizeMatrix(
  matrix: { readonly chains: readonly unknown[]; readonly regions: readonly unknown[]; readonly cells: readonly HeatmapCell[] },
  measure: CoverageMeasure,
): MatrixSummary {
  const cells = matrix.chains.length * matrix.regions.length;
  const present = matrix.cells;
  return {
    chains: matrix.chains.length,
    regions: matrix.regions.length,
    cells,
    withEnterprises: present.filter((cell) => cell.enterpriseCount > 0).length,
    withCoverage: present.filter((cell) => cell.coveredSegmentCount > 0).length,
    // Cells the answer leaves out are drawn hatched too.
    hatched: cells - present.filter((cell) => !isEmptyCell(cell, measure)).length,
  };
}

/**
 * Which note the heat map needs: `all-empty` when every cell is hatched (the data say nothing
 * yet), `sparse` when at least half are, else none.
 */
export function sparsityNote(summary: MatrixSummary): 'all-empty' | 'sparse' | null {
  if (summary.cells === 0) return null;
  if (summary.hatched === summary.cells) return 'all-empty';
  return summary.hatched * 2 >= summary.cells ? 'sparse' : null;
}
