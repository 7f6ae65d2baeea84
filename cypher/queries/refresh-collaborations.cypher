// Keeps the COLLABORATES_WITH projection in step with PARTY_TO for the agreements in $agreementIds:
// one link per pair of parties, counting the agreements they share and their first and last dates.
// Agreements a reviewer rejected do not count; a pair left with none loses its link.
UNWIND $agreementIds AS agreementId
MATCH (:Agreement {id: agreementId})<-[:PARTY_TO]-(x:Organization)
MATCH (:Agreement {id: agreementId})<-[:PARTY_TO]-(y:Organization)
WHERE x.id < y.id
WITH DISTINCT x, y
// Walk from the party with fewer agreements: a hub with thousands is only checked, never expanded.
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
