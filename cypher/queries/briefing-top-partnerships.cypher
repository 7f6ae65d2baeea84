// The pairs that signed the most agreements in [$from, $to], with at least one of the two in
// region $regionCode (anywhere when null).
MATCH (x:Organization)-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(y:Organization)
WHERE x.id < y.id
  AND coalesce(a.reviewStatus, '') <> 'rejected'
  AND date($from) <= a.signedOn <= date($to)
  AND ($regionCode IS NULL
       OR EXISTS { (x)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: $regionCode}) }
       OR EXISTS { (y)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: $regionCode}) })
WITH x, y, collect(a.id) AS agreementIds
ORDER BY size(agreementIds) DESC, x.id, y.id
LIMIT $limit
RETURN x {.id, .name, .nameZh, .kind, .regionCode, label: head([l IN labels(x) WHERE l IN ['Institution', 'Enterprise', 'Government']])} AS a,
       y {.id, .name, .nameZh, .kind, .regionCode, label: head([l IN labels(y) WHERE l IN ['Institution', 'Enterprise', 'Government']])} AS b,
       agreementIds
