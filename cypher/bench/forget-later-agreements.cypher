// What LOAD CSV's later load added, taken away again so the next run starts from the same graph:
// the agreements and the source whose ids start with $prefix, and the COLLABORATES_WITH links of
// their parties recounted without them (a link no agreement supports any more goes).
MATCH (a:Agreement) WHERE a.id STARTS WITH $prefix
OPTIONAL MATCH (x:Organization)-[:PARTY_TO]->(a)<-[:PARTY_TO]-(y:Organization) WHERE x.id < y.id
WITH collect(DISTINCT a) AS agreements, collect(DISTINCT {x: x, y: y}) AS pairs
FOREACH (a IN agreements | DETACH DELETE a)
WITH pairs
OPTIONAL MATCH (s:Source) WHERE s.id STARTS WITH $prefix
DETACH DELETE s
WITH DISTINCT pairs
UNWIND pairs AS pair
WITH pair.x AS x, pair.y AS y WHERE x IS NOT NULL
MATCH (x)-[c:COLLABORATES_WITH]->(y)
CALL (x, y, c) {
  OPTIONAL MATCH (x)-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(y) WHERE coalesce(a.reviewStatus, '') <> 'rejected'
  WITH c, count(DISTINCT a) AS agreements, min(a.signedOn) AS firstOn, max(a.signedOn) AS lastOn
  FOREACH (_ IN CASE WHEN agreements = 0 THEN [1] ELSE [] END | DELETE c)
  FOREACH (_ IN CASE WHEN agreements > 0 THEN [1] ELSE [] END | SET c.agreements = agreements, c.firstOn = firstOn, c.lastOn = lastOn)
}
RETURN count(*) AS pairs
