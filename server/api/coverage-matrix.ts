import { badInput } from "./api-error.ts";
import type { GraphState } from "./analytics-cache.ts";
import { read, type ApiContext } from "./api-context.ts";
import { storedCoverageRun } from "./stored-metrics.ts";
import type { ChainRef, RegionRef } from "./api-types.ts";
import type { CoverageCell, CoverageMatrix } from "../../contract/api-types.ts";

/** The answer's shape, as api.graphql writes it (contract/api-types.ts is generated from it). */
export type { CoverageCell, CoverageMatrix } from "../../contract/api-types.ts";

export const matrixLevels = ["province", "prefecture"] as const;

/**
 * Coverage of every chain in every region of a level: the same definition as chainCoverage,
 * computed for all cells at once (two aggregate reads over the whole graph, sent together with the
 * chains and their places) rather than one chainCoverage per cell. Every chain × region pair where
 * the chain is judged has a cell, zero where nothing is there; a chain with a place has none
 * outside it.
 */
export async function coverageMatrix(
  context: ApiContext,
  options: { regionLevel: string; withinRegion: string | null; chainIds: string[] | null },
): Promise<CoverageMatrix> {
  if (!(matrixLevels as readonly string[]).includes(options.regionLevel)) {
    throw badInput(`regionLevel must be one of ${matrixLevels.join(", ")}, not "${options.regionLevel}".`);
  }
  // Aggregates over every enterprise: kept until the graph changes (or the day does: liveness moves with it).
  const key = `coverage-matrix:${JSON.stringify({ ...options, chainIds: options.chainIds ? [...options.chainIds].sort() : null })}:${context.today()}`;
  return context.analytics.get(key, (state) => computeCoverageMatrix(context, state, options));
}

/**
 * The regions with their stored cells and the chains, read together; when no cells are stored for
 * today (no published run, or one that judged liveness on another day), the cells are computed.
 */
async function computeCoverageMatrix(
  context: ApiContext,
  state: GraphState,
  options: { regionLevel: string; withinRegion: string | null; chainIds: string[] | null },
): Promise<CoverageMatrix> {
  const run = storedCoverageRun(state, context.today());
  const { regionLevel, withinRegion, chainIds } = options;
  const [regionRows, chainRows] = await Promise.all([
    read<{ region: RegionRef; storedCells: StoredCell[] }>(context, "coverage-matrix-regions", { regionLevel, withinRegion, run, chainIds }),
    run === null ? null : read<ChainRow>(context, "coverage-matrix-chains", { chainIds }),
  ]);
  const regions = regionRows.map((row) => row.region);
  if (chainRows) {
    const cells = cellsInOrder(chainRows, regions.map((r) => r.code), regionRows.map((row) => ({ regionCode: row.region.code, cells: row.storedCells })));
    return { regionLevel, chains: chainRows.map((r) => r.chain), regions, cells };
  }
  const { chains, cells } = await coverageCells(context, regions.map((r) => r.code), chainIds, { stored: false });
  return { regionLevel, chains, regions, cells };
}

/**
 * The cells of a coverage matrix for any list of regions (each counting what lies inside it):
 * every chain × region where the chain is judged (national chains everywhere, a chain with a
 * place where the region contains it or lies inside it), from aggregate reads that walk from the
 * regions down.
 */
