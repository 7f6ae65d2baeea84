// Candidates of tier 3: institutions that are members of an alliance, or parties to a live
// agreement, serving chain $chainId or one of its segments. One row per institution, with where it
// lies and those alliances and agreements.
MATCH (c:IndustryChain {id: $chainId})
MATCH (x:Agreement|Alliance)-[:SERVES]->(t)
WHERE (t = c OR (c)-[:HAS_SEGMENT]->(t))
  AND (x:Alliance
       OR (coalesce(x.status, '') <> 'ended'
           AND (x.endsOn IS NULL OR x.endsOn >= date($today))
           AND coalesce(x.reviewStatus, '') <> 'rejected'))
WITH DISTINCT x
MATCH (i:Institution)-[:PARTY_TO|MEMBER_OF]->(x)
WITH i, collect({kind: CASE WHEN x:Alliance THEN 'alliance' ELSE 'agreement' END, id: x.id}) AS facts
RETURN i {.id, .name, .nameZh, .kind, .regionCode, label: 'Institution'} AS institution,
       COLLECT { MATCH (i)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..2]->(p:Region {level: 'prefecture'}) RETURN p.code }[0] AS prefectureCode,
       COLLECT { MATCH (i)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(p:Region {level: 'province'}) RETURN p.code }[0] AS provinceCode,
       $regionCode IS NULL
         OR EXISTS { (i)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: $regionCode}) } AS inRegion,
       facts
ORDER BY institution.id
