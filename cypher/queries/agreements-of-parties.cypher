// Agreements any of $partyIds is party to, with all their parties: what an extracted agreement may repeat.
UNWIND $partyIds AS partyId
MATCH (:Organization {id: partyId})-[:PARTY_TO]->(a:Agreement)
WITH DISTINCT a
RETURN a.id AS id, a.type AS type, toString(a.signedOn) AS signedOn, a.title AS title,
       a.students AS students, a.positions AS positions, a.enterprises AS enterprises,
       [(o:Organization)-[:PARTY_TO]->(a) | o.id] AS parties
