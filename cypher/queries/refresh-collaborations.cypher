// Keeps the COLLABORATES_WITH projection in step with PARTY_TO for the agreements in $agreementIds:
// one link per pair of parties, counting the agreements they share and their first and last dates.
UNWIND $agreementIds AS agreementId
MATCH (:Agreement {id: agreementId})<-[:PARTY_TO]-(x:Organization)
MATCH (:Agreement {id: agreementId})<-[:PARTY_TO]-(y:Organization)
WHERE x.id < y.id
WITH DISTINCT x, y
MATCH (x)-[:PARTY_TO]->(shared:Agreement)<-[:PARTY_TO]-(y)
WITH x, y, count(DISTINCT shared) AS agreements, min(shared.signedOn) AS firstOn, max(shared.signedOn) AS lastOn
MERGE (x)-[c:COLLABORATES_WITH]->(y)
SET c.agreements = agreements, c.firstOn = firstOn, c.lastOn = lastOn
