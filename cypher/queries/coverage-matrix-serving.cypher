// Per chain and region of $regionCodes: the segments that a live agreement or an alliance SERVES
// with a party or member in the region.
MATCH (c:IndustryChain)-[:HAS_SEGMENT]->(s:ChainSegment)<-[:SERVES]-(x:Agreement|Alliance)
WHERE ($chainIds IS NULL OR c.id IN $chainIds)
  AND (x:Alliance
       OR (coalesce(x.status, '') <> 'ended'
           AND (x.endsOn IS NULL OR x.endsOn >= date($today))
           AND coalesce(x.reviewStatus, '') <> 'rejected'))
MATCH (o:Organization)-[:PARTY_TO|MEMBER_OF]->(x)
MATCH (o)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(r:Region)
WHERE r.code IN $regionCodes
RETURN c.id AS chainId, r.code AS regionCode, collect(DISTINCT s.id) AS segmentIds
