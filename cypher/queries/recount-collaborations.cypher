// Recounts the COLLABORATES_WITH link of each pair in $pairs ([{x, y}], x < y) from PARTY_TO, as
// refresh-collaborations does for an agreement's parties: used by undo, where the agreements that
// made a pair may be gone. A pair left with no unrejected agreement loses its link.
UNWIND $pairs AS pair
MATCH (x:Organization {id: pair.x})
MATCH (y:Organization {id: pair.y})
WITH DISTINCT x, y
WITH x, y, CASE WHEN COUNT { (x)-[:PARTY_TO]->() } <= COUNT { (y)-[:PARTY_TO]->() } THEN [x, y] ELSE [y, x] END AS pair
WITH x, y, pair[0] AS fewer, pair[1] AS more
OPTIONAL MATCH (fewer)-[:PARTY_TO]->(shared:Agreement)
WHERE (shared)<-[:PARTY_TO]-(more) AND coalesce(shared.reviewStatus, '') <> 'rejected'
WITH x, y, count(DISTINCT shared) AS agreements, min(shared.signedOn) AS firstOn, max(shared.signedOn) AS lastOn
OPTIONAL MATCH (x)-[old:COLLABORATES_WITH]->(y)
FOREACH (_ IN CASE WHEN agreements = 0 AND old IS NOT NULL THEN [1] ELSE [] END | DELETE old)
FOREACH (_ IN CASE WHEN agreements > 0 THEN [1] ELSE [] END |
  MERGE (x)-[c:COLLABORATES_WITH]->(y)
  SET c.agreements = agreements, c.firstOn = firstOn, c.lastOn = lastOn)
