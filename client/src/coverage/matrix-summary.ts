import { cellState, type CoverageMeasure, type HeatmapCell, type HeatmapChain } from './coverage-heatmap';

export interface MatrixSummary {
  readonly chains: number;
  readonly regions: number;
  /** Chain × region positions where the chain is judged (a chain with a place only in its place). */
  readonly cells: number;
  /** Cells where at least one enterprise of the chain is recorded. */
  readonly withEnterprises: number;
  /** Cells where at least one segment is covered. */
  readonly withCoverage: number;
  /** Cells the heat map hatches for the measure: nothing there to cover. */
  readonly hatched: number;
  /** Cells of chains without recorded segments, for segment coverage (dotted, not 0 %). */
  readonly notRecorded: number;
  /** Positions outside a chain's place: not judged, left blank. */
  readonly outside: number;
}

/** What the heat map holds, in counts, so the view can say how much of it the data fill. */
export function summarizeMatrix(
  matrix: { readonly chains: readonly HeatmapChain[]; readonly regions: readonly { readonly code: string }[]; readonly cells: readonly HeatmapCell[] },
  measure: CoverageMeasure,
): MatrixSummary {
  const byKey = new Map(matrix.cells.map((cell) => [`${cell.chainId}\u0000${cell.regionCode}`, cell]));
  const counts = { coverage: 0, empty: 0, 'not-recorded': 0, outside: 0 };
  for (const chain of matrix.chains) {
    for (const region of matrix.regions) counts[cellState(byKey.get(`${chain.id}\u0000${region.code}`), chain, measure)] += 1;
  }
  const present = matrix.cells;
  return {
    chains: matrix.chains.length,
    regions: matrix.regions.length,
    cells: matrix.chains.length * matrix.regions.length - counts.outside,
    withEnterprises: present.filter((cell) => cell.enterpriseCount > 0).length,
    withCoverage: present.filter((cell) => cell.coveredSegmentCount > 0).length,
    hatched: counts.empty,
    notRecorded: counts['not-recorded'],
    outside: counts.outside,
  };
}

/**
 * Which note the heat map needs: `all-empty` when every judged cell is hatched (the data say
 * nothing yet), `sparse` when at least half are, else none.
 */
export function sparsityNote(summary: MatrixSummary): 'all-empty' | 'sparse' | null {
  if (summary.cells === 0) return null;
  if (summary.hatched === summary.cells) return 'all-empty';
  return summary.hatched * 2 >= summary.cells ? 'sparse' : null;
}
