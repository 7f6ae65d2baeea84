// For each pair of organisations, the agreements both are party to (not rejected), most recent first.
UNWIND $pairs AS pair
MATCH (:Organization {id: pair.source})-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(:Organization {id: pair.target})
WHERE coalesce(a.reviewStatus, '') <> 'rejected'
WITH pair, a
ORDER BY a.signedOn DESC, a.id
RETURN pair.source AS source, pair.target AS target, collect(a.id)[0..$perPair] AS ids
