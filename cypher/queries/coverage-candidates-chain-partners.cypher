// Candidates of tiers 1 and 2: institutions party to a live agreement with an enterprise (anywhere)
// operating in a segment of chain $chainId. One row per institution, with where it lies and its
// ties: each agreement with the enterprise and that enterprise's segments of the chain, so that
// each uncovered segment can tell agreements with its own enterprises (tier 1) from agreements
// with enterprises of its other segments (tier 2). Names and sources are read afterwards, only for
// the evidence shown.
MATCH (:IndustryChain {id: $chainId})-[:HAS_SEGMENT]->(s:ChainSegment)<-[:OPERATES_IN]-(e:Enterprise)
WITH e, collect(s.id) AS segmentIds
MATCH (e)-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(i:Institution)
WHERE coalesce(a.status, '') <> 'ended'
  AND (a.endsOn IS NULL OR a.endsOn >= date($today))
  AND coalesce(a.reviewStatus, '') <> 'rejected'
WITH i, collect({agreement: a.id, enterprise: e.id, segmentIds: segmentIds}) AS ties
RETURN i {.id, .name, .nameZh, .kind, .regionCode, label: 'Institution'} AS institution,
       COLLECT { MATCH (i)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..2]->(p:Region {level: 'prefecture'}) RETURN p.code }[0] AS prefectureCode,
       COLLECT { MATCH (i)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(p:Region {level: 'province'}) RETURN p.code }[0] AS provinceCode,
       $regionCode IS NULL
         OR EXISTS { (i)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: $regionCode}) } AS inRegion,
       ties
ORDER BY institution.id
