// Candidates of tier 3: institutions that are members of an alliance, or parties to a live
// agreement, serving chain $chainId or one of its segments. One row per institution and alliance
// or agreement.
MATCH (c:IndustryChain {id: $chainId})
MATCH (x:Agreement|Alliance)-[:SERVES]->(t)
WHERE (t = c OR (c)-[:HAS_SEGMENT]->(t))
  AND (x:Alliance
       OR (coalesce(x.status, '') <> 'ended'
           AND (x.endsOn IS NULL OR x.endsOn >= date($today))
           AND coalesce(x.reviewStatus, '') <> 'rejected'))
WITH DISTINCT x
MATCH (i:Institution)-[:PARTY_TO|MEMBER_OF]->(x)
RETURN i {.id, .name, .nameZh, .kind, .regionCode, label: 'Institution'} AS institution,
       COLLECT { MATCH (i)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..2]->(p:Region {level: 'prefecture'}) RETURN p.code }[0] AS prefectureCode,
       COLLECT { MATCH (i)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(p:Region {level: 'province'}) RETURN p.code }[0] AS provinceCode,
       $regionCode IS NULL
         OR EXISTS { (i)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: $regionCode}) } AS inRegion,
       CASE WHEN x:Alliance THEN 'alliance' ELSE 'agreement' END AS kind,
       x.id AS id,
       coalesce(x.title, x.name, x.type) AS name,
       COLLECT { MATCH (x)-[:EVIDENCED_BY]->(src:Source) RETURN src {.id, .kind, .url, .title, .publisher, .publishedOn} ORDER BY src.id } AS sources
ORDER BY institution.id, kind, id
