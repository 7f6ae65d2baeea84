// A briefing's coverage gaps from the stored cells (run $run) of region $regionCode: every chain
// of $chainIds with a cell there, its segments upstream to downstream, and the cell's counts with
// the segments it covers.
MATCH (cell:CoverageCellFigures {run: $run, regionCode: $regionCode})
WHERE cell.chainId IN $chainIds
MATCH (c:IndustryChain {id: cell.chainId})
RETURN c {.id, .name, .nameZh, .scope, .regionCode} AS chain,
       COLLECT {
         MATCH (c)-[:HAS_SEGMENT]->(s:ChainSegment)
         RETURN s {.id, .name, .nameZh, .stage, .order}
         ORDER BY s.order, s.id
       } AS segments,
       cell {.segmentCount, .coveredSegmentCount, .enterpriseCount, .partneredEnterpriseCount, .coveredSegmentIds} AS cell
