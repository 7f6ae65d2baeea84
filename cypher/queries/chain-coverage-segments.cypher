// The chain and its segments, upstream to downstream, and where the chain belongs: its place (for
// a provincial or city chain) and whether region $regionCode lies inside that place or contains it.
MATCH (c:IndustryChain {id: $chainId})
OPTIONAL MATCH (c)-[:HAS_SEGMENT]->(s:ChainSegment)
WITH c, s
ORDER BY s.order, s.id
WITH c, collect(s) AS segments
OPTIONAL MATCH (place:Region {code: c.regionCode})
RETURN c {.id, .name, .nameZh, .scope, .regionCode} AS chain,
       [x IN segments | x {.id, .name, .nameZh, .stage, .order}] AS segments,
       place.code AS placeCode,
       $regionCode IS NOT NULL AND place IS NOT NULL
         AND EXISTS { (:Region {code: $regionCode})-[:PART_OF*0..3]->(place) } AS regionInPlace,
       $regionCode IS NOT NULL AND place IS NOT NULL
         AND EXISTS { (place)-[:PART_OF*0..3]->(:Region {code: $regionCode}) } AS placeInRegion
