// Every industry chain, with its place (a provincial or city chain is judged only there).
MATCH (c:IndustryChain)
RETURN c.id AS id, c.regionCode AS regionCode
ORDER BY id
