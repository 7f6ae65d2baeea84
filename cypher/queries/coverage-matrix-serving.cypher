// Per chain and region of $regionCodes: the segments that a live agreement or an alliance SERVES
// with a party or member in the region (and, for a chain with a place, inside that place). From
// the regions down, as the enterprises are.
MATCH (r:Region)
WHERE r.code IN $regionCodes
MATCH (r)<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(o:Organization)-[:PARTY_TO|MEMBER_OF]->(x:Agreement|Alliance)
WHERE x:Alliance
   OR (coalesce(x.status, '') <> 'ended'
       AND (x.endsOn IS NULL OR x.endsOn >= date($today))
       AND coalesce(x.reviewStatus, '') <> 'rejected')
WITH DISTINCT r, o, x
MATCH (x)-[:SERVES]->(s:ChainSegment)<-[:HAS_SEGMENT]-(c:IndustryChain)
WHERE ($chainIds IS NULL OR c.id IN $chainIds)
  AND (c.regionCode IS NULL OR EXISTS { (o)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: c.regionCode}) })
RETURN c.id AS chainId, r.code AS regionCode, collect(DISTINCT s.id) AS segmentIds
