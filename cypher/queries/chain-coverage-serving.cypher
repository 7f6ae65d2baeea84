// Segments of the chain that a live agreement or an alliance SERVES with at least one party or
// member in region $regionCode (anywhere when null).
MATCH (:IndustryChain {id: $chainId})-[:HAS_SEGMENT]->(s:ChainSegment)<-[:SERVES]-(x:Agreement|Alliance)
WHERE (x:Alliance
       OR (coalesce(x.status, '') <> 'ended'
           AND (x.endsOn IS NULL OR x.endsOn >= date($today))
           AND coalesce(x.reviewStatus, '') <> 'rejected'))
  AND EXISTS {
    MATCH (o:Organization)-[:PARTY_TO|MEMBER_OF]->(x)
    WHERE $regionCode IS NULL
       OR EXISTS { (o)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: $regionCode}) }
  }
RETURN s.id AS segmentId,
       CASE WHEN x:Agreement THEN 'serving_agreement' ELSE 'serving_alliance' END AS kind,
       x.id AS id,
       coalesce(x.title, x.name, x.type) AS name
ORDER BY segmentId, kind, id
