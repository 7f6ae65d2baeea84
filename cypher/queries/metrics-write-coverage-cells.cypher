// One batch of the coverage matrix's cells (every chain × province and prefecture where the chain
// is judged) for run $run.
UNWIND $rows AS row
CREATE (:CoverageCellFigures {
  run: $run, chainId: row.chainId, regionCode: row.regionCode,
  segmentCount: row.segmentCount, coveredSegmentCount: row.coveredSegmentCount,
  enterpriseCount: row.enterpriseCount, partneredEnterpriseCount: row.partneredEnterpriseCount,
  coveredSegmentIds: row.coveredSegmentIds
})
