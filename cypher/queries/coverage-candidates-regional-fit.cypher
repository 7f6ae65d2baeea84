// Candidates of tier 4: institutions in region $regionCode of a level that fits a manufacturing
// segment ($kinds: vocational colleges and universities), each with how many live agreements it
// holds with enterprises (a school that already works with industry ranks first).
MATCH (:Region {code: $regionCode})<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(i:Institution)
WHERE i.kind IN $kinds
RETURN i {.id, .name, .nameZh, .kind, .regionCode, label: 'Institution'} AS institution,
       COLLECT { MATCH (i)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..2]->(p:Region {level: 'prefecture'}) RETURN p.code }[0] AS prefectureCode,
       COLLECT { MATCH (i)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(p:Region {level: 'province'}) RETURN p.code }[0] AS provinceCode,
       COUNT {
         MATCH (i)-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(:Enterprise)
         WHERE coalesce(a.status, '') <> 'ended'
           AND (a.endsOn IS NULL OR a.endsOn >= date($today))
           AND coalesce(a.reviewStatus, '') <> 'rejected'
       } AS enterpriseAgreements
ORDER BY institution.id
