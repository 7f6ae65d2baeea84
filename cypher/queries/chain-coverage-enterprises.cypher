// Enterprises in region $regionCode (anywhere when null) operating in a segment of the chain, each
// with the segments it operates in, whether it is partnered (party to a live agreement that also
// has an institution as a party, the institution anywhere), and the prefecture and province it
// lies in (candidates' distance is measured from them).
MATCH (c:IndustryChain {id: $chainId})-[:HAS_SEGMENT]->(s:ChainSegment)<-[:OPERATES_IN]-(e:Enterprise)
WHERE $regionCode IS NULL
   OR EXISTS { (e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: $regionCode}) }
WITH e, collect(s.id) AS segmentIds
RETURN e {.id, .name, .nameZh, .kind, .regionCode, label: 'Enterprise'} AS enterprise,
       segmentIds,
       EXISTS {
         MATCH (e)-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(:Institution)
         WHERE coalesce(a.status, '') <> 'ended'
           AND (a.endsOn IS NULL OR a.endsOn >= date($today))
           AND coalesce(a.reviewStatus, '') <> 'rejected'
       } AS partnered,
       COLLECT { MATCH (e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..2]->(p:Region {level: 'prefecture'}) RETURN p.code }[0] AS prefectureCode,
       COLLECT { MATCH (e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(p:Region {level: 'province'}) RETURN p.code }[0] AS provinceCode
ORDER BY enterprise.name, enterprise.id