export async function coverageCells(
  context: ApiContext,
  regionCodes: string[],
  chainIds: string[] | null,
  options: { stored?: boolean } = {},
): Promise<{ chains: ChainRef[]; cells: CoverageCell[] }> {
  const stored = options.stored === false ? null : await storedCoverageCells(context, regionCodes, chainIds);
  if (stored) return stored;
  const regions = regionCodes.map((code) => ({ code }));
  const params = { regionCodes, chainIds, today: context.today() };
  // Four independent reads, all at once.
  const [chainRows, enterpriseRows, servingRows, placeRows] = await Promise.all([
    read<ChainRow>(context, "coverage-matrix-chains", { chainIds }),
    read<{ chainId: string; regionCode: string; enterpriseCount: number; partneredEnterpriseCount: number; coveredSegmentIds: string[] }>(context, "coverage-matrix-enterprises", params),
    read<{ chainId: string; regionCode: string; segmentIds: string[] }>(context, "coverage-matrix-serving", params),
    read<{ chainId: string; regionCodes: string[] }>(context, "coverage-matrix-places", { regionCodes, chainIds }),
  ]);
  const judgedIn = new Map(placeRows.map((row) => [row.chainId, new Set(row.regionCodes)]));

  const key = (chainId: string, regionCode: string) => `${chainId}\u0000${regionCode}`;
  const enterprises = new Map(enterpriseRows.map((row) => [key(row.chainId, row.regionCode), row]));
  const serving = new Map(servingRows.map((row) => [key(row.chainId, row.regionCode), row.segmentIds]));

  const cells: CoverageCell[] = [];
  for (const { chain, segmentCount } of chainRows) {
    for (const region of regions) {
      if (chain.regionCode && !judgedIn.get(chain.id)?.has(region.code)) continue;
      const k = key(chain.id, region.code);
      const e = enterprises.get(k);
      const covered = new Set([...(e?.coveredSegmentIds ?? []), ...(serving.get(k) ?? [])]);
      const counts = { segmentCount, coveredSegmentCount: covered.size, enterpriseCount: e?.enterpriseCount ?? 0, partneredEnterpriseCount: e?.partneredEnterpriseCount ?? 0 };
      cells.push({ chainId: chain.id, regionCode: region.code, ...cellShares(counts) });
    }
  }
  return { chains: chainRows.map((r) => r.chain), cells };
}

type ChainRow = { chain: ChainRef; segmentCount: number };
type StoredCell = { chainId: string; segmentCount: number; coveredSegmentCount: number; enterpriseCount: number; partneredEnterpriseCount: number };

interface StoredCellRow {
  regionCode: string;
  stored: boolean;
  cells: StoredCell[];
}

/**
 * The cells as the recompute stored them (server/metrics/), in the order coverageCells computes
 * them; null when they must be computed: no published run, cells judged on another day (liveness
 * moves with it), or a region whose cells are not stored (only provinces and prefectures are).
 */
async function storedCoverageCells(context: ApiContext, regionCodes: string[], chainIds: string[] | null): Promise<{ chains: ChainRef[]; cells: CoverageCell[] } | null> {
  const run = storedCoverageRun(await context.analytics.readState(), context.today());
  if (run === null) return null;
  const [chainRows, rows] = await Promise.all([
    read<ChainRow>(context, "coverage-matrix-chains", { chainIds }),
    read<StoredCellRow>(context, "stored-coverage-cells", { run, regionCodes, chainIds }),
  ]);
  if (rows.some((row) => !row.stored)) return null;
  return { chains: chainRows.map((r) => r.chain), cells: cellsInOrder(chainRows, regionCodes, rows) };
}

/** Stored cells by chain, then region, as coverageCells orders computed ones. */
function cellsInOrder(chainRows: readonly ChainRow[], regionCodes: readonly string[], rows: readonly { regionCode: string; cells: StoredCell[] }[]): CoverageCell[] {
  const byChain = new Map<string, Map<string, StoredCell>>();
  for (const row of rows) {
    for (const cell of row.cells) {
      if (!byChain.has(cell.chainId)) byChain.set(cell.chainId, new Map());
      byChain.get(cell.chainId)!.set(row.regionCode, cell);
    }
  }
  const cells: CoverageCell[] = [];
  for (const { chain } of chainRows) {
    for (const regionCode of regionCodes) {
      const cell = byChain.get(chain.id)?.get(regionCode);
      if (!cell) continue;
      cells.push({ chainId: chain.id, regionCode, ...cellShares(cell) });
    }
  }
  return cells;
}

/** A cell's counts with its two shares, as DESIGN.md defines them (no segments recorded: no segment share). */
export function cellShares(counts: { segmentCount: number; coveredSegmentCount: number; enterpriseCount: number; partneredEnterpriseCount: number }) {
  const { segmentCount, coveredSegmentCount, enterpriseCount, partneredEnterpriseCount } = counts;
  return {
    segmentCoverage: segmentCount === 0 ? null : coveredSegmentCount / segmentCount,
    enterpriseCoverage: enterpriseCount === 0 ? 0 : partneredEnterpriseCount / enterpriseCount,
    segmentCount,
    coveredSegmentCount,
    enterpriseCount,
    partneredEnterpriseCount,
  };
}
