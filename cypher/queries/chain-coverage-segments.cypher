// The chain and its segments, upstream to downstream.
MATCH (c:IndustryChain {id: $chainId})
OPTIONAL MATCH (c)-[:HAS_SEGMENT]->(s:ChainSegment)
WITH c, s
ORDER BY s.order, s.id
RETURN c {.id, .name, .nameZh, .scope, .regionCode} AS chain,
       [x IN collect(s) | x {.id, .name, .nameZh, .stage, .order}] AS segments
