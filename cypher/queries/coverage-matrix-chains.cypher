// The chains of the matrix (all, or those in $chainIds) with how many segments each has.
MATCH (c:IndustryChain)
WHERE $chainIds IS NULL OR c.id IN $chainIds
RETURN c {.id, .name, .nameZh, .scope, .regionCode} AS chain,
       COUNT { (c)-[:HAS_SEGMENT]->(:ChainSegment) } AS segmentCount
ORDER BY chain.id
