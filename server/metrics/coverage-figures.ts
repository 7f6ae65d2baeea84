/** An enterprise that operates in a chain, as metrics-coverage-enterprises reads it. */
export interface EnterpriseCoverageRow {
  /** Every region it lies in: its own and those above. */
  regionCodes: string[];
  /** A live agreement partners it with an institution. */
  partnered: boolean;
  segments: { chainId: string; place: string | null; segmentId: string }[];
}

/** A segment served by a live agreement or an alliance with a party in a region, as metrics-coverage-serving reads it. */
export interface ServingCoverageRow {
  chainId: string;
  place: string | null;
  segmentId: string;
  regionCodes: string[];
}

/** What one chain × region counts, before the cell's shares are taken. */
export interface CellCounts {
  enterpriseCount: number;
  partneredEnterpriseCount: number;
  coveredSegmentIds: Set<string>;
}

const cellKey = (chainId: string, regionCode: string) => `${chainId}\u0000${regionCode}`;

/**
 * The coverage matrix's counts for every chain × region of `regionCodes` at once, by DESIGN.md's
 * definition as coverage-matrix-enterprises and -serving count it: an enterprise counts in each
 * region it lies in, for each chain it operates in (a chain with a place only when it lies in the
 * place); a segment is covered in a region by a partnered enterprise of it there, or by a live
 * agreement or alliance serving it with a party there (likewise inside the chain's place).
 *
 * Cost: O(rows × regions per row × segments per row); each enterprise is read once, not once per
 * region above it.
 */
export function coverageCounts(regionCodes: readonly string[], enterprises: readonly EnterpriseCoverageRow[], serving: readonly ServingCoverageRow[]): Map<string, CellCounts> {
  const wanted = new Set(regionCodes);
  const counts = new Map<string, CellCounts>();
  const cell = (chainId: string, regionCode: string) => {
    const key = cellKey(chainId, regionCode);
    let found = counts.get(key);
    if (!found) counts.set(key, (found = { enterpriseCount: 0, partneredEnterpriseCount: 0, coveredSegmentIds: new Set() }));
    return found;
  };
  for (const enterprise of enterprises) {
    const regions = enterprise.regionCodes.filter((code) => wanted.has(code));
    const byChain = new Map<string, string[]>();
    for (const { chainId, place, segmentId } of enterprise.segments) {
      if (place !== null && !enterprise.regionCodes.includes(place)) continue;
      if (!byChain.has(chainId)) byChain.set(chainId, []);
      byChain.get(chainId)!.push(segmentId);
    }
    for (const [chainId, segmentIds] of byChain) {
      for (const regionCode of regions) {
        const counted = cell(chainId, regionCode);
        counted.enterpriseCount += 1;
        if (!enterprise.partnered) continue;
        counted.partneredEnterpriseCount += 1;
        for (const id of segmentIds) counted.coveredSegmentIds.add(id);
      }
    }
  }
  for (const { chainId, place, segmentId, regionCodes: lies } of serving) {
    if (place !== null && !lies.includes(place)) continue;
    for (const regionCode of lies) if (wanted.has(regionCode)) cell(chainId, regionCode).coveredSegmentIds.add(segmentId);
  }
  return counts;
}

/** The counts of one chain × region, if anything is counted there. */
export function countsOf(counts: Map<string, CellCounts>, chainId: string, regionCode: string): CellCounts | undefined {
  return counts.get(cellKey(chainId, regionCode));
}
