// Every industry chain, for the coverage cases.
MATCH (c:IndustryChain)
RETURN c.id AS id
ORDER BY id
