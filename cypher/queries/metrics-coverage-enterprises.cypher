// The recompute's coverage cells, enterprise side: every enterprise that operates in a chain, once,
// with every region it lies in (its own and up to three PART_OF above), whether a live agreement
// partners it with an institution, and its segments with their chain and the chain's place. The
// cells are then counted in Node for every province and prefecture at once (coverage-figures.ts),
// instead of walking down from each region, which visits every enterprise once per region above it.
MATCH (e:Enterprise)-[:LOCATED_IN]->(home:Region)
WHERE EXISTS { (e)-[:OPERATES_IN]->(:ChainSegment) }
RETURN COLLECT { MATCH (home)-[:PART_OF*0..3]->(r:Region) RETURN DISTINCT r.code } AS regionCodes,
       EXISTS {
         MATCH (e)-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(:Institution)
         WHERE coalesce(a.status, '') <> 'ended'
           AND (a.endsOn IS NULL OR a.endsOn >= date($today))
           AND coalesce(a.reviewStatus, '') <> 'rejected'
       } AS partnered,
       COLLECT {
         MATCH (e)-[:OPERATES_IN]->(s:ChainSegment)<-[:HAS_SEGMENT]-(c:IndustryChain)
         RETURN {chainId: c.id, place: c.regionCode, segmentId: s.id}
       } AS segments
