// The regions of one level (province or prefecture), optionally only those inside $withinRegion,
// each with its coverage cells as the recompute stored them in run $run, of the chains $chainIds
// (all when null): none when $run is null (the cells are then computed). One read for both, so the
// matrix's stored answer waits on one round trip, not two.
MATCH (r:Region {level: $regionLevel})
WHERE $withinRegion IS NULL OR EXISTS { (r)-[:PART_OF*0..3]->(:Region {code: $withinRegion}) }
RETURN r {.code, .name, .nameZh, .level, .lat, .lon} AS region,
       COLLECT {
         MATCH (c:CoverageCellFigures {run: $run, regionCode: r.code})
         WHERE $chainIds IS NULL OR c.chainId IN $chainIds
         RETURN c {.chainId, .segmentCount, .coveredSegmentCount, .enterpriseCount, .partneredEnterpriseCount}
       } AS storedCells
ORDER BY region.code
