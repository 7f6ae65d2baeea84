// The chains a coverage briefing considers for region $regionCode: national chains, and provincial
// chains of a province that contains the region or lies inside it (all chains for the country).
MATCH (c:IndustryChain)
WHERE $regionCode IS NULL
   OR c.scope IS NULL OR c.scope <> 'provincial' OR c.regionCode IS NULL
   OR EXISTS { (:Region {code: $regionCode})-[:PART_OF*0..3]->(:Region {code: c.regionCode}) }
   OR EXISTS { (:Region {code: c.regionCode})-[:PART_OF*0..3]->(:Region {code: $regionCode}) }
RETURN c.id AS chainId, COLLECT { MATCH (c)-[:HAS_SEGMENT]->(s:ChainSegment) RETURN s.id } AS segmentIds
ORDER BY chainId
