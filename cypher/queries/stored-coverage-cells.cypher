// The stored coverage cells (run $run) of the regions $regionCodes, of the chains $chainIds (all
// when null). `stored` says whether the recompute stores the region's cells at all (provinces and
// prefectures): for any other region they are computed on request.
UNWIND $regionCodes AS code
OPTIONAL MATCH (r:Region {code: code})
RETURN code AS regionCode,
       coalesce(r.level IN ['province', 'prefecture'], false) AS stored,
       COLLECT {
         MATCH (c:CoverageCellFigures {run: $run, regionCode: code})
         WHERE $chainIds IS NULL OR c.chainId IN $chainIds
         RETURN c {.chainId, .segmentCount, .coveredSegmentCount, .enterpriseCount, .partneredEnterpriseCount}
       } AS cells
