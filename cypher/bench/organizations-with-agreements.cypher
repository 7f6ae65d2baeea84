// Every organisation party to at least one agreement, with its Chinese name: the population the
// profile and search cases draw from.
MATCH (o:Organization)
WHERE EXISTS { (o)-[:PARTY_TO]->(:Agreement) }
RETURN o.id AS id, coalesce(o.nameZh, o.name) AS name
ORDER BY id
