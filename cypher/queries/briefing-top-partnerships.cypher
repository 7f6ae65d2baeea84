// The pairs that signed the most agreements in [$from, $to], with at least one of the two in
// region $regionCode (anywhere when null). For a region, from its organisations to their
// agreements of the period, as briefing-figures finds them: scanning the period's agreements of
// the whole country and testing each party's region costs seconds per province at national scale.
// A pair with both in the region is found from each side; UNION keeps it once.
CALL () {
  // Only for the country: a WHERE on $regionCode alone would still seek the period's agreements.
  UNWIND CASE WHEN $regionCode IS NULL THEN [true] ELSE [] END AS everywhere
  MATCH (x:Organization)-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(y:Organization)
  WHERE x.id < y.id AND date($from) <= a.signedOn <= date($to)
  RETURN x, y, a
  UNION
  MATCH (:Region {code: $regionCode})<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(o:Organization)-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(other:Organization)
  WHERE o <> other AND date($from) <= a.signedOn <= date($to)
  RETURN CASE WHEN o.id < other.id THEN o ELSE other END AS x, CASE WHEN o.id < other.id THEN other ELSE o END AS y, a
}
WITH x, y, a
WHERE coalesce(a.reviewStatus, '') <> 'rejected'
WITH x, y, collect(a.id) AS agreementIds
ORDER BY size(agreementIds) DESC, x.id, y.id
LIMIT $limit
RETURN x {.id, .name, .nameZh, .kind, .regionCode, label: head([l IN labels(x) WHERE l IN ['Institution', 'Enterprise', 'Government']])} AS a,
       y {.id, .name, .nameZh, .kind, .regionCode, label: head([l IN labels(y) WHERE l IN ['Institution', 'Enterprise', 'Government']])} AS b,
       agreementIds
