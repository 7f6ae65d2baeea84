// For each chain with a place (a provincial or city chain) among $chainIds (all when null): the
// regions of $regionCodes it is judged in, those that contain its place or lie inside it.
MATCH (c:IndustryChain)
WHERE c.regionCode IS NOT NULL AND ($chainIds IS NULL OR c.id IN $chainIds)
MATCH (place:Region {code: c.regionCode})
UNWIND $regionCodes AS code
MATCH (r:Region {code: code})
WHERE EXISTS { (r)-[:PART_OF*0..3]->(place) } OR EXISTS { (place)-[:PART_OF*0..3]->(r) }
RETURN c.id AS chainId, collect(r.code) AS regionCodes
