// The benchmark's small change touches this agreement: the first by id.
MATCH (a:Agreement)
RETURN a.id AS id
ORDER BY id
LIMIT 1
