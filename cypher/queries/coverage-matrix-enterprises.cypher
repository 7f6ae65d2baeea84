// Per chain and region of $regionCodes: enterprises operating in the chain, the partnered ones,
// and the segments those partnered enterprises cover. From the regions down, so one region costs
// only its own enterprises. A chain with a place counts only the enterprises inside it.
MATCH (r:Region)
WHERE r.code IN $regionCodes
MATCH (r)<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(e:Enterprise)
WHERE EXISTS { (e)-[:OPERATES_IN]->(:ChainSegment) }
WITH r, e, EXISTS {
  MATCH (e)-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(:Institution)
  WHERE coalesce(a.status, '') <> 'ended'
    AND (a.endsOn IS NULL OR a.endsOn >= date($today))
    AND coalesce(a.reviewStatus, '') <> 'rejected'
} AS partnered
MATCH (e)-[:OPERATES_IN]->(s:ChainSegment)<-[:HAS_SEGMENT]-(c:IndustryChain)
WHERE ($chainIds IS NULL OR c.id IN $chainIds)
  AND (c.regionCode IS NULL OR EXISTS { (e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: c.regionCode}) })
WITH c.id AS chainId, r.code AS regionCode, e, partnered, collect(s.id) AS segmentIds
RETURN chainId, regionCode,
       count(e) AS enterpriseCount,
       count(CASE WHEN partnered THEN 1 END) AS partneredEnterpriseCount,
       apoc.coll.toSet(apoc.coll.flatten(collect(CASE WHEN partnered THEN segmentIds ELSE [] END))) AS coveredSegmentIds
