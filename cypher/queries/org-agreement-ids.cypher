// The agreements an organisation is party to, most recent first.
MATCH (:Organization {id: $id})-[:PARTY_TO]->(a:Agreement)
RETURN a.id AS id
ORDER BY a.signedOn DESC, a.id
LIMIT $limit
